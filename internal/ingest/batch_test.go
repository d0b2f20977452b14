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
			{Index: 4, ID: "a", Err: "listed twice; the first was kept"},
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
