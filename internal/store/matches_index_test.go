package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestIndexPostingsPaging(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "ix@example.com")
		src, err := s.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "Acme", Params: map[string]string{"board": "acme"},
			Key: "greenhouse:acme", Interval: time.Hour, Enabled: true, CreatedBy: u.ID, CreatedAt: t0, UpdatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		var items []store.IngestItem
		for i := 0; i < 5; i++ {
			title := fmt.Sprintf("Engineer %d", i)
			items = append(items, store.IngestItem{ExternalID: fmt.Sprint(i), Hash: title,
				Posting: posting.Posting{Title: title, TitleKey: title, Company: "Acme", CompanyKey: "acme", DescriptionText: "Go"}})
		}
		if _, err := s.UpsertPostings(ctx, src.ID, items, t0); err != nil {
			t.Fatal(err)
		}
		// Pages of two over five rows written at the same instant: every row once.
		seen := map[string]bool{}
		since, after := time.Time{}, ""
		for page := 0; page < 5; page++ {
			rows, err := s.IndexPostings(ctx, since, after, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				break
			}
			for _, r := range rows {
				if seen[r.ID] {
					t.Fatalf("row %s twice", r.ID)
				}
				seen[r.ID] = true
				if r.SourceID != src.ID || !r.Changed.Equal(t0) {
					t.Fatalf("row %+v: source %q changed %v", r.ID, r.SourceID, r.Changed)
				}
			}
			last := rows[len(rows)-1]
			since, after = last.Changed, last.ID
		}
		if len(seen) != 5 {
			t.Fatalf("read %d rows, want 5", len(seen))
		}
		// Nothing new after the last row; a later change shows up.
		if rows, _ := s.IndexPostings(ctx, since, after, 10); len(rows) != 0 {
			t.Fatalf("no change, got %d rows", len(rows))
		}
		items[0].Hash, items[0].Posting.DescriptionText = "changed", "Rust"
		if _, err := s.UpsertPostings(ctx, src.ID, items[:1], t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		rows, err := s.IndexPostings(ctx, since, after, 10)
		if err != nil || len(rows) != 1 || rows[0].DescriptionText != "Rust" {
			t.Fatalf("after change: %d rows, %v", len(rows), err)
		}
		id := rows[0].ID
		if err := s.SetPostingState(ctx, u.ID, id, true, true, t0); err != nil {
			t.Fatal(err)
		}
		marks, err := s.PostingMarks(ctx, u.ID)
		if m := marks[id]; err != nil || m.SavedAt.IsZero() || !m.DismissedAt.IsZero() || len(marks) != 1 {
			t.Fatalf("marks %v %v", marks, err)
		}
	})
}
