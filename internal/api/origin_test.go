package api_test

import (
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A note, contact, reminder or interview made in the web UI (the browser session) is "page" on the
// timeline, and one made with a bearer token "api".
func TestItemEventsRecordTheirOrigin(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		for _, c := range []struct {
			name   string
			client *client
			want   string
		}{
			{"browser", h.registerBrowser("page@example.test"), "page"},
			{"token", func() *client { c, _ := h.registerAPI("token@example.test"); return c }(), "api"},
		} {
			app := c.client.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Engineer", "stage": "saved"}, 201).json(t)
			id := app["id"].(string)
			c.client.expect("POST", "/api/v1/applications/"+id+"/notes", map[string]any{"body": "Called the recruiter"}, 201)
			c.client.expect("POST", "/api/v1/applications/"+id+"/contacts", map[string]any{"name": "Ada Lovelace"}, 201)
			c.client.expect("POST", "/api/v1/applications/"+id+"/reminders", map[string]any{"title": "Follow up", "due_at": "2030-01-02T09:00:00Z"}, 201)
			events := c.client.expect("GET", "/api/v1/applications/"+id+"/events", nil, 200).json(t)["events"].([]any)
			seen := map[string]string{}
			for _, e := range events {
				ev := e.(map[string]any)
				seen[ev["kind"].(string)] = ev["origin"].(string)
			}
			for _, kind := range []string{"note_added", "contact_added", "reminder_added"} {
				if seen[kind] != c.want {
					t.Errorf("%s: %s event origin %q, want %q (events %v)", c.name, kind, seen[kind], c.want, seen)
				}
			}
		}
	})
}
