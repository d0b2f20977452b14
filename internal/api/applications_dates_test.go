package api_test

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// Application dates are checked like every other field: a 422 naming the field, on create and on update.
func TestApplicationDates(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		h.now = time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
		b := h.registerBrowser("dates@example.com")
		const (
			future = "must not be more than a day in the future"
			old    = "must not be before 1970"
			form   = "must be a date and time in RFC 3339 form, such as 2026-12-03T09:00:00Z"
		)
		cases := []struct {
			body map[string]any
			want map[string]string
		}{
			{map[string]any{"applied_at": "2999-01-01T00:00:00Z"}, map[string]string{"applied_at": future}},
			{map[string]any{"applied_at": "1900-01-01T00:00:00Z"}, map[string]string{"applied_at": old}},
			{map[string]any{"first_response_at": "2026-12-04T12:00:01Z"}, map[string]string{"first_response_at": future}},
			{map[string]any{"applied_at": "2026-11-20T09:00:00Z", "first_response_at": "2026-11-19T09:00:00Z"},
				map[string]string{"first_response_at": "must not be before applied_at"}},
			{map[string]any{"applied_at": "yesterday"}, map[string]string{"applied_at": form}},
			{map[string]any{"applied_at": "2026-13-01T00:00:00Z", "first_response_at": "1969-12-31T23:59:59Z"}, map[string]string{"applied_at": form}},
		}
		for _, c := range cases {
			body := map[string]any{"company": "Acme", "title": "Engineer", "stage": "applied"}
			for k, v := range c.body {
				body[k] = v
			}
			got := fieldErrors(t, b.expect("POST", "/api/v1/applications", body, 422))
			if len(got) != len(c.want) {
				t.Errorf("create %v: errors %v, want %v", c.body, got, c.want)
			}
			for f, m := range c.want {
				if got[f] != m {
					t.Errorf("create %v: %s = %q, want %q", c.body, f, got[f], m)
				}
			}
		}

		// A day ahead is allowed (a clock or time zone ahead of ours); the same rules hold on update.
		app := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Engineer", "stage": "applied",
			"applied_at": "2026-12-04T11:00:00Z"}, 201).json(t)
		id := app["id"].(string)
		got := fieldErrors(t, b.expect("PATCH", "/api/v1/applications/"+id, map[string]any{"first_response_at": "2026-12-01T00:00:00Z"}, 422))
		if got["first_response_at"] != "must not be before applied_at" || len(got) != 1 {
			t.Errorf("update with an earlier response: %v", got)
		}
		got = fieldErrors(t, b.expect("PATCH", "/api/v1/applications/"+id, map[string]any{"applied_at": "not a date"}, 422))
		if got["applied_at"] != form || len(got) != 1 {
			t.Errorf("update with a bad date: %v", got)
		}
		b.expect("PATCH", "/api/v1/applications/"+id, map[string]any{"applied_at": "2026-11-20T09:00:00Z", "first_response_at": "2026-11-25T09:00:00Z"}, 200)
		// A wrong type is still a malformed body.
		b.expect("PATCH", "/api/v1/applications/"+id, map[string]any{"applied_at": 5}, 400)
	})
}
