package task_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	_ "github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/task"
	"github.com/career-copilot/copilot/internal/testutil"
)

func mirror(t *testing.T, hits *atomic.Int32) string {
	t.Helper()
	body, err := os.ReadFile(testutil.SharedFile(t, "greenhouse/brete-gitlab-jobs-content-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func setup(t *testing.T, d store.Dialect, work bool) (*store.Store, *ingest.Service, task.Queue, store.Source, *atomic.Int32) {
	t.Helper()
	st := storetest.Open(t, d)
	var hits atomic.Int32
	base := mirror(t, &hits)
	ing := ingest.New(st, fetch.New(fetch.Options{AllowPrivate: true, MinHostDelay: -1, MaxRetries: -1}), ingest.Options{})
	workers := river.NewWorkers()
	river.AddWorker(workers, &task.IngestWorker{Ingest: ing})
	river.AddWorker(workers, &task.ScheduleWorker{Ingest: ing})
	q, err := task.New(st, task.Options{Work: work, Concurrency: 2, Workers: workers, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Periodic: []*river.PeriodicJob{task.SchedulePeriodic(200 * time.Millisecond)}})
	if err != nil {
		t.Fatal(err)
	}
	ing.SetQueue(task.IngestQueue{Q: q})
	src, err := ing.CreateSource(context.Background(), ingest.Actor{Admin: true}, ingest.NewSource{Kind: "greenhouse",
		Params: map[string]string{"board": "gitlab", "base_url": base}, Interval: ingest.MinInterval})
	if err != nil {
		t.Fatal(err)
	}
	return st, ing, q, src, &hits
}

func TestDueSourceIsFetchedOnSchedule(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		st, _, q, src, hits := setup(t, d, true)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer func() {
			sctx, c := context.WithTimeout(context.Background(), 5*time.Second)
			defer c()
			_ = q.Stop(sctx)
		}()
		deadline := time.Now().Add(20 * time.Second)
		for {
			runs, err := st.ListRuns(ctx, src.ID, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(runs) > 0 && runs[0].Status == store.RunSucceeded {
				r := runs[0]
				if r.Reason != "schedule" || r.Created != 3 || len(runs) != 1 || hits.Load() != 1 {
					t.Fatalf("scheduled run %+v (%d runs, %d fetches)", r, len(runs), hits.Load())
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no scheduled run finished; runs %+v", runs)
			}
			time.Sleep(100 * time.Millisecond)
		}
		// The source is not due again for an interval, so later ticks queue nothing.
		time.Sleep(600 * time.Millisecond)
		runs, _ := st.ListRuns(ctx, src.ID, 10)
		s, _ := st.Source(ctx, src.ID)
		if len(runs) != 1 || hits.Load() != 1 || s.NextRunAt.Before(time.Now().Add(4*time.Minute)) {
			t.Fatalf("after more ticks: %d runs, %d fetches, next run %v", len(runs), hits.Load(), s.NextRunAt)
		}
	})
}

func TestOneWaitingRunPerSource(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		st, ing, _, src, _ := setup(t, d, false)
		ctx := context.Background()
		first, err := ing.QueueRun(ctx, src.ID, "manual")
		if err != nil {
			t.Fatal(err)
		}
		second, err := ing.QueueRun(ctx, src.ID, "manual")
		if err != nil || second != first {
			t.Fatalf("second queue: %q %v, want %q", second, err, first)
		}
		runs, _ := st.ListRuns(ctx, src.ID, 10)
		if len(runs) != 1 || runs[0].Status != store.RunQueued {
			t.Fatalf("runs %+v", runs)
		}
	})
}
