package application

import (
	"testing"
	"time"
)

func TestParseWhenAcrossClockChanges(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	cases := []struct{ in, want, err string }{
		{"2026-03-28T09:00", "2026-03-28T08:00:00Z", ""},          // CET, UTC+1
		{"2026-03-29T09:00", "2026-03-29T07:00:00Z", ""},          // CEST from 02:00 that day
		{"2026-03-29T02:30", "", "does not exist"},                // skipped hour
		{"2026-10-25T02:30", "2026-10-25T00:30:00Z", ""},          // repeated hour: the first (CEST) one
		{"2026-10-25T03:30", "2026-10-25T02:30:00Z", ""},          // after the change, CET
		{"2026-03-29T09:00:00-04:00", "2026-03-29T13:00:00Z", ""}, // an explicit offset wins over the zone
		{"2026-03-29 18:45:10", "2026-03-29T16:45:10Z", ""},
		{"tomorrow", "", "must be a date and time"},
	}
	for _, c := range cases {
		got, err := ParseWhen(c.in, berlin)
		if c.err != "" {
			if err == nil || !contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || got.Format(time.RFC3339) != c.want {
			t.Errorf("%s: %v %v, want %s", c.in, got, err, c.want)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestFollowUpDueKeepsWallClock(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	applied := time.Date(2026, 10, 29, 14, 0, 0, 0, time.UTC) // 10:00 EDT
	due := FollowUpDue(applied, 7, ny)                        // 2026-11-05 10:00 EST after the 11-01 change
	if due.Format(time.RFC3339) != "2026-11-05T15:00:00Z" {
		t.Fatalf("due %s", due)
	}
	if FollowUpDue(applied, 7, time.UTC).Format(time.RFC3339) != "2026-11-05T14:00:00Z" {
		t.Fatal("UTC follow-up must be exactly 7×24h")
	}
	if Local(due, "America/New_York") != "2026-11-05T10:00:00-05:00" || Local(due, "Nowhere/Else") != "2026-11-05T15:00:00Z" {
		t.Fatalf("local %s", Local(due, "America/New_York"))
	}
}

func TestParseDateOfSpreadsheets(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	cases := map[string]string{
		"2026-01-31":   "2026-01-31T08:00:00Z",
		"01/31/2026":   "2026-01-31T08:00:00Z",
		"31/01/2026":   "2026-01-31T08:00:00Z", // 31 cannot be a month
		"3/4/26":       "2026-03-04T08:00:00Z", // month first; PST until 03-08
		"31.01.2026":   "2026-01-31T08:00:00Z",
		"Jan 31, 2026": "2026-01-31T08:00:00Z",
		"31 Jan 2026":  "2026-01-31T08:00:00Z",
		"2026-07-01":   "2026-07-01T07:00:00Z", // PDT
	}
	for in, want := range cases {
		got, err := parseDate(in, la)
		if err != nil || got.Format(time.RFC3339) != want {
			t.Errorf("%s: %v %v, want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"02/30/2026", "13/13/2026", "soon"} {
		if _, err := parseDate(bad, la); err == nil {
			t.Errorf("%s must be refused", bad)
		}
	}
}

func TestStageWordsAndHeaders(t *testing.T) {
	for word, want := range map[string]string{"Phone Screen": "screening", "WISHLIST": "saved", "No response": "ghosted", "Offer Accepted": "accepted",
		"interview scheduled": "interviewing", "Withdrew": "withdrawn", "Not selected": "rejected", "applied": "applied"} {
		if got := stageWords[headerKey(word)]; got != want {
			t.Errorf("%q → %q, want %q", word, got, want)
		}
	}
	for h, want := range map[string]string{"\ufeffCompany Name": "company", "Job Title": "title", "Date Applied": "date_applied", "date_applied": "date_applied",
		"stage_offer": "stage_offer", "Favourite colour": ""} {
		if got := aliases[headerKey(h)]; got != want {
			t.Errorf("header %q → %q, want %q", h, got, want)
		}
	}
}
