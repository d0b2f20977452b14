package ingest

import (
	"context"
	"errors"
	"log/slog"
)

// scheduleBatch bounds how many due sources one scheduler tick queues.
const scheduleBatch = 200

// ScheduleDue queues a run of every enabled source whose next_run_at has come, and moves each one's
// next_run_at one interval on so the next tick does not queue it again (the run sets the real value when
// it ends). A source whose run is already waiting or running is not queued twice.
func (s *Service) ScheduleDue(ctx context.Context) (int, error) {
	if s.queue == nil {
		return 0, ErrNoQueue
	}
	now := s.clock()
	due, err := s.st.DueSources(ctx, now, scheduleBatch)
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for _, src := range due {
		if _, err := s.enqueue(ctx, src.ID, "schedule"); err != nil {
			errs = append(errs, err)
			slog.WarnContext(ctx, "could not queue source", "source_id", src.ID, "err", err)
			continue
		}
		if err := s.st.SetSourceNextRun(ctx, src.ID, now.Add(src.Interval)); err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}
