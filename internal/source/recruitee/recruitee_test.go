package recruitee

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/offers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 1 || errs[0].Index != 2 || errs[0].ID != "3100003" {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "3100001" || d.Company != "Tulip Cloud" || d.DescriptionHTML != "<p>Build our dashboard.</p><ul><li>TypeScript</li></ul>" {
		t.Errorf("first = %q %q %q", d.ExternalID, d.Company, d.DescriptionHTML)
	}
	if want := []string{"Utrecht, Utrecht, Netherlands", "Netherlands"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.WorkplaceType != "hybrid" || d.EmploymentType != "fulltime_permanent" || d.PostedRaw != "2026-05-11 09:30:00 UTC" || d.UpdatedRaw != "2026-05-12 10:45:00 UTC" {
		t.Errorf("workplace/employment/dates = %q %q %q %q", d.WorkplaceType, d.EmploymentType, d.PostedRaw, d.UpdatedRaw)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 4200 || *c[0].Max != 5600 || c[0].Period != "month" || c[0].Currency != "EUR" {
		t.Errorf("salary = %+v", c)
	}
	if d.Extra["min_hours"] != "32" || d.Extra["created_at"] != "2026-05-10 08:00:00 UTC" || !reflect.DeepEqual(d.Tags, []string{"react", "typescript"}) {
		t.Errorf("extra/tags = %v %q", d.Extra, d.Tags)
	}
	r := drafts[1]
	if r.WorkplaceType != "remote" || r.Compensation != nil || !reflect.DeepEqual(r.Locations, []string{"Remote job"}) {
		t.Errorf("remote offer = %q %+v %q", r.WorkplaceType, r.Compensation, r.Locations)
	}
	for _, body := range []string{`{"offer": {}}`, `[]`, `<`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedCaptures(t *testing.T) {
	acme, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/recruitee-careerkit-offers.json")))
	if err != nil || len(errs) != 0 || len(acme) != 2 {
		t.Fatalf("acme: %d %v %v", len(acme), errs, err)
	}
	a := acme[0]
	if a.ExternalID != "2700825" || a.Title != "(Senior) Financial Accountant (f/m/d) - Berlin/Brandenburg Region, Germany" || a.Department != "Finance" {
		t.Errorf("acme[0] = %q %q %q", a.ExternalID, a.Title, a.Department)
	}
	if c := a.Compensation; len(c) != 1 || *c[0].Min != 60000 || *c[0].Max != 75000 || c[0].Currency != "EUR" || c[0].Period != "year" {
		t.Errorf("acme[0] salary = %+v", c)
	}
	if a.PostedRaw != "2026-08-05 10:10:39 UTC" || a.WorkplaceType != "hybrid" || a.Locations[0] != "Berlin, Berlin, Germany" {
		t.Errorf("acme[0] posted/workplace/location = %q %q %q", a.PostedRaw, a.WorkplaceType, a.Locations)
	}
	aik, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/recruitee-jobagent-aikido-offers.json")))
	if err != nil || len(errs) != 0 || len(aik) != 3 {
		t.Fatalf("aikido: %d %v %v", len(aik), errs, err)
	}
	if want := []string{"Remote job", "Tel Aviv, Tel Aviv, Israel"}; !reflect.DeepEqual(aik[0].Locations, want) || aik[0].Compensation != nil || aik[0].Company != "Aikido Security" {
		t.Errorf("aikido[0] = %q %+v %q", aik[0].Locations, aik[0].Compensation, aik[0].Company)
	}
	var found bool
	for _, d := range aik {
		if len(d.Compensation) == 1 && *d.Compensation[0].Min == 75 && *d.Compensation[0].Max == 95 && d.Compensation[0].Currency == "USD" {
			found = true
		}
	}
	if !found {
		t.Error("aikido: the 75.00-95.00 USD salary was not read as given")
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api/offers/": sourcetest.File(t, "testdata/offers.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("recruitee not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "tulipcloud", "base_url": srv.URL})
	if err != nil || !got.Complete || len(got.Drafts) != 2 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	u, err := ListURL(source.Params{"company": "tulipcloud"})
	if err != nil || u != "https://tulipcloud.recruitee.com/api/offers/" {
		t.Errorf("default URL = %q %v", u, err)
	}
	if _, err := ListURL(source.Params{}); err == nil {
		t.Error("no company: want error")
	}
}
