package lever

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/page1.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "0d6f1c8e-1111-4aaa-9bbb-000000000001" || d.Title != "Senior Go Engineer" || d.PostedRaw != "1767261600000" {
		t.Errorf("id/title/posted = %q %q %q", d.ExternalID, d.Title, d.PostedRaw)
	}
	if want := []string{"Porto, Portugal", "Remote - Portugal"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q", d.Locations)
	}
	if d.WorkplaceType != "hybrid" || d.EmploymentType != "Full Time" || d.Department != "Engineering" || d.Extra["team"] != "Payments" {
		t.Errorf("workplace/employment/department = %q %q %q %v", d.WorkplaceType, d.EmploymentType, d.Department, d.Extra)
	}
	want := "<div>Build the <b>ledger</b>.</div><h3>What you'll do</h3><ul><li>Own the payouts service</li><li>Review code</li></ul><div>We offer a four-day week.</div>"
	if d.DescriptionHTML != want || d.DescriptionText != "" {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	if len(d.Compensation) != 1 || *d.Compensation[0].Min != 55000 || *d.Compensation[0].Max != 70000 ||
		d.Compensation[0].Currency != "EUR" || d.Compensation[0].Period != "per-year-salary" || d.Compensation[0].Raw != "Base salary, before bonus." {
		t.Errorf("compensation = %+v", d.Compensation)
	}
	s := drafts[1]
	if s.Department != "Support" || !reflect.DeepEqual(s.Locations, []string{"Lisbon"}) || s.DescriptionText != "Help our users.\n\nFlexible hours." || s.DescriptionHTML != "" {
		t.Errorf("second = %+v", s)
	}
	if s.Compensation != nil {
		t.Errorf("no salaryRange but compensation %+v", s.Compensation)
	}
}

func TestParseBadItemAndShape(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/page2.json"))
	if err != nil || len(drafts) != 1 || len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "0d6f1c8e-1111-4aaa-9bbb-000000000004" {
		t.Fatalf("Parse = %d drafts, %+v, %v", len(drafts), errs, err)
	}
	for _, body := range []string{`{"ok": true}`, `nope`, ``} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%q) = nil error", body)
		}
	}
}

func TestParseSharedCaptures(t *testing.T) {
	out, _, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "lever/candidatezero-outreach-postings.json")))
	if err != nil || len(out) != 4 {
		t.Fatalf("outreach: %d %v", len(out), err)
	}
	d := out[0]
	if d.Title != "Account Executive, Commercial" || d.PostedRaw != "1782753306506" || d.WorkplaceType != "remote" || d.Department != "Sales" {
		t.Errorf("outreach[0] = %q %q %q %q", d.Title, d.PostedRaw, d.WorkplaceType, d.Department)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 140000 || *c[0].Max != 160000 || c[0].Currency != "USD" {
		t.Errorf("outreach[0] salary = %+v", c)
	}
	if out[1].Compensation != nil || !reflect.DeepEqual(out[1].Locations, []string{"London"}) {
		t.Errorf("outreach[1] = %+v %q", out[1].Compensation, out[1].Locations)
	}
	if !strings.HasPrefix(d.DescriptionText, "About Outreach") || d.DescriptionHTML != "" {
		t.Errorf("outreach plain text = %.30q", d.DescriptionText)
	}

	ide, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "lever/careerkit-idealist-postings-trimmed.json")))
	if err != nil || len(errs) != 0 || len(ide) != 2 {
		t.Fatalf("idealist: %d %v %v", len(ide), errs, err)
	}
	if ide[1].PostedRaw != "1674959303769" || ide[1].EmploymentType != "Contract" || ide[1].Department != "Services Team" {
		t.Errorf("idealist[1] = %q %q %q", ide[1].PostedRaw, ide[1].EmploymentType, ide[1].Department)
	}
	if !strings.Contains(ide[1].DescriptionHTML, "<h3>What You Can Expect</h3><ul>") {
		t.Errorf("idealist lists not in description")
	}

	jc, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "lever/jobagent-jumpcloud-postings-trimmed.json")))
	if err != nil || len(errs) != 0 || len(jc) != 2 {
		t.Fatalf("jumpcloud: %d %v %v", len(jc), errs, err)
	}
	if jc[0].Locations[0] != "Bangalore, India - Remote" || jc[0].EmploymentType != "Full Time" || jc[0].Extra["country"] != "IN" {
		t.Errorf("jumpcloud[0] = %q %q %v", jc[0].Locations, jc[0].EmploymentType, jc[0].Extra)
	}
}

func TestFetchPaginates(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/v0/postings/tinyledger?limit=2&mode=json&skip=0": sourcetest.File(t, "testdata/page1.json"),
		"/v0/postings/tinyledger?limit=2&mode=json&skip=2": sourcetest.File(t, "testdata/page2.json"),
		"/v0/postings/tinyledger?limit=2&mode=json&skip=4": {Body: []byte("[]")},
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("lever not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{
		"company": "tinyledger", "limit": "2", "base_url": srv.URL, "company_name": "Tiny Ledger",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 3 || len(got.Errors) != 1 || got.Errors[0].Index != 3 {
		t.Fatalf("complete=%v drafts=%d errors=%+v", got.Complete, len(got.Drafts), got.Errors)
	}
	if got.Drafts[2].Title != "Technical Writer (Contract)" || got.Drafts[2].Company != "Tiny Ledger" {
		t.Errorf("last = %q %q", got.Drafts[2].Title, got.Drafts[2].Company)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("requests = %d, want 3 (two full pages, then an empty one)", n)
	}
}

func TestFetchIncompleteWhenAPageFails(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/v0/postings/tinyledger?limit=2&mode=json&skip=0": sourcetest.File(t, "testdata/page1.json"),
		"/v0/postings/tinyledger?limit=2&mode=json&skip=2": {Status: 503, Body: []byte("busy")},
	})
	got, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "tinyledger", "limit": "2", "base_url": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 1 || got.Errors[0].Index != -1 {
		t.Fatalf("complete=%v drafts=%d errors=%+v", got.Complete, len(got.Drafts), got.Errors)
	}
	if _, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "nobody", "base_url": srv.URL}); err == nil {
		t.Error("first page 404: want error")
	}
}
