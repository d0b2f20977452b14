package store_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// Upgrading to per-link places gives every existing link its posting's places, so the first merge after the
// upgrade loses nothing; rolling back drops the columns.
func TestMigrationGivesEachLinkItsPostingsPlaces(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, b := twoSources(t, d)
		upsertOne(t, s, a, t0, placed("1", "h1", "", nil, berlin))
		upsertOne(t, s, b, t0.Add(time.Minute), placed("x", "hx", "", nil))
		for v, _ := s.SchemaVersion(ctx); v > 8; v, _ = s.SchemaVersion(ctx) { // the later migrations first
			if n, err := s.MigrateDown(ctx, 1); err != nil || n != 1 {
				t.Fatalf("down from %d: %d %v", v, n, err)
			}
		}
		if v, _ := s.SchemaVersion(ctx); v != 8 {
			t.Fatalf("version %d after down, want 8", v)
		}
		db := s.DB()
		if _, err := db.ExecContext(ctx, `SELECT locations FROM posting_sources`); err == nil {
			t.Fatal("posting_sources.locations is still there at version 8")
		}
		// At version 8 the posting holds the only record of where the job is.
		if _, err := db.ExecContext(ctx, `UPDATE postings SET locations = '[{"city":"Hamburg","country":"DE","raw":"Hamburg"}]',
			work_mode = 'hybrid', remote_regions = '["DE"]'`); err != nil {
			t.Fatal(err)
		}
		if _, err := s.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		rows, err := db.QueryContext(ctx, `SELECT external_id, locations, work_mode, remote_regions FROM posting_sources ORDER BY external_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var seen []string
		for rows.Next() {
			var ext, locs, mode, regions string
			if err := rows.Scan(&ext, &locs, &mode, &regions); err != nil {
				t.Fatal(err)
			}
			var l []posting.Location
			var r []string
			if json.Unmarshal([]byte(locs), &l) != nil || json.Unmarshal([]byte(regions), &r) != nil {
				t.Fatalf("link %s: unreadable %s / %s", ext, locs, regions)
			}
			if !slices.Equal(l, []posting.Location{hamburg}) || mode != "hybrid" || !slices.Equal(r, []string{"DE"}) {
				t.Fatalf("link %s backfilled with %+v %q %v", ext, l, mode, r)
			}
			seen = append(seen, ext)
		}
		if err := rows.Err(); err != nil || !slices.Equal(seen, []string{"1", "x"}) {
			t.Fatalf("links %v, %v", seen, err)
		}
		// The next change of one link merges with what the other was given.
		upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h1b", "", nil, berlin))
		wantWhere(t, onlyPosting(t, s), posting.WorkModeHybrid, []string{"DE"}, berlin, hamburg)
	})
}
