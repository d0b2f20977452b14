package api_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestInterviewTimeZonesAndCalendar(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
		h.apps.SetClock(func() time.Time { return now })
		b := h.registerBrowser("tz@example.com")
		b.expect("PATCH", "/api/v1/preferences", map[string]any{"timezone": "America/New_York"}, 200)
		id := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme; Labs, Inc.", "title": "Engineer", "stage": "interviewing"}, 201).json(t)["id"].(string)
		base := "/api/v1/applications/" + id

		// 2026-03-08 is the day New York springs forward (02:00 → 03:00 EST → EDT). 09:30 local is EDT, UTC-4.
		iv := b.expect("POST", base+"/interviews", map[string]any{"kind": "technical", "starts_at": "2026-03-08T09:30", "ends_at": "2026-03-08T10:15",
			"interviewers": []string{"Priya Raman", "Lee"}, "meeting_url": "https://meet.example.com/xyz", "notes": "System design, bring questions"}, 201).json(t)
		if iv["starts_at"] != "2026-03-08T13:30:00Z" || iv["ends_at"] != "2026-03-08T14:15:00Z" || iv["timezone"] != "America/New_York" ||
			iv["starts_local"] != "2026-03-08T09:30:00-04:00" {
			t.Fatalf("interview %v", iv)
		}
		// The day before, 09:30 local was EST, UTC-5.
		before := b.expect("POST", base+"/interviews", map[string]any{"kind": "phone_screen", "starts_at": "2026-03-07T09:30"}, 201).json(t)
		if before["starts_at"] != "2026-03-07T14:30:00Z" || before["ends_at"] != "2026-03-07T15:30:00Z" {
			t.Fatalf("interview before the change %v", before)
		}
		// 02:30 does not exist in New York on that day.
		fe := fieldErrors(t, b.expect("POST", base+"/interviews", map[string]any{"starts_at": "2026-03-08T02:30"}, 422))
		if !strings.Contains(fe["starts_at"], "does not exist") {
			t.Fatalf("skipped wall time %v", fe)
		}
		// Made by a recruiter in Berlin (explicit zone), read by our New York user: the instant is the same.
		ber := b.expect("POST", base+"/interviews", map[string]any{"kind": "onsite", "starts_at": "2026-03-29T09:00", "timezone": "Europe/Berlin", "location": "HQ, Room 4"}, 201).json(t)
		if ber["starts_at"] != "2026-03-29T07:00:00Z" || ber["starts_local"] != "2026-03-29T09:00:00+02:00" {
			t.Fatalf("berlin interview %v", ber)
		}
		nyc, _ := time.LoadLocation("America/New_York")
		st, _ := time.Parse(time.RFC3339, ber["starts_at"].(string))
		if got := st.In(nyc).Format("2006-01-02 15:04 MST"); got != "2026-03-29 03:00 EDT" {
			t.Fatalf("shown in New York as %s", got)
		}

		ics := b.expect("GET", base+"/interviews/"+iv["id"].(string)+"/ics", nil, 200)
		if ct := ics.header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
			t.Fatalf("content type %q", ct)
		}
		body := string(ics.body)
		for _, want := range []string{"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "UID:interview-" + iv["id"].(string) + "@career-copilot\r\n",
			"DTSTAMP:20260301T120000Z\r\n", "DTSTART:20260308T133000Z\r\n", "DTEND:20260308T141500Z\r\n",
			"SUMMARY:Technical interview: Acme\\; Labs\\, Inc.\r\n", "Interviewers: Priya Raman\\, Lee", "END:VCALENDAR\r\n"} {
			if !strings.Contains(body, want) {
				t.Fatalf("ics lacks %q:\n%s", want, body)
			}
		}
		for _, line := range strings.Split(body, "\r\n") {
			if len(line) > 75 {
				t.Fatalf("unfolded line of %d octets: %q", len(line), line)
			}
		}

		// The secret feed: off, on, readable without a session, revoked.
		if b.expect("GET", "/api/v1/calendar", nil, 200).json(t)["enabled"] != false {
			t.Fatal("calendar on by default")
		}
		tok := b.expect("POST", "/api/v1/calendar/token", nil, 201).json(t)
		path := tok["path"].(string)
		b.expect("POST", base+"/reminders", map[string]any{"title": "Send thank-you note", "due_at": "2026-03-09T08:00"}, 201)
		feed := h.apiClient().expect("GET", path, nil, 200)
		fb := string(feed.body)
		if strings.Count(fb, "BEGIN:VEVENT") != 4 || !strings.Contains(fb, "DTSTART:20260329T070000Z") || !strings.Contains(fb, "SUMMARY:Send thank-you note\r\n") ||
			!strings.Contains(fb, "DTSTART:20260309T120000Z") {
			t.Fatalf("feed:\n%s", fb)
		}
		again := b.expect("POST", "/api/v1/calendar/token", nil, 201).json(t)["path"].(string)
		h.apiClient().expect("GET", path, nil, 404) // rotating revokes the old URL
		h.apiClient().expect("GET", again, nil, 200)
		b.expect("DELETE", "/api/v1/calendar/token", nil, 204)
		h.apiClient().expect("GET", again, nil, 404)
		h.apiClient().expect("GET", "/api/v1/calendar/nope.ics", nil, 404)
	})
}

func TestFollowUpsBecomeNotificationsOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		now := time.Date(2026, 10, 20, 15, 0, 0, 0, time.UTC)
		h.apps.SetClock(func() time.Time { return now })
		b := h.registerBrowser("follow@example.com")
		b.expect("PATCH", "/api/v1/preferences", map[string]any{"timezone": "Europe/Berlin", "follow_up_days": 7}, 200)
		quiet := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Quiet Co", "title": "Dev", "stage": "applied"}, 201).json(t)["id"].(string)
		answered := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Fast Co", "title": "Dev", "stage": "applied"}, 201).json(t)["id"].(string)
		b.expect("POST", "/api/v1/applications", map[string]any{"company": "Later Co", "title": "Dev"}, 201) // saved: no follow-up
		b.expect("POST", "/api/v1/applications/"+answered+"/stage", map[string]any{"stage": "screening"}, 200)

		ctx := t.Context()
		if n, err := h.apps.SweepFollowUps(ctx); err != nil || n != 1 {
			t.Fatalf("sweep: %d %v", n, err)
		}
		if n, _ := h.apps.SweepFollowUps(ctx); n != 0 {
			t.Fatalf("second sweep made %d", n)
		}
		rem := list(t, b.expect("GET", "/api/v1/applications/"+quiet+"/reminders", nil, 200), "reminders")
		// Applied 2026-10-20 17:00 Berlin (CEST); seven days later is 2026-10-27 17:00 Berlin, now CET (UTC+1) after the clocks went back.
		if len(rem) != 1 || rem[0]["kind"] != "follow_up" || rem[0]["due_at"] != "2026-10-27T16:00:00Z" || rem[0]["title"] != "Follow up with Quiet Co about Dev" {
			t.Fatalf("follow-up %v", rem)
		}
		if n, _ := h.apps.NotifyDue(ctx); n != 0 {
			t.Fatalf("notified %d before the due time", n)
		}
		now = time.Date(2026, 10, 27, 16, 0, 0, 0, time.UTC)
		var wg sync.WaitGroup
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); _, _ = h.apps.NotifyDue(ctx) }()
		}
		wg.Wait()
		if n, _ := h.apps.NotifyDue(ctx); n != 0 {
			t.Fatalf("a reminder notified again: %d", n)
		}
		if c := b.expect("GET", "/api/v1/notifications/unread-count", nil, 200).json(t)["count"]; c != 1.0 {
			t.Fatalf("unread %v", c)
		}
		ns := list(t, b.expect("GET", "/api/v1/notifications?unread=true", nil, 200), "notifications")
		if len(ns) != 1 || ns[0]["title"] != "Follow up with Quiet Co about Dev" || ns[0]["link"] != "/applications/"+quiet || ns[0]["body"] != "Quiet Co — Dev" {
			t.Fatalf("notifications %v", ns)
		}
		other := h.registerBrowser("other-follow@example.com")
		other.expect("POST", "/api/v1/notifications/"+ns[0]["id"].(string)+"/read", nil, 404)
		b.expect("POST", "/api/v1/notifications/"+ns[0]["id"].(string)+"/read", nil, 204)
		if c := b.expect("GET", "/api/v1/notifications/unread-count", nil, 200).json(t)["count"]; c != 0.0 {
			t.Fatalf("unread after read %v", c)
		}
		// The timeline shows where the follow-up came from.
		ev := list(t, b.expect("GET", "/api/v1/applications/"+quiet+"/events", nil, 200), "events")
		if last := ev[len(ev)-1]; last["kind"] != "reminder_added" || last["origin"] != "system" {
			t.Fatalf("last event %v", last)
		}
		// A response closes the open follow-up of an application that is moved on.
		b.expect("POST", "/api/v1/applications/"+quiet+"/stage", map[string]any{"stage": "rejected"}, 200)
		if r := list(t, b.expect("GET", "/api/v1/applications/"+quiet+"/reminders", nil, 200), "reminders"); r[0]["done_at"] == nil {
			t.Fatalf("follow-up still open after rejection %v", r)
		}
	})
}

func TestConcurrentMovesThroughTheAPIKeepHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("race@example.com")
		id := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Race", "title": "Dev"}, 201).json(t)["id"].(string)
		stages := []string{"applied", "screening", "interviewing", "offer", "rejected"}
		var wg sync.WaitGroup
		codes := make(chan int, 20)
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				codes <- b.do("POST", "/api/v1/applications/"+id+"/stage", map[string]any{"stage": stages[i%len(stages)], "origin": "board"}).status
			}(i)
		}
		wg.Wait()
		close(codes)
		for c := range codes {
			if c != 200 {
				t.Fatalf("a concurrent move answered %d", c)
			}
		}
		ev := list(t, b.expect("GET", "/api/v1/applications/"+id+"/events", nil, 200), "events")
		prev := ""
		for i, e := range ev {
			if e["from_stage"] != prev || e["seq"] != float64(i+1) {
				t.Fatalf("broken history at %d: %v", i, ev)
			}
			prev = e["to_stage"].(string)
		}
		if app := b.expect("GET", "/api/v1/applications/"+id, nil, 200).json(t); app["stage"] != prev {
			t.Fatalf("history ends at %s, stage is %s", prev, app["stage"])
		}
	})
}
