package rss

import (
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseCustomElements reads a company feed in windows-1252 whose items carry their place, pay and
// type in elements of their own (namespaced or not), name the employer in an Atom author, and have a
// permalink guid instead of a link.
func TestParseCustomElements(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/custom.rss"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "https://fjord.example/careers/311" || d.URL != "https://fjord.example/careers/311" || d.Title != "Platform Engineer" {
		t.Errorf("draft 0 = %q %q %q", d.ExternalID, d.URL, d.Title)
	}
	if d.Company != "Fjord Systems" || strings.Join(d.Locations, "|") != "Oslo, Norway" || d.SalaryText != "NOK 750 000 – 900 000" || d.EmploymentType != "Permanent" {
		t.Errorf("company %q locations %q salary %q type %q", d.Company, d.Locations, d.SalaryText, d.EmploymentType)
	}
	if d.DescriptionHTML != "<p>Run our <em>Kubernetes</em> fleet.</p>" || d.PostedRaw != "Fri, 4 Sep 2026 16:30:00 EST" {
		t.Errorf("description %q posted %q", d.DescriptionHTML, d.PostedRaw)
	}
	o := drafts[1]
	if o.ExternalID != "fjord-312" || o.URL != "https://fjord.example/careers/312" || o.Company != "Fjord Systems AS" || strings.Join(o.Locations, "|") != "Bergen" {
		t.Errorf("draft 1 = %q %q %q %q", o.ExternalID, o.URL, o.Company, o.Locations)
	}
	if o.DescriptionHTML != "<p>Keep us running.</p>" {
		t.Errorf("escaped description = %q", o.DescriptionHTML)
	}
}

// TestParseAtomXHTML reads an Atom entry after leading blank space, with an html title, a self link
// before the alternate one, and xhtml content.
func TestParseAtomXHTML(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/xhtml.atom"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "tag:ridge.example,2026:job-9" || d.URL != "https://ridge.example/jobs/9" || d.Title != "Data Analyst & Modeller" {
		t.Errorf("entry = %q %q %q", d.ExternalID, d.URL, d.Title)
	}
	if !strings.Contains(d.DescriptionHTML, "<p>Model <b>demand</b>.</p>") || d.PostedRaw != "2026-09-03T12:00:00Z" {
		t.Errorf("content %q posted %q", d.DescriptionHTML, d.PostedRaw)
	}
}
