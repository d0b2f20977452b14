package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A posting without a posting date sorts by the date the board last updated it, when the board gives
// one, and only without either by when it was first seen: a board's 2018 job imported today is not
// the newest posting.
func TestListedAtFallsBackToUpdated(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, _ := twoSources(t, d)
		ctx := context.Background()
		dated := upsertItem("1", "Dated", "Berlin", "h1")
		dated.Posting.PostedAt = t0.AddDate(0, -1, 0)
		old := upsertItem("2", "Updated in 2018", "Hamburg", "h2")
		old.Posting.UpdatedAt = time.Date(2018, 11, 16, 0, 37, 17, 0, time.UTC)
		undated := upsertItem("3", "Undated", "Munich", "h3")
		if _, err := s.UpsertPostings(ctx, a, []store.IngestItem{dated, old, undated}, t0); err != nil {
			t.Fatal(err)
		}
		order := func() []string {
			ps, _, err := s.ListPostings(ctx, store.PostingFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, p := range ps {
				titles = append(titles, p.Title)
			}
			return titles
		}
		if got := order(); len(got) != 3 || got[0] != "Undated" || got[1] != "Dated" || got[2] != "Updated in 2018" {
			t.Fatalf("order %q, want Undated (first seen now), Dated, Updated in 2018", got)
		}
		// A rewrite of the listing keeps the rule.
		old.Hash, old.Posting.DescriptionText = "h2b", "Updated in 2018, rewritten"
		if _, err := s.UpsertPostings(ctx, a, []store.IngestItem{dated, old, undated}, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if got := order(); len(got) != 3 || got[2] != "Updated in 2018" {
			t.Fatalf("after a rewrite, order %q", got)
		}
		// An edit the board makes later moves no posting up the list: an undated posting sorts by the
		// earlier of its update and first-seen dates, and a rewrite keeps where it sorts.
		undated.Hash, undated.Posting.UpdatedAt, undated.Posting.DescriptionText = "h3b", t0.AddDate(0, 0, 30), "Undated, edited"
		later := upsertItem("4", "Edited after it was first seen", "Bonn", "h4")
		later.Posting.UpdatedAt = t0.AddDate(0, 0, 25)
		if _, err := s.UpsertPostings(ctx, a, []store.IngestItem{dated, old, undated, later}, t0.AddDate(0, 0, 20)); err != nil {
			t.Fatal(err)
		}
		if got := order(); len(got) != 4 || got[0] != "Edited after it was first seen" || got[1] != "Undated" {
			t.Fatalf("after an edit, order %q, want the posting first seen on day 20, then Undated (first seen on day 0)", got)
		}
		// Migration 11 sorts postings stored before it so; rolling it back sorts them by first seen again.
		if n, err := s.MigrateDown(ctx, 1); err != nil || n != 1 {
			t.Fatalf("down: %d %v", n, err)
		}
		if got := order(); len(got) != 4 || got[3] != "Dated" {
			t.Fatalf("after rolling back migration 11, order %q, want Dated last", got)
		}
		if _, err := s.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		if got := order(); len(got) != 4 || got[2] != "Dated" || got[3] != "Updated in 2018" {
			t.Fatalf("after migration 11, order %q", got)
		}
	})
}
