package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestProfile(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("prof@example.com")
		def := b.expect("GET", "/api/v1/profile", nil, 200).json(t)
		if def["remote_preference"] != "any" || def["salary_floor"] != nil || def["updated_at"] != nil {
			t.Fatalf("default profile %v", def)
		}
		full := map[string]any{
			"full_name": "Ada Lovelace", "headline": "Backend engineer", "location": "Berlin, Germany", "years_experience": 7.5,
			"desired_titles": []string{"Senior Backend Engineer", "Staff Engineer"}, "skills": []string{"Go", "PostgreSQL", "go"},
			"seniority": "Senior", "salary_floor": map[string]any{"amount": 85000, "currency": "eur", "period": "year"},
			"remote_preference": "hybrid", "willing_to_relocate": true, "work_countries": []string{"de", "NL"},
			"industries": []string{"Fintech"}, "dealbreakers": []string{"crypto"},
		}
		got := b.expect("PUT", "/api/v1/profile", full, 200).json(t)
		if got["seniority"] != "senior" || got["salary_floor"].(map[string]any)["currency"] != "EUR" || len(got["skills"].([]any)) != 2 ||
			got["work_countries"].([]any)[0] != "DE" || got["updated_at"] == nil {
			t.Fatalf("saved profile %v", got)
		}
		// PATCH changes only what is given.
		got = b.expect("PATCH", "/api/v1/profile", map[string]any{"headline": "Platform engineer"}, 200).json(t)
		if got["headline"] != "Platform engineer" || got["full_name"] != "Ada Lovelace" || got["years_experience"] != 7.5 {
			t.Fatalf("patched %v", got)
		}
		// PUT replaces: fields left out go back to their defaults.
		got = b.expect("PUT", "/api/v1/profile", map[string]any{"full_name": "Ada"}, 200).json(t)
		if got["headline"] != "" || got["salary_floor"] != nil || got["remote_preference"] != "any" {
			t.Fatalf("put must replace: %v", got)
		}
		b.expect("PUT", "/api/v1/profile", full, 200)

		// Bad input: one entry per bad field, nothing saved.
		r := b.expect("PATCH", "/api/v1/profile", map[string]any{
			"years_experience": 200, "seniority": "wizard", "remote_preference": "mars",
			"salary_floor": map[string]any{"amount": -5, "currency": "EURO", "period": "fortnight"}, "work_countries": []string{"XX"},
			"full_name": "Changed",
		}, 422)
		fe := fieldErrors(t, r)
		for _, f := range []string{"years_experience", "seniority", "remote_preference", "salary_floor.amount", "salary_floor.currency", "salary_floor.period", "work_countries[0]"} {
			if fe[f] == "" {
				t.Errorf("no error for %s in %v", f, fe)
			}
		}
		if len(fe) != 7 {
			t.Errorf("want exactly 7 field errors, got %v", fe)
		}
		if b.expect("GET", "/api/v1/profile", nil, 200).json(t)["full_name"] != "Ada Lovelace" {
			t.Fatal("a refused request saved part of its fields")
		}
		// Unknown fields and wrong types: 400, each named.
		r = b.expect("PATCH", "/api/v1/profile", map[string]any{"nickname": "x", "skills": "Go", "salary_floor": map[string]any{"amount": 1, "currency": "USD", "period": "year", "bonus": 1}}, 400)
		fe = fieldErrors(t, r)
		if fe["nickname"] != "unknown field" || fe["salary_floor.bonus"] != "unknown field" || !strings.HasPrefix(fe["skills"], "must be a list") {
			t.Fatalf("malformed errors %v", fe)
		}
		b.expect("PATCH", "/api/v1/profile", "not json", 400)
		b.expect("PATCH", "/api/v1/profile", "[1,2]", 400)
		// The read-only fields a client read may be sent back.
		cur := b.expect("GET", "/api/v1/profile", nil, 200).json(t)
		b.expect("PUT", "/api/v1/profile", cur, 200)
		// Clearing the salary floor with null.
		if b.expect("PATCH", "/api/v1/profile", map[string]any{"salary_floor": nil}, 200).json(t)["salary_floor"] != nil {
			t.Fatal("null must clear the salary floor")
		}
	})
}

func TestPreferences(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("pref@example.com")
		def := b.expect("GET", "/api/v1/preferences", nil, 200).json(t)
		if def["theme"] != "system" || def["digest_frequency"] != "daily" || def["timezone"] != "UTC" || def["email_notifications"] != true || def["follow_up_days"] != 7.0 {
			t.Fatalf("defaults %v", def)
		}
		got := b.expect("PATCH", "/api/v1/preferences", map[string]any{"theme": "dark", "timezone": "Europe/Berlin", "digest_frequency": "weekly", "job_alerts": false}, 200).json(t)
		if got["theme"] != "dark" || got["timezone"] != "Europe/Berlin" || got["job_alerts"] != false || got["email_notifications"] != true {
			t.Fatalf("patched %v", got)
		}
		r := b.expect("PUT", "/api/v1/preferences", map[string]any{"theme": "neon", "timezone": "Mars/Olympus", "digest_frequency": "hourly", "follow_up_days": 0}, 422)
		fe := fieldErrors(t, r)
		if len(fe) != 4 {
			t.Fatalf("want 4 field errors, got %v", fe)
		}
		if b.expect("GET", "/api/v1/preferences", nil, 200).json(t)["theme"] != "dark" {
			t.Fatal("refused preferences were saved")
		}
	})
}

