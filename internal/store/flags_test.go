package store_test

import (
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestFeatureFlagsReplace(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d)
		if rows, err := s.FeatureFlags(ctx); err != nil || len(rows) != 0 {
			t.Fatalf("empty table: %v %v", rows, err)
		}
		admin := newUser(t, s, "admin@example.com")
		first := []flags.Row{{Name: "advanced_matching", Enabled: true, RolloutPercentage: 25}, {Name: "beta_ui", Enabled: false, RolloutPercentage: 100}}
		if err := s.ReplaceFeatureFlags(ctx, first, admin.ID); err != nil {
			t.Fatal(err)
		}
		rows, err := s.FeatureFlags(ctx)
		if err != nil || len(rows) != 2 || rows[0] != first[0] || rows[1] != first[1] {
			t.Fatalf("after first replace: %+v %v", rows, err)
		}
		// A replace drops what it does not name; an anonymous writer (the CLI) is allowed.
		if err := s.ReplaceFeatureFlags(ctx, []flags.Row{{Name: "advanced_analytics", Enabled: true, RolloutPercentage: 5}}, ""); err != nil {
			t.Fatal(err)
		}
		rows, _ = s.FeatureFlags(ctx)
		if len(rows) != 1 || rows[0] != (flags.Row{Name: "advanced_analytics", Enabled: true, RolloutPercentage: 5}) {
			t.Fatalf("after second replace: %+v", rows)
		}
		// The CHECK constraint backs up the domain validation, and a failed replace changes nothing.
		if err := s.ReplaceFeatureFlags(ctx, []flags.Row{{Name: "x", RolloutPercentage: 101}}, ""); err == nil {
			t.Fatal("rollout 101 stored")
		}
		rows, _ = s.FeatureFlags(ctx)
		if len(rows) != 1 || rows[0].Name != "advanced_analytics" {
			t.Fatalf("failed replace was not rolled back: %+v", rows)
		}
	})
}
