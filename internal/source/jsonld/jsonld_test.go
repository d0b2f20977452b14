package jsonld

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/careers.html"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(drafts) != 2 {
		t.Fatalf("got %d drafts, want 2", len(drafts))
	}
	// script 3 does not decode; the untitled posting is the third JobPosting found.
	if len(errs) != 2 || errs[0].ID != "script 3" || errs[0].Index != 2 || errs[1].Index != 2 || !strings.Contains(errs[1].Err, "title") {
		t.Fatalf("errors = %+v", errs)
	}
	d := drafts[0]
	if d.ExternalID != "TW-1042" || d.Title != "Controls Engineer & Integrator" || d.Company != "Tidewater Robotics" || d.EmploymentType != "FULL_TIME" || d.Extra["employment_types"] != "FULL_TIME; CONTRACTOR" {
		t.Errorf("draft 0 = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.EmploymentType)
	}
	if strings.Join(d.Locations, "|") != "Norfolk, VA, US|Rotterdam, NL" {
		t.Errorf("locations = %q", d.Locations)
	}
	if d.DescriptionHTML != "&lt;p&gt;Tune our &lt;b&gt;motion&lt;/b&gt; controllers.&lt;/p&gt;" || d.DescriptionText != "" {
		t.Errorf("escaped HTML description should stay HTML as given: %q / %q", d.DescriptionHTML, d.DescriptionText)
	}
	c := d.Compensation
	if len(c) != 1 || *c[0].Min != 95000 || *c[0].Max != 125000 || c[0].Currency != "USD" || c[0].Period != "YEAR" {
		t.Errorf("compensation = %+v", c)
	}
	if d.PostedRaw != "2026-09-08" || d.Extra["valid_through"] != "2026-11-30T23:59:00-05:00" || d.Remote != nil {
		t.Errorf("posted %q extra %v remote %v", d.PostedRaw, d.Extra, d.Remote)
	}
	r := drafts[1]
	if r.Title != "Remote Support Specialist" || r.Company != "Tidewater Robotics" || r.ExternalID != "https://tidewater.example/jobs/TW-1043" {
		t.Errorf("draft 1 = %q %q %q", r.Title, r.Company, r.ExternalID)
	}
	if r.Remote == nil || !*r.Remote || r.WorkplaceType != "TELECOMMUTE" || strings.Join(r.Locations, "|") != "USA|Ontario" || r.Extra["applicant_locations"] != "USA; Ontario" {
		t.Errorf("remote %v %q locations %q extra %v", r.Remote, r.WorkplaceType, r.Locations, r.Extra)
	}
	if r.DescriptionText != "Help customers by chat.\nNo weekends." || r.DescriptionHTML != "" {
		t.Errorf("plain description = %q", r.DescriptionText)
	}
	if c := r.Compensation; len(c) != 1 || *c[0].Min != 24 || *c[0].Max != 24 || c[0].Period != "HOUR" {
		t.Errorf("hourly compensation = %+v", c)
	}
}

func TestParseNoPostings(t *testing.T) {
	_, _, err := Parse([]byte(`<html><head><script type="application/ld+json">{"@type":"WebSite","name":"x"}</script></head></html>`))
	if !errors.Is(err, ErrNoPostings) {
		t.Fatalf("err = %v, want ErrNoPostings", err)
	}
	if _, _, err := Parse([]byte(`{"jobs":[]}`)); !errors.Is(err, ErrNoPostings) {
		t.Fatalf("JSON body: err = %v, want ErrNoPostings", err)
	}
}

func TestRepair(t *testing.T) {
	got := repair("{\"a\": [1, 2, ], \"b\": \"x,}\ny\",\n}")
	if got != "{\"a\": [1, 2 ], \"b\": \"x,}\\ny\"\n}" {
		t.Errorf("repair = %q", got)
	}
}

func TestParseSharedEightfold(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "jsonld-html/eightfold-amdocs-job-page-jsonld.html")))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.Title != "Software Support Specialist" || d.Company != "Amdocs" || d.EmploymentType != "FULL_TIME" || d.PostedRaw != "2026-07-27T13:21:22" {
		t.Errorf("draft = %q %q %q %q", d.Title, d.Company, d.EmploymentType, d.PostedRaw)
	}
	if len(d.Locations) != 1 || d.Locations[0] != "HKI, Uusimaa,FI, FI" || d.Extra["valid_through"] != "2027-01-23T13:21:22" {
		t.Errorf("locations %q extra %v", d.Locations, d.Extra)
	}
	if !strings.HasPrefix(d.URL, "http://amdocs.eightfold.ai/careers/job/563431013427445-") || d.ExternalID != d.URL {
		t.Errorf("url %q id %q", d.URL, d.ExternalID)
	}
	if !strings.HasPrefix(d.DescriptionText, "Required Travel :Minimal") || d.DescriptionHTML != "" {
		t.Errorf("plain-text description expected, got html=%d text=%q", len(d.DescriptionHTML), d.DescriptionText[:30])
	}
}

func TestParseSharedSchemaOrgExamples(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "jsonld-html/schemaorg-jobposting-examples.txt")))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	if len(drafts) != 12 {
		t.Fatalf("got %d drafts, want the 12 JSON examples", len(drafts))
	}
	first := drafts[0]
	if first.Title != "Software Engineer" || first.Locations[0] != "Kirkland, WA" || first.EmploymentType != "Full-time" || first.PostedRaw != "2011-10-31" {
		t.Errorf("eg-0028 = %q %q %q %q", first.Title, first.Locations, first.EmploymentType, first.PostedRaw)
	}
	if c := first.Compensation; len(c) != 1 || *c[0].Min != 100000 || c[0].Currency != "USD" {
		t.Errorf("eg-0028 salary = %+v", c)
	}
	if first.Extra["industry"] != "Computer Software" || first.Extra["work_hours"] != "40 hours per week" {
		t.Errorf("eg-0028 extra = %v", first.Extra)
	}
	byTitle := map[string]int{}
	for _, d := range drafts {
		byTitle[d.Title]++
	}
	if byTitle["Mobile App Developer"] != 1 || byTitle["Telecommute from anywhere in USA!"] != 1 || byTitle["Systems Research Engineer"] != 4 {
		t.Errorf("titles = %v", byTitle)
	}
	for _, d := range drafts {
		switch d.Title {
		case "Mobile App Developer":
			if d.Company != "ACME Software" {
				t.Errorf("eg-0251 company = %q", d.Company)
			}
		case "Telecommute from anywhere in USA!":
			if d.Extra["applicant_locations"] != "USA" {
				t.Errorf("eg-0268 applicant locations = %q", d.Extra["applicant_locations"])
			}
		case "Junior software developer":
			if d.Company == "ACME Corp." && d.Department != "ITS - Division C" {
				t.Errorf("eg-0281 department = %q", d.Department)
			}
		}
	}
}

func TestFetch(t *testing.T) {
	page := []byte(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Welder","hiringOrganization":{"name":"Forge Co"}}</script></head></html>`)
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/jobs/welder": {ContentType: "text/html; charset=utf-8", Body: page}})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("jsonld not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"url": srv.URL + "/jobs/welder"})
	if err != nil || len(f.Drafts) != 1 || !f.Complete {
		t.Fatalf("Fetch: %v %+v", err, f)
	}
	if f.Drafts[0].URL != srv.URL+"/jobs/welder" || f.Drafts[0].Company != "Forge Co" {
		t.Errorf("draft url %q company %q", f.Drafts[0].URL, f.Drafts[0].Company)
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"url": "file:///etc/passwd"}); err == nil {
		t.Error("non-http url: want error")
	}
}
