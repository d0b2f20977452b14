package store

import (
	"context"
	"time"
)

// retryAttempts is how many times a write transaction PostgreSQL aborted to break a deadlock is run.
const retryAttempts = 3

// retry runs fn, a whole write transaction, again when PostgreSQL aborted it to break a deadlock with
// another writer (two sources' batches writing the same postings in different orders), after a short
// pause that grows with each attempt.
func retry(ctx context.Context, fn func() error) error {
	var err error
	for attempt := 1; ; attempt++ {
		if err = fn(); err == nil || !isRetryable(err) || attempt == retryAttempts {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 20 * time.Millisecond):
		}
	}
}
