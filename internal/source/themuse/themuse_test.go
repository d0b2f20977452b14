package themuse

import (
	"context"
	"net/http"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/page0.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "23000001" || d.Title != "Senior Product Designer" || d.Company != "Tallgrass Health" || d.PostedRaw != "2026-09-03T17:20:05Z" {
		t.Errorf("draft = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.PostedRaw)
	}
	if len(d.Locations) != 2 || d.Locations[1] != "Flexible / Remote" || d.Extra["level"] != "Senior Level" || d.Tags[0] != "Fast Growing Companies" {
		t.Errorf("locations %q extra %v tags %q", d.Locations, d.Extra, d.Tags)
	}
	if d.URL != "https://www.themuse.com/jobs/tallgrass/senior-product-designer-1a2b3c" || d.EmploymentType != "" {
		t.Errorf("url %q type %q", d.URL, d.EmploymentType)
	}
	if drafts[1].Extra["category"] != "Accounting; Finance" || drafts[1].Locations != nil {
		t.Errorf("draft 1 extra %v locations %q", drafts[1].Extra, drafts[1].Locations)
	}
	_, errs, err = Parse(sourcetest.Read(t, "testdata/page1.json"))
	if err != nil || len(errs) != 1 || errs[0].ID != "23000004" {
		t.Errorf("page 1: %v %+v", err, errs)
	}
	if _, _, err := Parse([]byte(`{"data":[]}`)); err == nil {
		t.Error("Parse without results: want error")
	}
}

func TestParseSharedWrappedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/themuse-jsa-202-jobs-wrapped.json")))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	if len(drafts) != 202 {
		t.Fatalf("got %d drafts, want 202", len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "22034722" || d.Title != "Materials Planner (M - F, 6am - 2:30pm)" || d.Company != "The Coca-Cola Company" ||
		d.Locations[0] != "Atlanta, GA" || d.PostedRaw != "2026-08-06T23:36:54Z" || d.Extra["level"] != "Senior Level" {
		t.Errorf("draft 0 = %q %q %q %q %q %v", d.ExternalID, d.Title, d.Company, d.Locations, d.PostedRaw, d.Extra)
	}
	if drafts[201].ExternalID != "19834461" {
		t.Errorf("last id = %q", drafts[201].ExternalID)
	}
	seen := map[string]bool{}
	for _, d := range drafts {
		seen[d.ExternalID] = true
	}
	if len(seen) != 202 {
		t.Errorf("%d distinct ids, want 202", len(seen))
	}
}

// pagedServer serves page=0 and, with status code1, page=1 of the listing whose
// other query parameters encode to filters ("" or ending in "&"); any other URI is 404.
func pagedServer(t *testing.T, code1 int, filters string) *sourcetest.Server {
	p1 := sourcetest.File(t, "testdata/page1.json")
	if code1 != http.StatusOK {
		p1 = sourcetest.Route{Status: code1, Body: []byte("boom")}
	}
	return sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/api/public/jobs?" + filters + "page=0": sourcetest.File(t, "testdata/page0.json"),
		"/api/public/jobs?" + filters + "page=1": p1,
	})
}

func TestFetchTwoPages(t *testing.T) {
	srv := pagedServer(t, http.StatusOK, "category=Design+and+UX&category=Data+and+Analytics&location=Flexible+%2F+Remote&")
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("themuse not registered")
	}
	g := &sourcetest.Recorder{}
	f, err := a.Fetch(context.Background(), g, source.Params{"base_url": srv.URL, "category": "Design and UX|Data and Analytics", "location": "Flexible / Remote"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(g.Calls()) != 2 || len(f.Drafts) != 3 || len(f.Errors) != 1 || !f.Complete {
		t.Fatalf("calls %v drafts %d errors %v complete %v", g.Calls(), len(f.Drafts), f.Errors, f.Complete)
	}
	want := srv.URL + "/api/public/jobs?category=Design+and+UX&category=Data+and+Analytics&location=Flexible+%2F+Remote&page=0"
	if g.Calls()[0] != want {
		t.Errorf("first URL = %s\nwant %s", g.Calls()[0], want)
	}
}

func TestFetchPage2Fails(t *testing.T) {
	srv := pagedServer(t, http.StatusInternalServerError, "api_key=s3cret&")
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "api_key": "s3cret"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if f.Complete || len(f.Drafts) != 2 || len(f.Errors) != 1 || f.Errors[0].ID != "page 2" {
		t.Fatalf("complete %v drafts %d errors %+v", f.Complete, len(f.Drafts), f.Errors)
	}
}
