package api_test

import (
	"encoding/json"
	"testing"

	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

type flagsStatus struct {
	Flags     flags.Set `json:"flags"`
	Source    string    `json:"source"`
	LoadedAt  string    `json:"loaded_at"`
	LastError string    `json:"last_error"`
	Defaults  flags.Set `json:"defaults"`
}

func decodeStatus(t *testing.T, r resp) flagsStatus {
	t.Helper()
	var st flagsStatus
	if err := json.Unmarshal(r.body, &st); err != nil {
		t.Fatalf("flags body %s", r.body)
	}
	return st
}

func TestAdminFlags(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		admin := h.registerBrowser("admin@example.com") // the first account is the admin
		plain, _ := h.registerAPI("plain@example.com")

		st := decodeStatus(t, admin.expect("GET", "/api/v1/admin/flags", nil, 200))
		if st.Source != "database" || st.LastError != "" || len(st.Flags) != 2 ||
			st.Flags["advanced_matching"] != (flags.Flag{Enabled: true, RolloutPercentage: 100}) ||
			st.Flags["advanced_analytics"] != (flags.Flag{Enabled: false, RolloutPercentage: 0}) ||
			st.Defaults["advanced_matching"] != (flags.Flag{Enabled: true, RolloutPercentage: 100}) {
			t.Fatalf("initial status %+v", st)
		}

		// Non-admins are refused, anonymous callers must log in.
		plain.expect("GET", "/api/v1/admin/flags", nil, 403)
		plain.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{}}, 403)
		h.apiClient().expect("GET", "/api/v1/admin/flags", nil, 401)
		h.apiClient().expect("GET", "/api/v1/flags", nil, 401)

		// Each user's evaluated flags.
		mine := plain.expect("GET", "/api/v1/flags", nil, 200).json(t)
		if len(mine) != 2 || mine["advanced_matching"] != true || mine["advanced_analytics"] != false {
			t.Fatalf("evaluated %v", mine)
		}

		put := map[string]any{"flags": map[string]any{
			"advanced_matching":  map[string]any{"enabled": false, "rollout_percentage": 100},
			"advanced_analytics": map[string]any{"enabled": true, "rollout_percentage": 100},
			"new_inbox":          map[string]any{"enabled": true, "rollout_percentage": 0},
		}}
		st = decodeStatus(t, admin.expect("PUT", "/api/v1/admin/flags", put, 200))
		if len(st.Flags) != 3 || st.Flags["new_inbox"] != (flags.Flag{Enabled: true, RolloutPercentage: 0}) || st.LoadedAt == "" {
			t.Fatalf("after put %+v", st)
		}
		mine = plain.expect("GET", "/api/v1/flags", nil, 200).json(t)
		if len(mine) != 3 || mine["advanced_matching"] != false || mine["advanced_analytics"] != true || mine["new_inbox"] != false {
			t.Fatalf("evaluated after put %v", mine)
		}
		// The service the rest of the server asks agrees, and the row is in the database.
		if h.flags.Enabled("advanced_matching", "any-user") || !h.flags.Enabled("advanced_analytics", "any-user") {
			t.Fatal("service disagrees with the API")
		}
		if rows, _ := h.st.FeatureFlags(t.Context()); len(rows) != 3 || rows[2].Name != "new_inbox" {
			t.Fatalf("rows %+v", rows)
		}

		// Leaving a default flag out returns it to its default.
		st = decodeStatus(t, admin.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{}}, 200))
		if len(st.Flags) != 2 || st.Flags["advanced_matching"] != (flags.Flag{Enabled: true, RolloutPercentage: 100}) {
			t.Fatalf("empty put %+v", st)
		}

		// Invalid input: one entry per field, nothing saved.
		r := admin.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{
			"advanced_matching": map[string]any{"enabled": true, "rollout_percentage": 101},
			"Bad Name":          map[string]any{"enabled": true, "rollout_percentage": 5},
		}}, 422)
		fe := fieldErrors(t, r)
		if len(fe) != 2 || fe["flags.advanced_matching.rollout_percentage"] != "must be from 0 to 100" ||
			fe["flags.Bad Name"] != "must be lower-case letters, digits and _, starting with a letter, at most 64 characters" {
			t.Fatalf("field errors %v", fe)
		}
		if fe := fieldErrors(t, admin.expect("PUT", "/api/v1/admin/flags", map[string]any{}, 422)); fe["flags"] != "is required" {
			t.Fatalf("missing flags: %v", fe)
		}
		r = admin.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{"advanced_matching": map[string]any{"enabled": true, "percent": 5}}}, 400)
		if fe := fieldErrors(t, r); fe["flags.percent"] != "unknown field" {
			t.Fatalf("unknown field: %v", fe)
		}
		if st := decodeStatus(t, admin.expect("GET", "/api/v1/admin/flags", nil, 200)); len(st.Flags) != 2 || st.Flags["advanced_analytics"].Enabled {
			t.Fatalf("a refused put changed the flags: %+v", st)
		}

		// The browser session needs the CSRF token for a PUT.
		admin.noCSRF = true
		admin.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{}}, 403)
	})
}

func TestPartialRolloutFollowsTheBucket(t *testing.T) {
	h := newHarness(t, store.SQLite)
	admin, _ := h.registerAPI("admin@example.com")
	admin.expect("PUT", "/api/v1/admin/flags", map[string]any{"flags": map[string]any{
		"advanced_analytics": map[string]any{"enabled": true, "rollout_percentage": 50},
	}}, 200)
	on := 0
	for i := 0; i < 12; i++ {
		c, _ := h.registerAPI("u" + string(rune('a'+i)) + "@example.com")
		id := c.expect("GET", "/api/v1/auth/me", nil, 200).json(t)["id"].(string)
		got := c.expect("GET", "/api/v1/flags", nil, 200).json(t)["advanced_analytics"]
		if want := flags.Bucket("advanced_analytics", id) < 50; got != want {
			t.Fatalf("user %s (bucket %d): %v, want %v", id, flags.Bucket("advanced_analytics", id), got, want)
		}
		if got == true {
			on++
		}
	}
	t.Logf("%d of 12 users in at 50%%", on)
}
