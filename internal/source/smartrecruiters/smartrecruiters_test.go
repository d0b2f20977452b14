package smartrecruiters

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParsePageTestdata(t *testing.T) {
	pg, err := ParsePage(sourcetest.Read(t, "testdata/page0.json"))
	if err != nil || pg.TotalFound != 3 || pg.Items != 2 || len(pg.Drafts) != 2 || len(pg.Errors) != 0 {
		t.Fatalf("page = %+v, %v", pg, err)
	}
	d := pg.Drafts[0]
	if d.ExternalID != "744000111111111" || d.Company != "North Peak Logistics" || d.Department != "Operations" ||
		d.EmploymentType != "Full-time" || d.PostedRaw != "2026-06-01T07:00:00.000Z" {
		t.Errorf("first = %q %q %q %q %q", d.ExternalID, d.Company, d.Department, d.EmploymentType, d.PostedRaw)
	}
	if !reflect.DeepEqual(d.Locations, []string{"Rotterdam, ZH, Netherlands"}) || d.Remote == nil || *d.Remote || d.WorkplaceType != "" {
		t.Errorf("location/remote = %q %v %q", d.Locations, d.Remote, d.WorkplaceType)
	}
	if d.URL != "https://jobs.smartrecruiters.com/NorthPeakLogistics/744000111111111" || d.Extra["experience"] != "Mid-Senior Level" ||
		d.Extra["custom.Country/Region"] != "Netherlands" {
		t.Errorf("url/extra = %q %v", d.URL, d.Extra)
	}
	h := pg.Drafts[1]
	if h.WorkplaceType != "hybrid" || h.Department != "" || h.Locations[0] != "Antwerp, , Belgium" {
		t.Errorf("hybrid = %q %q %q", h.WorkplaceType, h.Department, h.Locations)
	}
	for _, body := range []string{`{"totalFound": 0}`, `[]`, `x`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
	bad, errs, err := Parse([]byte(`{"totalFound": 2, "content": [{"id": "1", "name": "Ok"}, {"id": "2", "name": {"x": 1}}]}`))
	if err != nil || len(bad) != 1 || len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "2" {
		t.Errorf("bad item: %d %+v %v", len(bad), errs, err)
	}
}

func TestParseDetail(t *testing.T) {
	dt, err := ParseDetail(sourcetest.Read(t, "testdata/detail-744000111111111.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := "<section><h3>Company Description</h3><p>We move parcels.</p></section><section><h3>Job Description</h3><p>Lead the night shift.</p></section>" +
		"<section><h3>Additional Information</h3><p>Forklift licence is a plus.</p></section>"
	if dt.DescriptionHTML != want || !strings.HasSuffix(dt.ApplyURL, "?oga=true") {
		t.Errorf("detail = %+v", dt)
	}
	if _, err := ParseDetail([]byte(`{"id": "1"}`)); err == nil {
		t.Error("detail without jobAd: want error")
	}
}

// TestDetailSectionsStandAlone: each section of a job ad is its own block under its escaped title, so a
// section the board cut short (its list left open) does not swallow the next one.
func TestDetailSectionsStandAlone(t *testing.T) {
	body := `{"id": "1", "name": "Data Science Intern", "jobAd": {"sections": {
		"qualifications": {"title": "Qualifications", "text": "<ul><li><p>Python<p>SQL"},
		"additionalInformation": {"title": "R&D <Lab>", "text": "<p>All your info</p>"}}}}`
	dt, err := ParseDetail([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	want := "<section><h3>Qualifications</h3><ul><li><p>Python<p>SQL</section><section><h3>R&amp;D &lt;Lab&gt;</h3><p>All your info</p></section>"
	if dt.DescriptionHTML != want {
		t.Errorf("description\n got %q\nwant %q", dt.DescriptionHTML, want)
	}
	if h, _ := normalize.HTML(dt.DescriptionHTML); h != "<div><h3>Qualifications</h3><ul><li><p>Python</p><p>SQL</p></li></ul></div><div><h3>R&amp;D &lt;Lab&gt;</h3><p>All your info</p></div>" {
		t.Errorf("sanitized %q", h)
	}
}

func TestParseSharedCaptures(t *testing.T) {
	hv, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/smartrecruiters-candidatezero-postings.json")))
	if err != nil || len(errs) != 0 || len(hv) != 3 {
		t.Fatalf("hirevue: %d %v %v", len(hv), errs, err)
	}
	if hv[1].Title != "Deal Desk Analyst | Fully Remote Poland and UK" || hv[1].Locations[0] != "Warsaw, , Poland" ||
		hv[1].WorkplaceType != "remote" || hv[1].Department != "Sales" {
		t.Errorf("hirevue[1] = %q %q %q %q", hv[1].Title, hv[1].Locations, hv[1].WorkplaceType, hv[1].Department)
	}
	kg, _, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/smartrecruiters-careerkit-postings.json")))
	if err != nil || len(kg) != 1 || kg[0].Title != "CNA  / LPN - Consistent Hours. Start Next Week." || kg[0].PostedRaw != "2018-06-08T02:11:28.000Z" ||
		kg[0].Extra["custom.Brands"] != "Knight Gayles" {
		t.Fatalf("knight = %+v %v", kg, err)
	}
	one, _, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/smartrecruiters-candidatezero-detail.json")))
	if err != nil || len(one) != 1 || one[0].Department != "Data Science" || one[0].EmploymentType != "Part-time" ||
		!strings.HasPrefix(one[0].DescriptionHTML, "<section><h3>Company Description</h3><p>Hirevue is where hiring happens") ||
		one[0].URL != "https://jobs.smartrecruiters.com/HireVue/744000138728139-data-science-intern-fully-remote-us" {
		t.Fatalf("hirevue detail = %+v %v", one, err)
	}
	// A detail cut down to its job ad is recognised, but has nothing to store it under.
	none, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/smartrecruiters-jobagent-detail.json")))
	if err != nil || len(none) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Err, "no id or name") {
		t.Fatalf("jobagent detail as a file = %d drafts %+v %v", len(none), errs, err)
	}
	if _, _, err := Parse([]byte(`{"name": "no id, no job ad"}`)); !errors.Is(err, ErrShape) {
		t.Errorf("neither page nor detail: err = %v", err)
	}
	dt, err := ParseDetail(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/smartrecruiters-jobagent-detail.json")))
	if err != nil || !strings.Contains(dt.DescriptionHTML, "<h3>Job Description</h3><p>Pricing analysts work with complex data sets") ||
		strings.Contains(dt.DescriptionHTML, "Qualifications") {
		t.Fatalf("jobagent detail = %q %v", dt.DescriptionHTML, err)
	}
}

func TestFetchSharedPagesOverlap(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/v1/companies/AutomationAnywhere1/postings?limit=3&offset=0": sourcetest.File(t, testutil.SharedFile(t, "other-ats/smartrecruiters-jobagent-page0.json")),
		"/v1/companies/AutomationAnywhere1/postings?limit=3&offset=3": sourcetest.File(t, testutil.SharedFile(t, "other-ats/smartrecruiters-jobagent-page1.json")),
	})
	got, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, source.Params{
		"company": "AutomationAnywhere1", "limit": "3", "details": "false", "base_url": srv.URL,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 3 || len(got.Errors) != 0 || len(srv.Requests()) != 2 {
		t.Fatalf("complete=%v drafts=%d errors=%v requests=%q", got.Complete, len(got.Drafts), got.Errors, srv.Requests())
	}
	if got.Drafts[0].Title != "Pricing Analyst" || got.Drafts[2].ExternalID != "743999704892584" {
		t.Errorf("drafts = %q %q", got.Drafts[0].Title, got.Drafts[2].ExternalID)
	}
}

func TestFetchPagesAndDetails(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/v1/companies/northpeak/postings?limit=2&offset=0": sourcetest.File(t, "testdata/page0.json"),
		"/v1/companies/northpeak/postings?limit=2&offset=2": sourcetest.File(t, "testdata/page1.json"),
		"/v1/companies/northpeak/postings/744000111111111":  sourcetest.File(t, "testdata/detail-744000111111111.json"),
		"/v1/companies/northpeak/postings/744000111111113":  sourcetest.File(t, "testdata/detail-744000111111113.json"),
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("smartrecruiters not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "northpeak", "limit": "2", "base_url": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 3 {
		t.Fatalf("complete=%v drafts=%d", got.Complete, len(got.Drafts))
	}
	if len(got.Errors) != 1 || got.Errors[0].ID != "744000111111112" || got.Errors[0].Index != 1 {
		t.Errorf("errors = %+v, want the missing detail of 744000111111112", got.Errors)
	}
	if !strings.Contains(got.Drafts[0].DescriptionHTML, "Lead the night shift.") ||
		got.Drafts[0].URL != "https://jobs.smartrecruiters.com/NorthPeakLogistics/744000111111111-warehouse-supervisor" {
		t.Errorf("detail not applied: %q %q", got.Drafts[0].DescriptionHTML, got.Drafts[0].URL)
	}
	if got.Drafts[1].DescriptionHTML != "" || got.Drafts[1].Title != "Route Planner | Hybrid" {
		t.Errorf("posting without detail = %+v", got.Drafts[1])
	}
	if got.Drafts[2].DescriptionHTML != "<section><h3>Job Description</h3><p>Model fuel use.</p></section>" || got.Drafts[2].Department != "Data" {
		t.Errorf("third = %q %q", got.Drafts[2].DescriptionHTML, got.Drafts[2].Department)
	}
	if n := len(srv.Requests()); n != 5 {
		t.Errorf("requests = %d, want 2 pages + 3 details", n)
	}
}
