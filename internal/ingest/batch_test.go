package ingest_test

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// failingStore refuses every batch that holds the external id bad, as a database refuses a bad row.
type failingStore struct {
	*store.Store
	bad   string
	mu    sync.Mutex
	sizes []int
}

func (f *failingStore) UpsertPostings(ctx context.Context, sourceID string, items []store.IngestItem, now time.Time) (store.IngestCounts, error) {
	f.mu.Lock()
	f.sizes = append(f.sizes, len(items))
	f.mu.Unlock()
	for _, it := range items {
		if it.ExternalID == f.bad {
			return store.IngestCounts{}, errors.New("refused")
		}
	}
	return f.Store.UpsertPostings(ctx, sourceID, items, now)
}

func TestFailedBatchIsRetriedItemByItem(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		st := &failingStore{Store: storetest.Open(t, d), bad: "c"}
		svc := ingest.New(st, nil, ingest.Options{BatchSize: 2})
		draft := func(id, title string) posting.Draft {
			return posting.Draft{ExternalID: id, Title: title, Company: "Acme", DescriptionText: title + " at Acme, job " + id}
		}
		drafts := []posting.Draft{draft("a", "Engineer"), draft("b", "Designer"), draft("x", ""), draft("c", "Writer"),
			draft("a", "Engineer"), draft("d", "Analyst"), draft("e", "Tester")}
		r, err := svc.Import(context.Background(), "test", drafts, nil)
		if err != nil || r.Created != 4 || r.Fetched != 7 || r.Linked != 0 {
			t.Fatalf("run %+v %v", r, err)
		}
		// Two errors of normalizing (indexes in the listing), then the item the store refused (its index
		// among the five items kept: a b c d e).
		want := []posting.ItemError{
			{Index: 2, ID: "x", Err: "ingest: posting has no title"},
			{Index: 4, ID: "a", Err: "“Engineer” at Acme is listed twice; the first was kept"},
			{Index: 2, ID: "c", Err: "could not be stored"},
		}
		if !reflect.DeepEqual(r.ItemErrors, want) {
			t.Fatalf("item errors %+v", r.ItemErrors)
		}
		// Batches of two, the refused one retried as c then d, then the last item.
		if want := []int{2, 2, 1, 1, 1}; !reflect.DeepEqual(st.sizes, want) {
			t.Fatalf("upsert calls of %v items, want %v", st.sizes, want)
		}
	})
}

// cancellingStore cancels the run's context while it writes batch number at (counting from 1).
type cancellingStore struct {
	*store.Store
	cancel context.CancelFunc
	at     int
	calls  int
}

func (c *cancellingStore) UpsertPostings(ctx context.Context, sourceID string, items []store.IngestItem, now time.Time) (store.IngestCounts, error) {
	if c.calls++; c.calls == c.at {
		c.cancel()
		return store.IngestCounts{}, ctx.Err()
	}
	return c.Store.UpsertPostings(ctx, sourceID, items, now)
}

func TestCancelledImportStopsAfterTheBatchesWritten(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := &cancellingStore{Store: storetest.Open(t, d), cancel: cancel, at: 2}
		svc := ingest.New(st, nil, ingest.Options{BatchSize: 2})
		var drafts []posting.Draft
		for _, title := range []string{"Engineer", "Designer", "Writer", "Analyst", "Tester", "Manager", "Editor"} {
			drafts = append(drafts, posting.Draft{ExternalID: title, Title: title, Company: "Acme", DescriptionText: title + " at Acme"})
		}
		r, err := svc.Import(ctx, "test", drafts, nil)
		if !errors.Is(err, context.Canceled) || r.Created != 2 || st.calls != 2 {
			t.Fatalf("run %+v after %d upserts: %v", r, st.calls, err)
		}
		// The first batch is stored, the refused one and those after it are not.
		src, err := svc.FileSource(context.Background(), "test")
		if err != nil {
			t.Fatal(err)
		}
		if n, err := st.SourceOpenCount(context.Background(), src.ID); err != nil || n != 2 {
			t.Fatalf("open postings %d, %v", n, err)
		}
	})
}
