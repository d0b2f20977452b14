package jsonld

import (
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseVariants reads shapes seen on real career pages: a graph whose posting names its employer by
// @id, a MonetaryAmount with its bounds on itself, a script with comments and trailing commas, a
// top-level array, an estimatedSalary with an ISO 8601 duration, and a TELECOMMUTE given as a URL.
func TestParseVariants(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/variants.html"))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %+v", err, errs)
	}
	if len(drafts) != 2 {
		t.Fatalf("got %d drafts, want 2", len(drafts))
	}
	d := drafts[0]
	if d.Title != "Night Shift Picker" || d.Company != "Harbor Freight Labs" || d.ExternalID != "https://harbor.example/jobs/77#posting" {
		t.Errorf("draft 0 = %q %q %q", d.Title, d.Company, d.ExternalID)
	}
	if d.EmploymentType != "PART_TIME" || d.Extra["employment_types"] != "PART_TIME; TEMPORARY" {
		t.Errorf("employment %q, all %q", d.EmploymentType, d.Extra["employment_types"])
	}
	if strings.Join(d.Locations, "|") != "Hafenstraße 3, 20457 Hamburg" || d.DescriptionText != "Pick and pack orders." {
		t.Errorf("locations %q text %q", d.Locations, d.DescriptionText)
	}
	if c := d.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 2100 || c[0].Max == nil || *c[0].Max != 2400 || c[0].Currency != "EUR" || c[0].Period != "MONTH" {
		t.Errorf("compensation = %+v", c)
	}
	r := drafts[1]
	if r.Title != "Staff Data Engineer" || r.Company != "Quayside Analytics" || r.ExternalID != "48213" || r.EmploymentType != "FULL_TIME" {
		t.Errorf("draft 1 = %q %q %q %q", r.Title, r.Company, r.ExternalID, r.EmploymentType)
	}
	if r.Remote == nil || !*r.Remote || r.WorkplaceType != "TELECOMMUTE" || strings.Join(r.Locations, "|") != "Canada|New York" {
		t.Errorf("remote %v %q locations %q", r.Remote, r.WorkplaceType, r.Locations)
	}
	if c := r.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 160000 || *c[0].Max != 190000 || c[0].Currency != "CAD" || c[0].Period != "YEAR" {
		t.Errorf("estimated salary = %+v", c)
	}
}

func TestRepairComments(t *testing.T) {
	got := repair("// head\n{\"u\": \"https://x.example/a\", /* note */ \"b\": 1 // tail\n}")
	if got != "\n{\"u\": \"https://x.example/a\",  \"b\": 1 \n}" {
		t.Errorf("repair = %q", got)
	}
}
