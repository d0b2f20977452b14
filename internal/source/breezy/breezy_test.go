package breezy

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/positions.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 2 || errs[0].Index != 2 || errs[1].Index != 3 || errs[1].ID != "badtype" {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "a1b2c3d4e5f6" || d.Title != "Platform Engineer" || d.Company != "Northwind" || d.Department != "Infrastructure" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Department)
	}
	if want := []string{"Toronto, ON", "Montréal, Quebec, Canada"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.Remote == nil || !*d.Remote || d.WorkplaceType != "remote_country" || d.Extra["remote_details"] != "Remote within Canada" {
		t.Errorf("remote = %v %q %v", d.Remote, d.WorkplaceType, d.Extra)
	}
	if d.EmploymentType != "Contract" || d.Extra["type_id"] != "contract" || d.SalaryText != "CA$120,000 – CA$140,000 / year" || d.PostedRaw != "2026-09-14T12:00:00.250Z" {
		t.Errorf("type/salary/posted = %q %v %q %q", d.EmploymentType, d.Extra, d.SalaryText, d.PostedRaw)
	}
	if d.URL != "https://northwind.breezy.hr/p/a1b2c3d4e5f6-platform-engineer" || d.ApplyURL != d.URL || d.Extra["country_code"] != "CA" || d.Extra["friendly_id"] != "a1b2c3d4e5f6-platform-engineer" {
		t.Errorf("url/extra = %q %v", d.URL, d.Extra)
	}
	o := drafts[1]
	if o.Remote == nil || *o.Remote || o.WorkplaceType != "" || o.SalaryText != "" || o.EmploymentType != "" || !reflect.DeepEqual(o.Locations, []string{"Halifax, NS"}) {
		t.Errorf("on-site position = %v %q %q %q %q", o.Remote, o.WorkplaceType, o.SalaryText, o.EmploymentType, o.Locations)
	}
	for _, body := range []string{`{"positions": []}`, `<`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/breezy-jht-matroid-positions.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 10 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "764f8a9923e3" || d.Title != "Deep Learning Engineer" || d.Company != "Matroid" || d.SalaryText != "$170,000 – $300,000 / year" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.SalaryText)
	}
	if !reflect.DeepEqual(d.Locations, []string{"Palo Alto, CA"}) || d.Remote == nil || *d.Remote || d.WorkplaceType != "" || d.EmploymentType != "Full-Time" {
		t.Errorf("first location/remote/type = %q %v %q %q", d.Locations, d.Remote, d.WorkplaceType, d.EmploymentType)
	}
	if d.Extra["street_address"] != "120 Hamilton Ave Palo Alto, CA 94301" || d.PostedRaw != "2026-07-10T19:56:44.147Z" {
		t.Errorf("first extra/posted = %v %q", d.Extra, d.PostedRaw)
	}
	byID := map[string]int{}
	for i, d := range drafts {
		byID[d.ExternalID] = i
	}
	// The capture's odd salary is kept as written, for normalization to judge.
	if s := drafts[byID["6fd3a8237539"]]; s.SalaryText != "$150 – $225,000 / year" || s.WorkplaceType != "remote" || s.Extra["remote_details"] != "Fully remote, no location restrictions" {
		t.Errorf("6fd3a8237539 = %q %q %v", s.SalaryText, s.WorkplaceType, s.Extra)
	}
	// A remote position with an empty "locations" list still has its primary location.
	if s := drafts[byID["8015f13edee1"]]; !reflect.DeepEqual(s.Locations, []string{"United States"}) || s.WorkplaceType != "remote" || s.SalaryText != "" {
		t.Errorf("8015f13edee1 = %q %q %q", s.Locations, s.WorkplaceType, s.SalaryText)
	}
	if s := drafts[byID["85d196b3c592"]]; s.EmploymentType != "Part-Time" || s.SalaryText != "$35 – $40 / hour" || s.Locations[0] != "PALO ALTO, CA" {
		t.Errorf("85d196b3c592 = %q %q %q", s.EmploymentType, s.SalaryText, s.Locations)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/json": sourcetest.File(t, "testdata/positions.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("breezy not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "northwind", "base_url": srv.URL})
	if err != nil || !got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 2 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	u, err := ListURL(source.Params{"company": "northwind"})
	if err != nil || u != "https://northwind.breezy.hr/json" {
		t.Errorf("default URL = %q %v", u, err)
	}
	if _, err := ListURL(source.Params{}); err == nil {
		t.Error("no company: want error")
	}
}
