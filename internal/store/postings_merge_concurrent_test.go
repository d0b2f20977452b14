package store_test

import (
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

// Two sources' batches write one posting at the same moment on PostgreSQL: source a moves its link to
// Berlin and Hamburg while source b links a listing at Berlin and Munich. A third transaction holds the
// posting's row until both batches wait for it, so both have begun before either commits. Whichever
// commits second must still see the other's link: the posting ends at all three places. (SQLite runs one
// write transaction at a time, so there the batches cannot overlap.)
func TestConcurrentBatchesKeepEveryLinksPlaces(t *testing.T) {
	if os.Getenv("COPILOT_TEST_POSTGRES_URL") == "" {
		t.Skip("COPILOT_TEST_POSTGRES_URL not set")
	}
	ctx := context.Background()
	s, t0, a, b := twoSources(t, store.Postgres)
	upsertOne(t, s, a, t0, placed("1", "h1", posting.WorkModeOnsite, nil, berlin))
	id := onlyPosting(t, s).ID

	holder, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Rollback()
	if _, err := holder.ExecContext(ctx, `SELECT id FROM postings WHERE id = $1 FOR UPDATE`, id); err != nil {
		t.Fatal(err)
	}
	t1 := t0.Add(time.Hour)
	done := make(chan error, 2)
	go func() {
		_, err := s.UpsertPostings(ctx, a, []store.IngestItem{placed("1", "h1b", posting.WorkModeOnsite, nil, berlin, hamburg)}, t1)
		done <- err
	}()
	go func() {
		_, err := s.UpsertPostings(ctx, b, []store.IngestItem{placed("x", "hx", posting.WorkModeOnsite, nil, berlin, munich)}, t1)
		done <- err
	}()
	waitForWaiters(t, s.DB(), 2)
	if err := holder.Commit(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	// Link a was first seen first, so its places come first, then what b's link adds.
	wantWhere(t, onlyPosting(t, s), posting.WorkModeOnsite, nil, berlin, hamburg, munich)
}

// waitForWaiters waits until n sessions of this test's database (each test has its own) wait for a lock.
func waitForWaiters(t *testing.T, db *sql.DB, n int) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var waiting int
		if err := db.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d sessions wait for the posting's row, want %d", waiting, n)
		}
	}
}

// A batch PostgreSQL aborts to break a deadlock is run again. Here the batch holds posting X, whose link
// changed, and waits to mark posting Y seen, while another transaction holds Y and asks for X.
func TestBatchIsRetriedAfterADeadlock(t *testing.T) {
	if os.Getenv("COPILOT_TEST_POSTGRES_URL") == "" {
		t.Skip("COPILOT_TEST_POSTGRES_URL not set")
	}
	ctx := context.Background()
	s, t0, a, _ := twoSources(t, store.Postgres)
	writer := upsertItem("2", "Writer", "Hamburg", "h2")
	upsertOne(t, s, a, t0, placed("1", "h1", posting.WorkModeOnsite, nil, berlin), writer)
	ps, _, err := s.ListPostings(ctx, store.PostingFilter{})
	if err != nil || len(ps) != 2 {
		t.Fatalf("postings %d, %v", len(ps), err)
	}
	x, y := ps[0].ID, ps[1].ID
	if ps[0].Title != "Designer" {
		x, y = y, x
	}

	holder, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Rollback()
	if _, err := holder.ExecContext(ctx, `SELECT id FROM postings WHERE id = $1 FOR UPDATE`, y); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := s.UpsertPostings(ctx, a, []store.IngestItem{placed("1", "h1b", posting.WorkModeOnsite, nil, berlin, munich), writer}, t0.Add(time.Hour))
		done <- err
	}()
	waitForWaiters(t, s.DB(), 1) // the batch holds X and waits for Y
	// Asking for X closes the circle; PostgreSQL aborts the batch, which waited first, and it runs again
	// once the holder commits.
	if _, err := holder.ExecContext(ctx, `SELECT id FROM postings WHERE id = $1 FOR UPDATE`, x); err != nil {
		t.Fatal(err)
	}
	if err := holder.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	p, err := s.Posting(ctx, x, "")
	if err != nil {
		t.Fatal(err)
	}
	wantWhere(t, p, posting.WorkModeOnsite, nil, berlin, munich)
}
