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

// A replica's refresh picks up postings another process wrote, and closings, which do not touch modified_at.
func TestRefreshSeesOtherWriters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st := storetest.Open(t, d)
		src, err := st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "lever", Name: "x", Params: map[string]string{"c": "x"}, Key: "lever:x",
			Interval: time.Hour, Enabled: true, CreatedAt: t0, UpdatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		item := func(id string) store.IngestItem {
			return store.IngestItem{ExternalID: id, Hash: id, Posting: posting.Posting{Title: "Engineer " + id, TitleKey: id, Company: "Co", CompanyKey: "co", DescriptionText: "Python"}}
		}
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
