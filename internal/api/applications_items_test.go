package api_test

import (
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestNotesContactsInterviewsReminders(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		now := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
		h.apps.SetClock(func() time.Time { return now })
		b := h.registerBrowser("items@example.com")
		first := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Initech LLC", "title": "Dev"}, 201).json(t)["id"].(string)
		second := b.expect("POST", "/api/v1/applications", map[string]any{"company": "initech", "title": "SRE"}, 201).json(t)["id"].(string)
		elsewhere := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Globex", "title": "Dev"}, 201).json(t)["id"].(string)
		app := func(id string) string { return "/api/v1/applications/" + id }

		// Notes: add, edit, delete; the timeline keeps the add and the delete.
		n := b.expect("POST", app(first)+"/notes", map[string]any{"body": "  Recruiter: *Bill*  "}, 201).json(t)
		if n["body"] != "Recruiter: *Bill*" {
			t.Fatalf("note %v", n)
		}
		now = now.Add(time.Minute)
		if e := b.expect("PATCH", app(first)+"/notes/"+n["id"].(string), map[string]any{"body": "Recruiter: **Bill L.**"}, 200).json(t); e["body"] != "Recruiter: **Bill L.**" || e["updated_at"] == e["created_at"] {
			t.Fatalf("edited %v", e)
		}
		if fe := fieldErrors(t, b.expect("POST", app(first)+"/notes", map[string]any{"body": "   "}, 422)); fe["body"] == "" {
			t.Fatalf("empty note %v", fe)
		}
		b.expect("DELETE", app(first)+"/notes/"+n["id"].(string), nil, 204)
		if len(list(t, b.expect("GET", app(first)+"/notes", nil, 200), "notes")) != 0 {
			t.Fatal("note not deleted")
		}

		// Contacts belong to the company: both Initech applications see Bill, Globex does not.
		c := b.expect("POST", app(first)+"/contacts", map[string]any{"name": "Bill Lumbergh", "role": "Hiring manager", "email": "bill@initech.example", "profile_url": "https://linkedin.example/bill"}, 201).json(t)
		if got := list(t, b.expect("GET", app(second)+"/contacts", nil, 200), "contacts"); len(got) != 1 || got[0]["name"] != "Bill Lumbergh" || got[0]["company"] != "initech" {
			t.Fatalf("shared contacts %v", got)
		}
		if got := list(t, b.expect("GET", app(elsewhere)+"/contacts", nil, 200), "contacts"); len(got) != 0 {
			t.Fatalf("another company's contacts %v", got)
		}
		b.expect("PATCH", app(elsewhere)+"/contacts/"+c["id"].(string), map[string]any{"role": "x"}, 404)
		if e := b.expect("PATCH", app(second)+"/contacts/"+c["id"].(string), map[string]any{"phone": "+1 555 0100"}, 200).json(t); e["phone"] != "+1 555 0100" || e["role"] != "Hiring manager" {
			t.Fatalf("contact patch %v", e)
		}
		fe := fieldErrors(t, b.expect("POST", app(first)+"/contacts", map[string]any{"name": "", "email": "not-an-email", "profile_url": "ftp://x"}, 422))
		if len(fe) != 3 {
			t.Fatalf("contact validation %v", fe)
		}

		// Interviews: a new time and an outcome go on the timeline.
		iv := b.expect("POST", app(first)+"/interviews", map[string]any{"kind": "onsite", "starts_at": "2026-06-10T14:00:00Z", "ends_at": "2026-06-10T17:00:00Z"}, 201).json(t)
		if fe := fieldErrors(t, b.expect("POST", app(first)+"/interviews", map[string]any{"kind": "coffee", "starts_at": "2026-06-10T14:00:00Z", "ends_at": "2026-06-10T13:00:00Z", "timezone": "Mars/Base"}, 422)); len(fe) != 3 {
			t.Fatalf("interview validation %v", fe)
		}
		up := b.expect("PATCH", app(first)+"/interviews/"+iv["id"].(string), map[string]any{"outcome": "passed", "starts_at": "2026-06-10T15:00:00Z", "ends_at": "2026-06-10T18:00:00Z"}, 200).json(t)
		if up["outcome"] != "passed" || up["starts_at"] != "2026-06-10T15:00:00Z" || up["kind"] != "onsite" {
			t.Fatalf("interview patch %v", up)
		}

		// Reminders: done is recorded, and a done reminder leaves the calendar.
		r := b.expect("POST", app(first)+"/reminders", map[string]any{"title": "Send portfolio", "due_at": "2026-06-03T09:00"}, 201).json(t)
		if r["due_at"] != "2026-06-03T09:00:00Z" || r["done_at"] != nil || r["kind"] != "manual" {
			t.Fatalf("reminder %v", r)
		}
		path := b.expect("POST", "/api/v1/calendar/token", nil, 201).json(t)["path"].(string)
		if feed := string(h.apiClient().expect("GET", path, nil, 200).body); !strings.Contains(feed, "SUMMARY:Send portfolio") {
			t.Fatalf("open reminder missing from the feed:\n%s", feed)
		}
		if d := b.expect("PATCH", app(first)+"/reminders/"+r["id"].(string), map[string]any{"done": true}, 200).json(t); d["done_at"] == nil || d["title"] != "Send portfolio" {
			t.Fatalf("done %v", d)
		}
		if feed := string(h.apiClient().expect("GET", path, nil, 200).body); strings.Contains(feed, "Send portfolio") || !strings.Contains(feed, "DTSTART:20260610T150000Z") {
			t.Fatalf("feed after done:\n%s", feed)
		}
		var kinds []string
		for _, e := range list(t, b.expect("GET", app(first)+"/events", nil, 200), "events") {
			kinds = append(kinds, e["kind"].(string))
		}
		want := "stage_changed note_added note_deleted contact_added interview_scheduled interview_updated reminder_added reminder_done"
		if strings.Join(kinds, " ") != want {
			t.Fatalf("timeline %v\nwant %s", kinds, want)
		}
	})
}
