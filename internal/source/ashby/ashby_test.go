package ashby

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func checkComp(t *testing.T, c posting.Compensation, min, max float64, cur, period string) {
	t.Helper()
	if c.Min == nil || *c.Min != min || c.Max == nil || *c.Max != max || c.Currency != cur || c.Period != period {
		t.Errorf("compensation = %+v, want %v-%v %s %s", c, min, max, cur, period)
	}
}

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/board.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 {
		t.Fatalf("drafts = %d, want 2 (unlisted dropped, broken one an item error)", len(drafts))
	}
	if len(errs) != 1 || errs[0].Index != 3 || errs[0].ID != "7b1e4c52-0a0a-4c1d-8e8e-aaaaaaaaaaa4" {
		t.Fatalf("errors = %+v", errs)
	}
	d := drafts[0]
	if want := []string{"Berlin", "Amsterdam", "Remote: Germany"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q", d.Locations)
	}
	if d.WorkplaceType != "Hybrid" || d.Remote == nil || *d.Remote || d.EmploymentType != "FullTime" || d.PostedRaw != "2026-05-04T08:30:00.000+00:00" {
		t.Errorf("workplace/remote/employment/posted = %q %v %q %q", d.WorkplaceType, d.Remote, d.EmploymentType, d.PostedRaw)
	}
	if len(d.Compensation) != 2 {
		t.Fatalf("compensation = %+v", d.Compensation)
	}
	checkComp(t, d.Compensation[0], 90000, 120000, "EUR", "1 YEAR")
	checkComp(t, d.Compensation[1], 85000, 110000, "EUR", "1 YEAR")
	if d.SalaryText != "€90K – €120K • Offers Equity" || d.Extra["compensation_summary"] != "€90K - €120K" ||
		d.Extra["compensation_other"] != "Offers Equity (EquityPercentage)" || d.Extra["address"] != "Berlin, Berlin, Germany" {
		t.Errorf("salary text / extra = %q %v", d.SalaryText, d.Extra)
	}
	h := drafts[1]
	if h.Title != "Contract Designer" || len(h.Compensation) != 1 {
		t.Fatalf("hourly = %+v", h)
	}
	checkComp(t, h.Compensation[0], 60, 80, "USD", "1 HOUR")
	for _, body := range []string{`{"apiVersion":"1"}`, `[]`, `<html>`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedCaptures(t *testing.T) {
	counts := map[string]int{
		"ashby/brete-notion-jobboard-full.json":             3,
		"ashby/candidatezero-wealthcom-jobboard.json":       4,
		"ashby/careerkit-highlightta-jobboard-trimmed.json": 2,
		"ashby/jobagent-render-jobboard-trimmed.json":       2,
	}
	got := map[string][]posting.Draft{}
	for f, n := range counts {
		ds, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, f)))
		if err != nil || len(errs) != 0 || len(ds) != n {
			t.Fatalf("%s: %d drafts (want %d), %v, %v", f, len(ds), n, errs, err)
		}
		got[f] = ds
	}
	w := got["ashby/candidatezero-wealthcom-jobboard.json"]
	for _, d := range w {
		if d.ExternalID == "unlisted-draft-0001" {
			t.Error("isListed=false job kept")
		}
	}
	if w[0].Title != "GTM Engineer" || len(w[0].Compensation) != 1 || w[0].SalaryText != "$130K - $180K • Offers Equity" {
		t.Errorf("wealth[0] = %q %+v %q", w[0].Title, w[0].Compensation, w[0].SalaryText)
	}
	checkComp(t, w[0].Compensation[0], 130000, 180000, "USD", "1 YEAR")
	checkComp(t, w[1].Compensation[0], 30, 38, "USD", "1 HOUR")
	if want := []string{"San Francisco", "New York City", "Seattle"}; !reflect.DeepEqual(w[2].Locations, want) || w[2].Remote != nil {
		t.Errorf("wealth[2] locations/remote = %q %v", w[2].Locations, w[2].Remote)
	}
	if w[3].ExternalID != "nocomp-0002" || w[3].Compensation != nil {
		t.Errorf("wealth[3] = %q %+v", w[3].ExternalID, w[3].Compensation)
	}
	h := got["ashby/careerkit-highlightta-jobboard-trimmed.json"]
	checkComp(t, h[1].Compensation[0], 102800, 137000, "CAD", "1 YEAR")
	if h[0].Extra["compensation_hidden"] != "true" || h[0].Extra["address"] != "Canada" {
		t.Errorf("highlight[0] extra = %v", h[0].Extra)
	}
	r := got["ashby/jobagent-render-jobboard-trimmed.json"]
	if want := []string{"Remote: United States", "Remote: Canada"}; !reflect.DeepEqual(r[0].Locations, want) || r[0].Title != "Open Application" {
		t.Errorf("render[0] = %q %q", r[0].Title, r[0].Locations)
	}
	n := got["ashby/brete-notion-jobboard-full.json"]
	if n[2].Title != "Product Designer" || n[2].WorkplaceType != "Hybrid" || n[2].Remote == nil || !*n[2].Remote || n[2].PostedRaw != "2026-07-02T17:18:41.823+00:00" {
		t.Errorf("notion[2] = %q %q %v %q", n[2].Title, n[2].WorkplaceType, n[2].Remote, n[2].PostedRaw)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/posting-api/job-board/northwind?includeCompensation=true": sourcetest.File(t, "testdata/board.json"),
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("ashby not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"board": "northwind", "base_url": srv.URL, "company_name": "Northwind"})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 2 || got.Drafts[0].Company != "Northwind" {
		t.Fatalf("fetched = %v %d", got.Complete, len(got.Drafts))
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL}); err == nil {
		t.Error("missing board: want error")
	}
}
