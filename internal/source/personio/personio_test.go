package personio

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
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 {
		t.Fatalf("drafts = %d, want 2 (duplicate id merged, malformed one an error)", len(drafts))
	}
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "700102" {
		t.Fatalf("errors = %+v", errs)
	}
	d := drafts[0]
	if d.ExternalID != "700101" || d.Title != "Embedded Entwickler:in (m/w/d)" || d.Company != "Alpenwerk GmbH" || d.Department != "R&D" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Department)
	}
	if want := []string{"Graz", "Wien", "Salzburg"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if want := "<h3>Deine Aufgaben</h3><ul><li>Firmware f&uuml;r Sensoren</li></ul><h3>Dein Profil</h3>C &amp; Rust<br>"; d.DescriptionHTML != want {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	// A permanent contract says only that the schedule names the type; the feed's two fields stay in Extra.
	if d.EmploymentType != "full-time" || d.Extra["employment_type"] != "permanent" || d.Extra["schedule"] != "full-time" || d.PostedRaw != "2026-03-09T08:15:00+00:00" || !reflect.DeepEqual(d.Tags, []string{"Embedded", "C", "Rust"}) {
		t.Errorf("employment/posted/tags = %q %q %q", d.EmploymentType, d.PostedRaw, d.Tags)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 52000 || c[0].Max != nil || c[0].Currency != "EUR" || c[0].Period != "yearly" {
		t.Errorf("salary = %+v", c)
	}
	if d.Extra["seniority"] != "experienced" || d.Extra["years_of_experience"] != "2-5" {
		t.Errorf("extra = %v", d.Extra)
	}
	if drafts[1].EmploymentType != "working_student" {
		t.Errorf("working student type = %q, want the contract type, not the schedule", drafts[1].EmploymentType)
	}
	if h := drafts[1].Compensation; len(h) != 1 || *h[0].Min != 16 || h[0].Period != "hourly" {
		t.Errorf("hourly = %+v", h)
	}
}

func TestParseShape(t *testing.T) {
	for _, body := range []string{`{"jobs": []}`, `<html><body>no</body></html>`, ``} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%q) = nil error", body)
		}
	}
	d, errs, err := Parse([]byte(`<?xml version="1.0"?><workzag-jobs></workzag-jobs>`))
	if err != nil || len(d) != 0 || len(errs) != 0 {
		t.Errorf("empty feed = %v %v %v", d, errs, err)
	}
	d, errs, err = Parse([]byte(`<workzag-jobs><position><id>1</id><name>A</name><position><id>2</id><name>B</name></position></workzag-jobs>`))
	if err != nil || len(d) != 1 || d[0].ExternalID != "2" || len(errs) != 1 || errs[0].ID != "1" {
		t.Errorf("unclosed position = %+v %+v %v", d, errs, err)
	}
}

func TestParseSharedCaptures(t *testing.T) {
	ck, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/personio-careerkit.xml")))
	if err != nil || len(errs) != 0 || len(ck) != 1 {
		t.Fatalf("careerkit: %d %v %v", len(ck), errs, err)
	}
	if ck[0].ExternalID != "1834171" || ck[0].Company != "Acme SE & Co. KG" || !reflect.DeepEqual(ck[0].Locations, []string{"Munich", "Berlin"}) ||
		ck[0].DescriptionHTML != "" || ck[0].Extra["years_of_experience"] != "7-10" {
		t.Errorf("careerkit = %+v", ck[0])
	}
	rtc, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/personio-jht-rtc-rath-positions.xml")))
	if err != nil || len(errs) != 0 || len(rtc) != 4 {
		t.Fatalf("rtc: %d %v %v", len(rtc), errs, err)
	}
	a := rtc[1]
	if a.ExternalID != "1830648" || !reflect.DeepEqual(a.Locations, []string{"Koblenz", "Frankfurt am Main", "Bonn"}) || a.EmploymentType != "temporary" {
		t.Errorf("rtc[1] = %q %q %q", a.ExternalID, a.Locations, a.EmploymentType)
	}
	if c := a.Compensation; len(c) != 1 || *c[0].Min != 18.5 || c[0].Max != nil || c[0].Currency != "EUR" || c[0].Period != "hourly" {
		t.Errorf("rtc[1] salary = %+v", c)
	}
	if rtc[0].Tags[len(rtc[0].Tags)-1] != "Vermessun" || rtc[0].PostedRaw != "2026-01-11T20:04:28+00:00" {
		t.Errorf("rtc[0] tags end/posted = %q %q", rtc[0].Tags[len(rtc[0].Tags)-1], rtc[0].PostedRaw)
	}
	px, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/personio-xml-positions.xml")))
	if err != nil || len(errs) != 0 || len(px) != 11 {
		t.Fatalf("positions: %d %v %v", len(px), errs, err)
	}
	f := px[0]
	if f.ExternalID != "2140231" || f.Title != "Copy of Junior Compliance and Immigrations Manager" || f.Company != "Parent Ltd." ||
		!strings.HasPrefix(f.DescriptionHTML, "<h3>Your mission</h3>The International Affairs Office Manager") {
		t.Errorf("positions[0] = %q %q %q %.60q", f.ExternalID, f.Title, f.Company, f.DescriptionHTML)
	}
	if c := f.Compensation; len(c) != 1 || *c[0].Min != 100000 || c[0].Max != nil || c[0].Currency != "GBP" || c[0].Period != "yearly" {
		t.Errorf("positions[0] salary = %+v", c)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/xml": sourcetest.File(t, "testdata/feed.xml")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("personio not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "alpenwerk", "base_url": srv.URL})
	if err != nil || !got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 1 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	if got.Drafts[0].URL != srv.URL+"/job/700101" || got.Drafts[0].ApplyURL != srv.URL+"/job/700101#apply" {
		t.Errorf("urls = %q %q", got.Drafts[0].URL, got.Drafts[0].ApplyURL)
	}
	b, err := SiteBase(source.Params{"company": "alpenwerk", "domain": "jobs.personio.com"})
	if err != nil || b != "https://alpenwerk.jobs.personio.com" {
		t.Errorf("site base = %q %v", b, err)
	}
}

// TestEmploymentTypeOf picks the one value of the feed's contract type and schedule that names the job's type.
func TestEmploymentTypeOf(t *testing.T) {
	for _, tc := range []struct{ contract, schedule, want string }{
		{"permanent", "full-time", "full-time"},
		{"permanent", "part-time", "part-time"},
		{"permanent", "full-or-part-time", "full-or-part-time"},
		{"permanent", "", "permanent"},
		{"", "part-time", "part-time"},
		{"intern", "full-time", "intern"},
		{"trainee", "full-time", "trainee"},
		{"freelance", "part-time", "freelance"},
		{"temporary", "part-time", "temporary"},
		{"", "", ""},
	} {
		if got := employmentTypeOf(tc.contract, tc.schedule); got != tc.want {
			t.Errorf("employmentTypeOf(%q, %q) = %q, want %q", tc.contract, tc.schedule, got, tc.want)
		}
	}
}
