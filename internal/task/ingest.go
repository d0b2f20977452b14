package task

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
)

// IngestArgs asks for one run of one source. Only SourceID counts for uniqueness, so a source has at
// most one run waiting or running at a time and two workers never fetch it at once.
type IngestArgs struct {
	SourceID string `json:"source_id" river:"unique"`
	RunID    string `json:"run_id"`
}

// Kind names the task in River's table.
func (IngestArgs) Kind() string { return "ingest_source" }

// InsertOpts makes the task unique per source while it is waiting, running or retrying.
func (IngestArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	}}}
}

// IngestWorker runs a queued source.
type IngestWorker struct {
	river.WorkerDefaults[IngestArgs]
	Ingest *ingest.Service
}

// Work fetches the source. A failing source is not retried by River: its run and status already record
// the failure, and its next_run_at backs off. Only a source deleted meanwhile cancels the task.
func (w *IngestWorker) Work(ctx context.Context, j *river.Job[IngestArgs]) error {
	r, err := w.Ingest.Run(ctx, j.Args.SourceID, j.Args.RunID, "schedule")
	switch {
	case errors.Is(err, store.ErrNotFound), errors.Is(err, ingest.ErrNotFetchable):
		return river.JobCancel(err)
	case err != nil && r.ID == "":
		return err // the run could not even start (database down): let River retry
	}
	slog.InfoContext(ctx, "source run", "source_id", j.Args.SourceID, "run_id", r.ID, "status", r.Status, "fetched", r.Fetched,
		"new", r.Created, "updated", r.Updated, "closed", r.Closed, "errors", len(r.ItemErrors))
	return nil
}

// Timeout bounds one source run, fetch and storage together.
func (w *IngestWorker) Timeout(*river.Job[IngestArgs]) time.Duration { return 15 * time.Minute }

// ScheduleArgs asks for every due source to be queued.
type ScheduleArgs struct{}

// Kind names the task in River's table.
func (ScheduleArgs) Kind() string { return "ingest_schedule" }

// ScheduleWorker queues the due sources; River's leader runs it, so it runs once across replicas.
type ScheduleWorker struct {
	river.WorkerDefaults[ScheduleArgs]
	Ingest *ingest.Service
}

// Work queues every source whose next_run_at has come.
func (w *ScheduleWorker) Work(ctx context.Context, _ *river.Job[ScheduleArgs]) error {
	n, err := w.Ingest.ScheduleDue(ctx)
	if n > 0 {
		slog.InfoContext(ctx, "queued due sources", "count", n)
	}
	return err
}

// SchedulePeriodic checks for due sources every interval (a minute by default).
func SchedulePeriodic(every time.Duration) *river.PeriodicJob {
	if every <= 0 {
		every = time.Minute
	}
	return river.NewPeriodicJob(river.PeriodicInterval(every), func() (river.JobArgs, *river.InsertOpts) {
		return ScheduleArgs{}, nil
	}, &river.PeriodicJobOpts{ID: "ingest_schedule", RunOnStart: true})
}

// IngestQueue puts source runs on River; it is the ingest.Queue of the service.
type IngestQueue struct{ Q Queue }

// EnqueueRun inserts a run of a source, or reports the run already waiting or running for it.
func (q IngestQueue) EnqueueRun(ctx context.Context, sourceID, runID string) (string, bool, error) {
	res, err := q.Q.Insert(ctx, IngestArgs{SourceID: sourceID, RunID: runID}, nil)
	if err != nil {
		return "", false, fmt.Errorf("task: insert source run: %w", err)
	}
	if !res.UniqueSkippedAsDuplicate {
		return runID, false, nil
	}
	var prev IngestArgs
	if err := json.Unmarshal(res.Job.EncodedArgs, &prev); err != nil {
		return "", true, fmt.Errorf("task: decode queued run: %w", err)
	}
	return prev.RunID, true, nil
}
