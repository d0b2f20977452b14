package index

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// refreshStore opens a store with one source for the refresh tests.
func refreshStore(t *testing.T, d store.Dialect) (*store.Store, store.Source) {
	t.Helper()
	st := storetest.Open(t, d)
	src, err := st.CreateSource(context.Background(), store.Source{ID: uuid.NewString(), Kind: "lever", Name: "x", Params: map[string]string{"c": "x"},
		Key: "lever:x", Interval: time.Hour, Enabled: true, CreatedAt: t0, UpdatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	return st, src
}

// item is a posting of external id id, for the refresh tests.
func item(id string) store.IngestItem {
	return store.IngestItem{ExternalID: id, Hash: id, Posting: posting.Posting{Title: "Engineer " + id, TitleKey: id, Company: "Co", CompanyKey: "co", DescriptionText: "Python"}}
}

// A replica's refresh picks up postings another process wrote, and closings, which do not touch modified_at.
func TestRefreshSeesOtherWriters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st, src := refreshStore(t, d)
		if _, err := st.UpsertPostings(ctx, src.ID, []store.IngestItem{item("a")}, t0); err != nil {
			t.Fatal(err)
		}
		s := New(st, profile.NewService(st))
		if err := s.Load(ctx); err != nil {
			t.Fatal(err)
		}
		if s.Index().Len() != 1 {
			t.Fatalf("loaded %d", s.Index().Len())
		}
		if _, err := st.UpsertPostings(ctx, src.ID, []store.IngestItem{item("b")}, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if n, err := s.Refresh(ctx); err != nil || n != 1 || s.Index().Len() != 2 {
			t.Fatalf("refresh read %d (%v), index holds %d", n, err, s.Index().Len())
		}
		if n, _ := s.Refresh(ctx); n != 0 {
			t.Fatalf("nothing changed, read %d", n)
		}
		// b is not seen by the next complete run: closed.
		if _, err := st.UpsertPostings(ctx, src.ID, []store.IngestItem{item("a")}, t0.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CloseUnseen(ctx, src.ID, t0.Add(2*time.Minute), nil, t0.Add(3*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		open, _ := s.Index().Search(search.Query{})
		closed, _ := s.Index().Search(search.Query{Filter: search.Filter{Status: "closed"}})
		if open.Total != 1 || closed.Total != 1 {
			t.Fatalf("open %d closed %d, want 1 and 1", open.Total, closed.Total)
		}
	})
}

// A refresh sees a write that commits after a later-stamped one (its transaction began first, or its
// replica's clock is behind), within refreshOverlap, and a posting reopened by a listing that did not
// change it; postings it already applied are not applied again.
func TestRefreshSeesLateCommitsAndReopens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st, src := refreshStore(t, d)
		write := func(at time.Time, ids ...string) {
			t.Helper()
			var items []store.IngestItem
			for _, id := range ids {
				items = append(items, item(id))
			}
			if _, err := st.UpsertPostings(ctx, src.ID, items, at); err != nil {
				t.Fatal(err)
			}
		}
		now := t0.Add(time.Hour)
		s := New(st, profile.NewService(st))
		s.SetClock(func() time.Time { return now })
		write(now.Add(-time.Minute), "a")
		if err := s.Load(ctx); err != nil {
			t.Fatal(err)
		}
		write(now, "b")
		if n, err := s.Refresh(ctx); err != nil || n != 1 {
			t.Fatalf("refresh applied %d (%v), want b", n, err)
		}
		// c was stamped before b but committed after the refresh that read b.
		write(now.Add(-5*time.Second), "c") // within refreshOverlap
		if n, err := s.Refresh(ctx); err != nil || n != 1 || s.Index().Len() != 3 {
			t.Fatalf("refresh applied %d (%v), index holds %d; want c, and 3", n, err, s.Index().Len())
		}
		if n, _ := s.Refresh(ctx); n != 0 {
			t.Fatalf("nothing changed, applied %d", n)
		}
		// A complete run without c closes it; the next lists c unchanged and reopens it.
		now = now.Add(time.Minute)
		write(now, "a", "b")
		if _, err := st.CloseUnseen(ctx, src.ID, now, nil, now); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		if closed, _ := s.Index().Search(search.Query{Filter: search.Filter{Status: "closed"}}); closed.Total != 1 {
			t.Fatalf("closed %d, want c", closed.Total)
		}
		now = now.Add(time.Minute)
		write(now, "a", "b", "c")
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		if open, _ := s.Index().Search(search.Query{}); open.Total != 3 {
			t.Fatalf("open %d, want 3: the reopened c too", open.Total)
		}
		// Closed again, then reposted under another id: the repost links to c and reopens it.
		now = now.Add(time.Minute)
		write(now, "a", "b")
		if _, err := st.CloseUnseen(ctx, src.ID, now, nil, now); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Minute)
		repost := item("c")
		repost.ExternalID, repost.Hash = "c-repost", "c-repost"
		if _, err := st.UpsertPostings(ctx, src.ID, []store.IngestItem{item("a"), item("b"), repost}, now); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		if open, _ := s.Index().Search(search.Query{}); open.Total != 3 || s.Index().Len() != 3 {
			t.Fatalf("open %d of %d, want 3 of 3: the repost reopened c", open.Total, s.Index().Len())
		}
	})
}

// A posting a second board lists unchanged is found by that board's kind after a refresh: the new link
// is a change the index reads.
func TestRefreshSeesANewSourceOfAPosting(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st, lever := refreshStore(t, d)
		gh, err := st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "y", Params: map[string]string{"board": "y"},
			Key: "greenhouse:y", Interval: time.Hour, Enabled: true, CreatedAt: t0, UpdatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		now := t0.Add(time.Hour)
		s := New(st, profile.NewService(st))
		s.SetClock(func() time.Time { return now })
		if _, err := st.UpsertPostings(ctx, lever.ID, []store.IngestItem{item("a")}, now.Add(-time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.Load(ctx); err != nil {
			t.Fatal(err)
		}
		again := item("a")
		again.ExternalID = "gh-a"
		if c, err := st.UpsertPostings(ctx, gh.ID, []store.IngestItem{again}, now); err != nil || c.Linked != 1 {
			t.Fatalf("link %+v %v", c, err)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		res, _ := s.Index().Search(search.Query{Filter: search.Filter{Sources: []string{"greenhouse"}}})
		if res.Total != 1 || s.Index().Len() != 1 {
			t.Fatalf("greenhouse postings %d of %d, want the one posting", res.Total, s.Index().Len())
		}
	})
}
