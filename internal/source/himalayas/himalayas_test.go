package himalayas

import (
	"context"
	"net/http"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/page1.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "https://himalayas.app/companies/fernwood/jobs/senior-rust-engineer" || d.Title != "Senior Rust Engineer" || d.Company != "Fernwood" {
		t.Errorf("draft = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if len(d.Locations) != 2 || d.Locations[1] != "Netherlands" || d.PostedRaw != "1788990000" || d.Extra["expires"] != "1794174000" || d.Extra["timezones"] != "0,1,2" {
		t.Errorf("locations %q posted %q extra %v", d.Locations, d.PostedRaw, d.Extra)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 140000 || *c[0].Max != 170000 || c[0].Currency != "EUR" || c[0].Period != "annual" {
		t.Errorf("compensation = %+v", d.Compensation)
	}
	tutor := drafts[1]
	if tutor.Company != "brightpath" {
		t.Errorf("placeholder company name should fall back to the slug, got %q", tutor.Company)
	}
	if c := tutor.Compensation; len(c) != 1 || *c[0].Min != 25 || c[0].Max != nil || c[0].Period != "hourly" {
		t.Errorf("tutor compensation = %+v", c)
	}
	drafts, errs, err = Parse(sourcetest.Read(t, "testdata/page2.json"))
	if err != nil || len(drafts) != 1 || drafts[0].Compensation != nil || len(errs) != 1 || errs[0].Index != 1 {
		t.Errorf("page 2: %v drafts %d errs %+v", err, len(drafts), errs)
	}
	if _, _, err := Parse([]byte(`[]`)); err == nil {
		t.Error("Parse of an array: want error")
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/himalayas-brete-full.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 3 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.Company != "alignment-health" || d.Locations[0] != "United States" || d.EmploymentType != "Full Time" || d.PostedRaw != "1786813232" {
		t.Errorf("draft 0 = %q %q %q %q", d.Company, d.Locations, d.EmploymentType, d.PostedRaw)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 77905 || *c[0].Max != 116858 || c[0].Currency != "USD" || c[0].Period != "annual" {
		t.Errorf("draft 0 compensation = %+v", c)
	}
	if drafts[1].Compensation != nil {
		t.Errorf("draft 1 has null salaries, got %+v", drafts[1].Compensation)
	}
	if a := drafts[2]; a.Title != "Audio Engineer - Fully Remote | Upto $14/hr" || a.EmploymentType != "Contractor" || a.Compensation[0].Period != "hourly" || *a.Compensation[0].Max != 14 {
		t.Errorf("draft 2 = %q %q %+v", a.Title, a.EmploymentType, a.Compensation)
	}
}

// pagedServer serves offset 0 and, with status code2, offset 2 of a limit-2
// listing; any other URI is 404.
func pagedServer(t *testing.T, code2 int) *sourcetest.Server {
	p2 := sourcetest.File(t, "testdata/page2.json")
	if code2 != http.StatusOK {
		p2 = sourcetest.Route{Status: code2, Body: []byte("boom")}
	}
	return sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/jobs/api?limit=2&offset=0": sourcetest.File(t, "testdata/page1.json"),
		"/jobs/api?limit=2&offset=2": p2,
	})
}

func TestFetchTwoPages(t *testing.T) {
	srv := pagedServer(t, http.StatusOK)
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("himalayas not registered")
	}
	g := &sourcetest.Recorder{}
	f, err := a.Fetch(context.Background(), g, source.Params{"base_url": srv.URL, "limit": "2"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(g.Calls()) != 2 || len(f.Drafts) != 3 || len(f.Errors) != 1 || !f.Complete {
		t.Fatalf("calls %v drafts %d errors %v complete %v", g.Calls(), len(f.Drafts), f.Errors, f.Complete)
	}
}

func TestFetchPage2Fails(t *testing.T) {
	srv := pagedServer(t, http.StatusInternalServerError)
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "limit": "2"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if f.Complete || len(f.Drafts) != 2 || len(f.Errors) != 1 || f.Errors[0].ID != "page 2" {
		t.Fatalf("complete %v drafts %d errors %+v", f.Complete, len(f.Drafts), f.Errors)
	}
}

func TestFetchMaxPages(t *testing.T) {
	srv := pagedServer(t, http.StatusOK)
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "limit": "2", "max_pages": "1"})
	if err != nil || f.Complete || len(f.Drafts) != 2 {
		t.Fatalf("err %v complete %v drafts %d", err, f.Complete, len(f.Drafts))
	}
}

// TestParseVariants reads salary bounds as text (grouped, empty, not a number), seniority,
// categories and locations given as one string, as objects with a name, or mixed.
func TestParseVariants(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/variants.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	a, b := drafts[0], drafts[1]
	if len(a.Locations) != 2 || a.Locations[0] != "United Kingdom" || a.Locations[1] != "Ireland" || a.Extra["seniority"] != "Senior" || len(a.Tags) != 1 || a.Tags[0] != "Platform-Engineer" {
		t.Errorf("first = %q %q %q", a.Locations, a.Extra, a.Tags)
	}
	if c := a.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 120000 || c[0].Max != nil || c[0].Currency != "GBP" || c[0].Period != "annual" {
		t.Errorf("first compensation = %+v", c)
	}
	if len(b.Locations) != 1 || b.Locations[0] != "Canada" || b.Extra["seniority"] != "Entry-level, Mid-level" || b.Compensation != nil || b.PostedRaw != "2026-09-10T10:00:00Z" {
		t.Errorf("second = %q %q %+v %q", b.Locations, b.Extra, b.Compensation, b.PostedRaw)
	}
}

// TestFetchCursor follows the nextCursor the API now answers with, sending it as the cursor
// parameter, until a page's cursor is null.
func TestFetchCursor(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/jobs/api?limit=20&offset=0":               sourcetest.File(t, "testdata/cursor1.json"),
		"/jobs/api?cursor=MjAyNi0wOS0wOVQ&limit=20": sourcetest.File(t, "testdata/cursor2.json"),
	})
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL})
	if err != nil || !f.Complete || len(f.Drafts) != 2 || len(f.Errors) != 0 {
		t.Fatalf("err %v complete %v drafts %d errors %+v requests %q", err, f.Complete, len(f.Drafts), f.Errors, srv.Requests())
	}
	if f.Drafts[0].Title != "Senior Rust Engineer" || f.Drafts[1].Title != "Tutor (Hourly)" {
		t.Errorf("titles %q %q", f.Drafts[0].Title, f.Drafts[1].Title)
	}
}

