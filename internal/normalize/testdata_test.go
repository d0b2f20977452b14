package normalize

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestDraftOwnTestdata runs without the shared captures: a hand-written Greenhouse response in the board's
// wire format (Rails JSON escapes, entity-escaped content, a pay-transparency block, a doubly escaped job).
func TestDraftOwnTestdata(t *testing.T) {
	b, err := os.ReadFile("testdata/greenhouse-jobs-content.json")
	if err != nil {
		t.Fatal(err)
	}
	var g ghJobs
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	var ps []posting.Posting
	for _, j := range g.Jobs {
		ps = append(ps, Draft(posting.Draft{ExternalID: jsonNumber(j.ID), Title: j.Title, Company: "Example Inc.",
			DescriptionHTML: j.Content, Locations: []string{j.Location.Name}, UpdatedRaw: j.UpdatedAt, URL: j.AbsoluteURL}, now))
	}
	p := ps[0]
	wantText := "We're building tools for teams & their customers.\nWhat you'll do\n- Design APIs in Go\n- Run PostgreSQL at scale\nUS Base Salary Range\n$150,000—$190,000 USD"
	if p.DescriptionText != wantText {
		t.Errorf("text\n%q\nwant\n%q", p.DescriptionText, wantText)
	}
	wantHTML := "<div><p>We&#39;re building tools for teams &amp; their customers.</p></div><h3>What you&#39;ll do</h3>" +
		"<ul><li>Design APIs in Go</li><li>Run PostgreSQL at scale</li></ul><div><div><div>US Base Salary Range</div>" +
		"<div>$150,000—$190,000 USD</div></div></div>"
	if p.DescriptionHTML != wantHTML {
		t.Errorf("html\n%q\nwant\n%q", p.DescriptionHTML, wantHTML)
	}
	if p.Salary.Min != 150000 || p.Salary.Max != 190000 || p.Salary.Currency != "USD" || p.Salary.Source != "description" {
		t.Errorf("salary %+v", p.Salary)
	}
	if p.Title != "Senior Backend Engineer" || p.Seniority != "senior" || p.CompanyKey != "example" {
		t.Errorf("title %q seniority %q company %q", p.Title, p.Seniority, p.CompanyKey)
	}
	if p.WorkMode != "remote" || !slices.Equal(p.RemoteRegions, []string{"US"}) || p.URL != "https://boards.greenhouse.io/example/jobs/4001" {
		t.Errorf("mode %q %v url %q", p.WorkMode, p.RemoteRegions, p.URL)
	}
	if !p.UpdatedAt.Equal(time.Date(2026, 7, 30, 13, 15, 0, 0, time.UTC)) {
		t.Errorf("updated %v", p.UpdatedAt)
	}

	q := ps[1]
	if q.DescriptionText != "Escaped twice & still one ampersand." || q.Seniority != "mid" {
		t.Errorf("doubly escaped: %q, seniority %q", q.DescriptionText, q.Seniority)
	}
	wantLocs := []posting.Location{{City: "Atlanta", Region: "US-GA", Country: "US", Raw: "Atlanta, GA"},
		{City: "Tbilisi", Country: "GE", Raw: "Tbilisi, Georgia"}}
	if !equalLocs(q.Locations, wantLocs) {
		t.Errorf("locations %+v", q.Locations)
	}
}