func TestAccountExportAndDelete(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		a := h.registerBrowser("owner@example.com")
		other := h.registerBrowser("other@example.com")
		a.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "Owner", "skills": []string{"Rust"}}, 200)
		other.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "Other"}, 200)
		r := a.expect("GET", "/api/v1/account/export", nil, 200)
		if !strings.Contains(r.header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("export disposition %q", r.header.Get("Content-Disposition"))
		}
		ex := r.json(t)
		if ex["user"].(map[string]any)["email"] != "owner@example.com" || ex["profile"].(map[string]any)["full_name"] != "Owner" || ex["preferences"] == nil {
			t.Fatalf("export %v", ex)
		}
		if strings.Contains(string(r.body), "Other") || strings.Contains(string(r.body), "password") {
			t.Fatalf("export holds another user's data or a password hash: %s", r.body)
		}
		a.expect("DELETE", "/api/v1/account", map[string]string{"password": "wrong password 1"}, 422)
		a.expect("DELETE", "/api/v1/account", map[string]string{"password": "correct horse 9"}, 204)
		a.expect("GET", "/api/v1/auth/me", nil, 401)
		h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "owner@example.com", "password": "correct horse 9"}, 401)
		if other.expect("GET", "/api/v1/profile", nil, 200).json(t)["full_name"] != "Other" {
			t.Fatal("deleting one account touched another")
		}
		var n int
		if err := h.st.DB().QueryRow(`SELECT COUNT(*) FROM profiles`).Scan(&n); err != nil || n != 1 {
			t.Fatalf("profiles left: %d %v", n, err)
		}
	})
}

func TestUnauthenticatedAndUnknown(t *testing.T) {
	h := newHarness(t, store.SQLite)
	c := h.apiClient()
	for _, p := range []string{"/api/v1/profile", "/api/v1/preferences", "/api/v1/auth/me", "/api/v1/account/export"} {
		r := c.expect("GET", p, nil, http.StatusUnauthorized)
		if r.header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("%s content type %q", p, r.header.Get("Content-Type"))
		}
	}
	c.expect("GET", "/api/v1/nope", nil, 404)
	c.expect("POST", "/api/v1/auth/me", nil, 405)
	c.bearer = "x"
	c.expect("GET", "/api/v1/profile", nil, 401)
}

func TestHealthAndMetrics(t *testing.T) {
	h := newHarness(t, store.SQLite)
	c := h.apiClient()
	hl := c.expect("GET", "/health", nil, 200).json(t)
	if hl["status"] != "ok" || hl["version"] == nil || hl["checks"].(map[string]any)["database"].(map[string]any)["status"] != "ok" {
		t.Fatalf("health %v", hl)
	}
	c.expect("GET", "/health/live", nil, 200)
	c.expect("GET", "/health/ready", nil, 200)
	c.expect("GET", "/api/v1/profile", nil, 401)
	m := string(c.expect("GET", "/metrics", nil, 200).body)
	for _, want := range []string{`http_requests_total{endpoint="/api/v1/profile",method="GET",status="401"} 1`, "http_request_duration_seconds_bucket", "db_connections_max", "active_connections", "go_goroutines"} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// The database going away makes readiness fail with 503.
	h.st.Close()
	c.expect("GET", "/health/ready", nil, 503)
	r := c.expect("GET", "/health", nil, 503).json(t)
	if r["checks"].(map[string]any)["database"].(map[string]any)["status"] != "down" {
		t.Fatalf("health when down %v", r)
	}
}

// NUL characters cannot be stored in PostgreSQL text; they are removed on both databases alike.
func TestNULIsStrippedOnBothDatabases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		c, _ := h.registerAPI("nul@example.com")
		got := c.expect("PATCH", "/api/v1/profile", `{"full_name":"a\u0000b","skills":["G\u0000o"],"salary_floor":{"amount":1,"currency":"US\u0000D","period":"year"}}`, 200).json(t)
		if got["full_name"] != "ab" || got["skills"].([]any)[0] != "Go" || got["salary_floor"].(map[string]any)["currency"] != "USD" {
			t.Fatalf("profile %v", got)
		}
		app := c.expect("POST", "/api/v1/applications", `{"company":"Ac\u0000me","title":"Engi\u0000neer"}`, 201).json(t)
		if app["company"] != "Acme" || app["title"] != "Engineer" {
			t.Fatalf("application %v", app)
		}
	})
}