// TestFetchCursorEndsWithoutOne stops at a page read by cursor that gives no nextCursor at all.
func TestFetchCursorEndsWithoutOne(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/jobs/api?limit=20&offset=0":               sourcetest.File(t, "testdata/cursor1.json"),
		"/jobs/api?cursor=MjAyNi0wOS0wOVQ&limit=20": sourcetest.File(t, "testdata/cursor3.json"),
	})
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL})
	if err != nil || !f.Complete || len(f.Drafts) != 2 || len(srv.Requests()) != 2 {
		t.Fatalf("err %v complete %v drafts %d requests %q", err, f.Complete, len(f.Drafts), srv.Requests())
	}
}

// TestTimezonesAsText keeps a job whose time zones are sent as text or one value, as numbers are kept.
func TestTimezonesAsText(t *testing.T) {
	tests := []struct{ tz, want string }{
		{`[0, 1, 2]`, "0,1,2"},
		{`[-5, 5.5]`, "-5,5.5"},
		{`["UTC+1", "GMT"]`, "UTC+1,GMT"},
		{`"UTC-5 to UTC+3"`, "UTC-5 to UTC+3"},
		{`-8`, "-8"},
		{`null`, ""},
		{`[]`, ""},
		{`{"from": -5}`, ""},
	}
	for _, tt := range tests {
		body := `{"jobs":[{"guid":"g1","title":"Engineer","timezoneRestrictions":` + tt.tz + `}]}`
		drafts, errs, err := Parse([]byte(body))
		if err != nil || len(errs) != 0 || len(drafts) != 1 {
			t.Errorf("%s: Parse = %d drafts, errs %v, %v", tt.tz, len(drafts), errs, err)
			continue
		}
		if got, ok := drafts[0].Extra["timezones"]; got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: timezones = %q, want %q", tt.tz, got, tt.want)
		}
	}
}
