// Package task runs background work on River: on SQLite in the same process, on PostgreSQL
// across any number of replicas, where River's leader election runs periodic work once.
package task

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivertype"

	"github.com/career-copilot/copilot/internal/store"
)

// Queue is the product's view of River: insert work, start and stop processing.
type Queue interface {
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Options configure the queue.
type Options struct {
	Work        bool // run workers (roles all and worker); false gives an insert-only client
	Concurrency int
	Workers     *river.Workers
	Periodic    []*river.PeriodicJob
	Logger      *slog.Logger
}

// New builds a River client on the store's database.
func New(st *store.Store, o Options) (Queue, error) {
	cfg := &river.Config{Workers: o.Workers, Logger: o.Logger, JobTimeout: 10 * time.Minute, MaxAttempts: 8}
	if o.Work {
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(1, o.Concurrency)}}
		cfg.PeriodicJobs = o.Periodic
	}
	if st.Dialect() == store.Postgres {
		c, err := river.NewClient[pgx.Tx](riverpgxv5.New(st.Pool()), cfg)
		if err != nil {
			return nil, fmt.Errorf("task: river client: %w", err)
		}
		return c, nil
	}
	c, err := river.NewClient[*sql.Tx](riversqlite.New(st.DB()), cfg)
	if err != nil {
		return nil, fmt.Errorf("task: river client: %w", err)
	}
	return c, nil
}
