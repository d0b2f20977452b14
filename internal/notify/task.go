package notify

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// DeliverArgs asks for one delivery to be sent.
type DeliverArgs struct {
	DeliveryID string `json:"delivery_id"`
}

// Kind names the task in River's table.
func (DeliverArgs) Kind() string { return "notify_deliver" }

// DeliverAttempts is how often a delivery is tried before it is marked failed.
const DeliverAttempts = 6

// InsertOpts makes a delivery task unique by its delivery id, so a delivery is queued at most once at a time.
func (DeliverArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: DeliverAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// DeliverWorker runs delivery tasks.
type DeliverWorker struct {
	river.WorkerDefaults[DeliverArgs]
	Service *Service
}

// Work sends the delivery; a permanent failure cancels the task instead of retrying.
func (w *DeliverWorker) Work(ctx context.Context, job *river.Job[DeliverArgs]) error {
	err := w.Service.Deliver(ctx, job.Args.DeliveryID, job.Attempt, job.Attempt >= job.MaxAttempts)
	if errors.Is(err, ErrPermanent) {
		slog.WarnContext(ctx, "notify: delivery failed for good", "delivery_id", job.Args.DeliveryID, "err", err)
		return river.JobCancel(err)
	}
	return err
}

// NextRetry backs off exponentially: 10 s, 20 s, 40 s ... capped at 30 minutes.
func (w *DeliverWorker) NextRetry(job *river.Job[DeliverArgs]) time.Time {
	return time.Now().Add(Backoff(job.Attempt))
}

// Backoff is the wait after the given (1-based) failed attempt.
func Backoff(attempt int) time.Duration {
	d := 10 * time.Second
	for i := 1; i < attempt && d < 30*time.Minute; i++ {
		d *= 2
	}
	return min(d, 30*time.Minute)
}

// Timeout bounds one send.
func (w *DeliverWorker) Timeout(*river.Job[DeliverArgs]) time.Duration { return time.Minute }

// EvaluateArgs asks for one alert evaluation pass.
type EvaluateArgs struct{}

// Kind names the task in River's table.
func (EvaluateArgs) Kind() string { return "notify_evaluate" }

// EvaluateWorker runs evaluation passes.
type EvaluateWorker struct {
	river.WorkerDefaults[EvaluateArgs]
	Service *Service
}

// Work runs one pass.
func (w *EvaluateWorker) Work(ctx context.Context, _ *river.Job[EvaluateArgs]) error {
	p, err := w.Service.Evaluate(ctx)
	if p.Matched > 0 || p.Deliveries > 0 {
		slog.InfoContext(ctx, "alerts evaluated", "alerts", p.Alerts, "matched", p.Matched, "batches", p.Batches, "deliveries", p.Deliveries)
	}
	return err
}

// EvaluatePeriodic schedules a pass every interval (15 s keeps instant alerts instant; a pass with nothing new reads one indexed range per alert).
func EvaluatePeriodic(interval time.Duration) *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(interval), func() (river.JobArgs, *river.InsertOpts) {
		return EvaluateArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: interval}}
	}, &river.PeriodicJobOpts{ID: "notify_evaluate", RunOnStart: true})
}

// Inserter is the part of the River client that queues work.
type Inserter interface {
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
}

// RiverQueue enqueues deliveries and evaluation passes on River.
type RiverQueue struct{ Q Inserter }

// EnqueueDelivery queues one delivery task.
func (q RiverQueue) EnqueueDelivery(ctx context.Context, id string) error {
	_, err := q.Q.Insert(ctx, DeliverArgs{DeliveryID: id}, nil)
	return err
}

// EnqueueEvaluate queues an evaluation pass now (after an ingestion run, or "check now").
func (q RiverQueue) EnqueueEvaluate(ctx context.Context) error {
	_, err := q.Q.Insert(ctx, EvaluateArgs{}, nil)
	return err
}
