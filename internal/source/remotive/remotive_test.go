package remotive

import (
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/remote-jobs.json"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(drafts) != 2 || len(errs) != 1 || errs[0].ID != "3000103" || errs[0].Index != 2 {
		t.Fatalf("got %d drafts, errors %+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "3000101" || d.Title != "Platform Engineer (Go & Kubernetes)" || d.Company != "Northwind Cloud" {
		t.Errorf("draft = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if d.SalaryText != "€70k - €85k" || d.EmploymentType != "full_time" || d.PostedRaw != "2026-09-02T14:05:11" {
		t.Errorf("salary %q type %q posted %q", d.SalaryText, d.EmploymentType, d.PostedRaw)
	}
	if len(d.Locations) != 1 || d.Locations[0] != "Europe, UK" || d.Extra["category"] != "Software Development" {
		t.Errorf("locations %q extra %v", d.Locations, d.Extra)
	}
	if drafts[1].Locations != nil {
		t.Errorf("empty location should give no location, got %q", drafts[1].Locations)
	}
}

func TestParseRejectsOtherShapes(t *testing.T) {
	for _, body := range []string{`[]`, `{"data":[]}`, `not json`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s): want error", body)
		}
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/remotive-brete-full.json")))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	if len(drafts) != 3 {
		t.Fatalf("got %d drafts, want 3", len(drafts))
	}
	want := []struct{ id, title, company, loc, salary, typ string }{
		{"2091093", "Face Deduplication Collection", "TELUS Digital", "USA", "Pay per task", "part_time"},
		{"1680495", "Remote Office Assistant", "Coalition Technologies ", "Worldwide", "$31,2k- $52k", "full_time"},
		{"2086540", "Inside Sales Contractor", "Credit Wellness, LLC", "Worldwide", "OTE $25k - $35k", "full_time"},
	}
	for i, w := range want {
		d := drafts[i]
		if d.ExternalID != w.id || d.Title != w.title || d.Company != w.company || d.Locations[0] != w.loc || d.SalaryText != w.salary || d.EmploymentType != w.typ {
			t.Errorf("draft %d = %q %q %q %q %q %q", i, d.ExternalID, d.Title, d.Company, d.Locations, d.SalaryText, d.EmploymentType)
		}
	}
	if drafts[0].PostedRaw != "2026-08-13T06:25:53" {
		t.Errorf("posted = %q", drafts[0].PostedRaw)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api/remote-jobs": sourcetest.File(t, "testdata/remote-jobs.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("remotive not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "category": "software-dev", "search": "go"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if uri := srv.Requests()[0]; uri != "/api/remote-jobs?category=software-dev&search=go" {
		t.Errorf("uri = %q", uri)
	}
	if len(f.Drafts) != 2 || len(f.Errors) != 1 || !f.Complete {
		t.Errorf("fetched %d drafts %d errors complete=%v", len(f.Drafts), len(f.Errors), f.Complete)
	}
	f, err = a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "limit": "3"})
	if err != nil || f.Complete {
		t.Errorf("limit reached: complete=%v err=%v, want incomplete", f.Complete, err)
	}
}
