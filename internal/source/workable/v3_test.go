package workable

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseV3Jobs reads the apply site's jobs search answer ({"total", "results", "nextPage"}).
func TestParseV3Jobs(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/v3-jobs.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 3 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "F00BA12345" || d.Title != "Backend Engineer" || d.PostedRaw != "2026-05-12T00:00:00.000Z" ||
		d.EmploymentType != "Full-time" || d.WorkplaceType != "hybrid" || d.Department != "Engineering, Platform" {
		t.Errorf("first = %+v", d)
	}
	if want := []string{"Athens, Attica, Greece", "Limassol, Limassol, Cyprus"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("first locations = %q, want %q", d.Locations, want)
	}
	if d.Remote == nil || *d.Remote || d.URL != "https://apply.workable.com/j/F00BA12345" || d.ApplyURL != "https://apply.workable.com/j/F00BA12345/apply" ||
		d.Extra["code"] != "BE-1" {
		t.Errorf("first remote/urls/extra = %v %q %q %v", d.Remote, d.URL, d.ApplyURL, d.Extra)
	}
	r := drafts[1]
	if !reflect.DeepEqual(r.Locations, []string{"Portugal"}) || r.Remote == nil || !*r.Remote || r.EmploymentType != "Part-time" ||
		r.WorkplaceType != "remote" || r.Department != "" {
		t.Errorf("second = %+v", r)
	}
	w := drafts[2]
	if !reflect.DeepEqual(w.Locations, []string{"Thessaloniki, Central Macedonia, Greece"}) || w.EmploymentType != "contract" ||
		w.WorkplaceType != "on_site" || w.Department != "Operations" {
		t.Errorf("third = %+v", w)
	}
}

// TestParseV2Job reads one job's page answer: the job object, with its description parts and salary.
func TestParseV2Job(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/v2-job.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if want := "<p>Build the API.</p><h3>Requirements</h3><ul><li>Go</li></ul><h3>Benefits</h3><p>Gym.</p>"; d.DescriptionHTML != want {
		t.Errorf("description = %q, want %q", d.DescriptionHTML, want)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 40000 || *c[0].Max != 55000 || c[0].Currency != "EUR" {
		t.Errorf("compensation = %+v", c)
	}
	if !reflect.DeepEqual(d.Locations, []string{"Athens, Attica, Greece"}) || d.Department != "Engineering" {
		t.Errorf("draft = %+v", d)
	}
}

// TestParseWidgetStateOnly: a widget job whose place is only a state is there; a v3 job's state
// ("published") is its status, no place.
func TestParseWidgetStateOnly(t *testing.T) {
	drafts, _, err := Parse([]byte(`{"name":"Acme","jobs":[{"shortcode":"A1","title":"Nurse","state":"California"},
		{"shortcode":"A2","title":"Clerk","state":"published"}]}`))
	if err != nil || len(drafts) != 2 {
		t.Fatalf("Parse = %d drafts, %v", len(drafts), err)
	}
	if !reflect.DeepEqual(drafts[0].Locations, []string{"California"}) || len(drafts[1].Locations) != 0 {
		t.Errorf("locations = %q, %q; want [California], none", drafts[0].Locations, drafts[1].Locations)
	}
}
