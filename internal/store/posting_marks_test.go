package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestPostingMarks(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "marks@example.com")
		other := newUser(t, s, "other@example.com")
		c, err := s.UpsertPostings(ctx, newSource(t, s, "marks", t0), []store.IngestItem{upsertItem("1", "Engineer", "Berlin", "h1"),
			upsertItem("2", "Designer", "", "h2"), upsertItem("3", "Writer", "", "h3")}, t0)
		if err != nil || len(c.NewIDs) != 3 {
			t.Fatalf("postings %+v %v", c, err)
		}
		ids := c.NewIDs
		t1 := t0.Add(time.Hour)
		for _, m := range []struct {
			user, id  string
			saved, on bool
			at        time.Time
		}{{u.ID, ids[0], true, true, t0}, {u.ID, ids[1], false, true, t1}, {u.ID, ids[2], true, true, t0}, {u.ID, ids[2], true, false, t1},
			{other.ID, ids[0], false, true, t0}} {
			if err := s.SetPostingState(ctx, m.user, m.id, m.saved, m.on, m.at); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.PostingMarks(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		// The third posting was saved, then unsaved: its row stays but marks nothing.
		want := map[string]store.PostingMark{ids[0]: {SavedAt: t0}, ids[1]: {DismissedAt: t1}}
		if len(got) != len(want) {
			t.Fatalf("marks %v, want %v", got, want)
		}
		for id, w := range want {
			if g := got[id]; !g.SavedAt.Equal(w.SavedAt) || !g.DismissedAt.Equal(w.DismissedAt) {
				t.Errorf("%s: %+v, want %+v", id, g, w)
			}
		}
	})
}
