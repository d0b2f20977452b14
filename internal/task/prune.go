package task

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/career-copilot/copilot/internal/store"
)

// PruneArgs asks for expired sessions, refresh tokens and invites to be deleted.
type PruneArgs struct{}

// Kind names the task in River's table.
func (PruneArgs) Kind() string { return "prune_expired" }

// PruneWorker deletes expired credentials.
type PruneWorker struct {
	river.WorkerDefaults[PruneArgs]
	Store *store.Store
}

// Work runs one pruning pass.
func (w *PruneWorker) Work(ctx context.Context, _ *river.Job[PruneArgs]) error {
	n, err := w.Store.PruneExpired(ctx, time.Now())
	if err != nil {
		return err
	}
	if n > 0 {
		slog.InfoContext(ctx, "pruned expired credentials", "rows", n)
	}
	return nil
}

// PrunePeriodic schedules pruning hourly.
func PrunePeriodic() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(time.Hour), func() (river.JobArgs, *river.InsertOpts) {
		return PruneArgs{}, nil
	}, &river.PeriodicJobOpts{ID: "prune_expired", RunOnStart: true})
}
