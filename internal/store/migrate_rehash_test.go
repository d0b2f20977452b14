package store_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// TestRehashMigration rolls the SimHash migration back and forth over more postings than one page: down,
// every stored hash is SimHashV1 of its text (what the previous release stored); up, SimHash of it.
func TestRehashMigration(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, _ := twoSources(t, d)
		var items []store.IngestItem
		for i := range 1001 {
			it := upsertItem(strconv.Itoa(i), "Engineer "+strconv.Itoa(i), "Berlin", "h")
			it.Posting.DescriptionText = "Build the billing system for posting " + strconv.Itoa(i) + " with Go and PostgreSQL."
			if i == 7 {
				it.Posting.DescriptionText = "" // no text: hash 0 both ways
			}
			it.Posting.SimHash = posting.SimHash(it.Posting.DescriptionText)
			items = append(items, it)
		}
		c, err := s.UpsertPostings(ctx, a, items, t0)
		if err != nil || c.Created != len(items) {
			t.Fatalf("upsert: %+v %v", c, err)
		}
		check := func(stage string, hash func(string) uint64) {
			t.Helper()
			for _, id := range []int{0, 7, 500, 1000} {
				p, err := s.Posting(ctx, c.NewIDs[id], "")
				if err != nil {
					t.Fatal(err)
				}
				if want := hash(items[id].Posting.DescriptionText); p.SimHash != want {
					t.Fatalf("%s: posting %d simhash %#x, want %#x", stage, id, p.SimHash, want)
				}
			}
		}
		before, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range st {
			found = found || m.Version == 10 && m.Name == "0010_posting_simhash_lanes.go" && m.Applied
		}
		if !found {
			t.Fatalf("migration 10 is not listed as applied: %+v", st)
		}
		steps := int(before) - 9 // the migrations after 9, this one among them
		if n, err := s.MigrateDown(ctx, steps); err != nil || n != steps {
			t.Fatalf("down: %d %v", n, err)
		}
		if v, _ := s.SchemaVersion(ctx); v >= 10 {
			t.Fatalf("version %d after rolling back migration 10 (was %d)", v, before)
		}
		check("down", posting.SimHashV1)
		if posting.SimHashV1(items[0].Posting.DescriptionText) == posting.SimHash(items[0].Posting.DescriptionText) {
			t.Fatal("the two hashes agree on the test text, so the test proves nothing")
		}
		if _, err := s.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		check("up", posting.SimHash)
	})
}
