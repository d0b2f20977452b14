package jobicy

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
	if len(drafts) != 2 || len(errs) != 1 || errs[0].ID != "160003" {
		t.Fatalf("drafts %d errors %+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "160001" || d.Title != "Staff SRE – Observability" || d.Company != "Gridline" || d.Locations[0] != "Canada,  USA" {
		t.Errorf("draft = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Locations)
	}
	c := d.Compensation
	if len(c) != 1 || *c[0].Min != 150000 || *c[0].Max != 185000 || c[0].Currency != "USD" || c[0].Period != "yearly" {
		t.Errorf("compensation = %+v", c)
	}
	if d.Extra["industry"] != "DevOps & Infrastructure" || d.Extra["seniority"] != "Senior" {
		t.Errorf("extra = %v", d.Extra)
	}
	if d2 := drafts[1]; d2.EmploymentType != "Part-Time" || d2.Extra["employment_types"] != "Part-Time; Contract" || d2.DescriptionText != "Write words." || d2.Compensation != nil {
		t.Errorf("draft 1 = %+v", d2)
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/jobicy-brete-full.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 3 {
		t.Fatalf("Parse: %v errs %v drafts %d", err, errs, len(drafts))
	}
	if d := drafts[0]; d.ExternalID != "150798" || d.Title != "(Senior) Product Director, Local Growth" || d.Company != "OKX" ||
		d.Locations[0] != "LATAM,  Hong Kong,  Mexico,  Singapore" || d.Extra["industry"] != "Product & Operations" || d.PostedRaw != "2026-08-15T15:28:49+00:00" {
		t.Errorf("draft 0 = %+v", d)
	}
	withPay := 0
	for _, d := range drafts {
		if d.Compensation != nil {
			withPay++
		}
	}
	c := drafts[2].Compensation
	if withPay != 1 || len(c) != 1 || *c[0].Min != 115000 || *c[0].Max != 115000 || c[0].Currency != "USD" || c[0].Period != "yearly" || drafts[2].Company != "GiveDirectly" {
		t.Errorf("salary on %d jobs; GiveDirectly compensation = %+v", withPay, c)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api/v2/remote-jobs": sourcetest.File(t, "testdata/remote-jobs.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("jobicy not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "geo": "usa", "tag": "go"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if uri := srv.Requests()[0]; uri != "/api/v2/remote-jobs?count=50&geo=usa&tag=go" || len(f.Drafts) != 2 || !f.Complete {
		t.Errorf("uri %q drafts %d complete %v", uri, len(f.Drafts), f.Complete)
	}
	f, err = a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "count": "3"})
	if err != nil || f.Complete {
		t.Errorf("count reached: complete %v err %v, want incomplete", f.Complete, err)
	}
}
