package rss

import (
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseTitles splits "Role at Company (Place)" and "Company is hiring a Role" titles only where the
// pattern is unambiguous (a parenthesis that names no place stays on the role), and resolves relative links against the item's xml:base or the channel link.
func TestParseTitles(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/titles.rss"))
	if err != nil || len(errs) != 0 || len(drafts) != 10 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	want := []struct{ title, company, locations, url string }{
		{"Senior Engineer", "Acme", "Berlin", "https://jobs.example.org/jobs/1"},
		{"Senior Engineer", "Acme", "", "https://acme.example.com/careers/jobs/2"},
		{"Data Scientist", "Initech", "Remote, EU", "https://initech.example/jobs/3"},
		{"Meet our team at the summit", "", "", "https://jobs.example.org/board/jobs/4"},
		{"Backend Developer (m/w/d)", "Globex", "", "https://jobs.example.org/board/jobs/5"},
		{"Product Manager", "Hooli", "", "https://jobs.example.org/board/jobs/6"},
		{"Engineer at Pied Piper", "Hooli", "", "https://jobs.example.org/board/jobs/7"},
		{"Designer at Umbrella at Night", "", "", "https://jobs.example.org/board/jobs/8"},
		{"Data Engineer (Contract)", "Stark", "", "https://jobs.example.org/board/jobs/9"},
		{"Staff Engineer", "Wayne Enterprises", "Gotham, NJ", "mailto:jobs@wayne.example"},
	}
	for i, w := range want {
		d := drafts[i]
		if d.Title != w.title || d.Company != w.company || strings.Join(d.Locations, "|") != w.locations || d.URL != w.url {
			t.Errorf("item %d = %q %q %q %q, want %q %q %q %q", i, d.Title, d.Company, d.Locations, d.URL, w.title, w.company, w.locations, w.url)
		}
	}
	if drafts[0].ExternalID != "job-1" || drafts[3].ExternalID != "https://jobs.example.org/board/jobs/4" {
		t.Errorf("ids = %q %q", drafts[0].ExternalID, drafts[3].ExternalID)
	}
}

// TestParseAtomBase resolves entry links against the feed's and the entry's xml:base and splits the
// entry title as an RSS one.
func TestParseAtomBase(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/base.atom"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	a, b := drafts[0], drafts[1]
	if a.URL != "https://careers.example.net/en/jobs/qa-lead" || a.Title != "QA Lead" || a.Company != "Vandelay" || strings.Join(a.Locations, "|") != "Lisbon" {
		t.Errorf("entry 0 = %q %q %q %q", a.URL, a.Title, a.Company, a.Locations)
	}
	if b.URL != "https://careers.example.net/other/analyst" || b.Title != "Analyst" {
		t.Errorf("entry 1 = %q %q", b.URL, b.Title)
	}
}

// TestParseRelativeNoBase leaves a relative link out of the address when the feed gives no base.
func TestParseRelativeNoBase(t *testing.T) {
	body := []byte(`<rss><channel><item><title>Cook</title><link>/jobs/9</link></item></channel></rss>`)
	drafts, errs, err := Parse(body)
	if err != nil || len(errs) != 0 || len(drafts) != 1 || drafts[0].URL != "" || drafts[0].ExternalID != "/jobs/9" {
		t.Fatalf("Parse: %v %+v %+v", err, errs, drafts)
	}
}

// TestSplitTitleLeavesIdioms leaves whole the titles whose "at" is no employer ("Work at Home", "Work at
// Height", "at Scale"), cuts the company at a dash or bar, and takes a parenthesis as a place only when it
// is no level, count or skill-like word.
func TestSplitTitleLeavesIdioms(t *testing.T) {
	for _, title := range []string{
		"Customer Service Representative - Work at Home", "Work At Height Supervisor", "Engineer at Scale",
		"Operator at Night", "Nurse at Home (Part-time)",
	} {
		if role, company, place, ok := splitTitle(title); ok {
			t.Errorf("splitTitle(%q) = %q %q %q, want it left whole", title, role, company, place)
		}
	}
	tests := []struct{ title, role, company, place string }{
		{"Engineer at Acme - Remote", "Engineer", "Acme", "Remote"},
		{"Engineer at Acme | Berlin", "Engineer", "Acme", "Berlin"},
		{"Engineer at Acme (Senior)", "Engineer (Senior)", "Acme", ""},
		{"Engineer at Acme (2 positions)", "Engineer (2 positions)", "Acme", ""},
		{"Senior Engineer at Acme (Berlin)", "Senior Engineer", "Acme", "Berlin"},
	}
	for _, tt := range tests {
		role, company, place, ok := splitTitle(tt.title)
		if !ok || role != tt.role || company != tt.company || place != tt.place {
			t.Errorf("splitTitle(%q) = %q %q %q %v, want %q %q %q", tt.title, role, company, place, ok, tt.role, tt.company, tt.place)
		}
	}
}
