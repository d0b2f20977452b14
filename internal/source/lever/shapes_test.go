package lever

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseGroupedByTeam reads the answer of mode=json&group=team: an array of groups, each with its postings.
func TestParseGroupedByTeam(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/grouped.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "5b2f0c1a-2222-4ccc-8ddd-000000000010" || d.Title != "Platform Engineer" || d.WorkplaceType != "remote" ||
		d.Department != "Engineering" || d.PostedRaw != "1770000000000" || d.DescriptionText != "Run the platform." {
		t.Errorf("first = %+v", d)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 5000 || *c[0].Max != 6500 || c[0].Period != "per-month-salary" || c[0].Currency != "EUR" {
		t.Errorf("first pay = %+v", c)
	}
	s := drafts[1]
	if s.ExternalID != "5b2f0c1a-2222-4ccc-8ddd-000000000011" || s.WorkplaceType != "on-site" || s.EmploymentType != "Part-time" ||
		!reflect.DeepEqual(s.Locations, []string{"Dublin"}) || s.Extra["country"] != "IE" {
		t.Errorf("second = %+v", s)
	}
	if c := s.Compensation; len(c) != 1 || *c[0].Min != 18 || *c[0].Max != 22 || c[0].Period != "per-hour-wage" {
		t.Errorf("second pay = %+v", c)
	}
}

// TestParseSinglePosting reads the answer of /v0/postings/{company}/{id}: one posting object.
func TestParseSinglePosting(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/single.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "5b2f0c1a-2222-4ccc-8ddd-000000000012" || d.Title != "Data Analyst" || d.Department != "Finance" ||
		d.Extra["team"] != "FP&A" || d.EmploymentType != "Contract" {
		t.Errorf("draft = %+v", d)
	}
	if want := []string{"Toronto, ON", "Montreal, QC"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q", d.Locations)
	}
	if want := "<div>Model the numbers.</div><h3>Requirements</h3><ul><li>SQL</li></ul>"; d.DescriptionHTML != want {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	for _, body := range []string{`{"ok": false, "error": "Document not found"}`, `{}`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}
