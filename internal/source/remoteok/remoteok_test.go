package remoteok

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/api.json"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(drafts) != 2 {
		t.Fatalf("got %d drafts, want 2", len(drafts))
	}
	if len(errs) != 2 || errs[0].ID != "900003" || errs[0].Index != 3 || errs[1].ID != "900004" {
		t.Fatalf("item errors = %+v, want 900003 at index 3 and 900004", errs)
	}
	d := drafts[0]
	if d.ExternalID != "900001" || d.Title != "Senior Go Engineer & Mentor" || d.Company != "Lumen Labs" {
		t.Errorf("draft 0 = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if len(d.Locations) != 1 || d.Locations[0] != "Berlin, Germany" {
		t.Errorf("locations = %q", d.Locations)
	}
	if d.PostedRaw != "2026-09-21T10:06:40+00:00" || d.Remote == nil || !*d.Remote {
		t.Errorf("posted %q remote %v", d.PostedRaw, d.Remote)
	}
	if len(d.Compensation) != 1 || *d.Compensation[0].Min != 90000 || *d.Compensation[0].Max != 120000 || d.Compensation[0].Currency != "USD" {
		t.Errorf("compensation = %+v", d.Compensation)
	}
	if strings.Join(d.Tags, ",") != "golang,backend,postgres" {
		t.Errorf("tags = %q", d.Tags)
	}
	if d2 := drafts[1]; d2.ExternalID != "900002" || d2.Compensation != nil || d2.Locations != nil {
		t.Errorf("draft 1 = %+v (numeric id, 0 salary = none, no location)", d2)
	}
}

func TestParseRejectsNonArray(t *testing.T) {
	if _, _, err := Parse([]byte(`{"jobs":[]}`)); err == nil {
		t.Fatal("Parse of an object: want error")
	}
}

func TestParseSharedCaptures(t *testing.T) {
	body := sourcetest.Read(t, testutil.SharedFile(t, "job-apis/remoteok-brete-full.json"))
	drafts, errs, err := Parse(body)
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	if len(drafts) != 3 {
		t.Fatalf("got %d drafts, want 3 (4 elements less the legal notice)", len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "1136719" || d.Title != "Shop Assistant Cammeray" || d.Company != "Harris Farm Markets" {
		t.Errorf("first = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if d.Locations[0] != "Cammeray" || d.PostedRaw != "2026-08-14T17:36:11+00:00" || d.Compensation != nil {
		t.Errorf("first location %q posted %q comp %+v", d.Locations, d.PostedRaw, d.Compensation)
	}

	body = sourcetest.Read(t, testutil.SharedFile(t, "job-apis/remoteok-jobagent.json"))
	drafts, errs, err = Parse(body)
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse jobagent: %v %v", err, errs)
	}
	if len(drafts) != 2 || drafts[0].ExternalID != "1136372" || drafts[0].Company != "PAYTM SERVICES PVT LTD" || drafts[0].Locations[0] != "Krishnagiri" {
		t.Errorf("jobagent drafts = %+v", drafts)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api": sourcetest.File(t, "testdata/api.json")})

	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("remoteok adapter not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL + "/", "tag": "golang"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(f.Drafts) != 2 || len(f.Errors) != 2 || f.Complete || f.Fetched.IsZero() {
		t.Fatalf("fetched %d drafts, %d errors, complete %v", len(f.Drafts), len(f.Errors), f.Complete)
	}
	if uri := srv.Requests()[0]; uri != "/api?tag=golang" {
		t.Errorf("uri = %q", uri)
	}
}

func TestFetchServerError(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api": {Status: http.StatusInternalServerError, Body: []byte("down")}})
	if _, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL}); err == nil {
		t.Fatal("Fetch on 500: want error")
	}
	if _, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": "ftp://x"}); err == nil {
		t.Fatal("Fetch with a non-http base_url: want error")
	}
}
