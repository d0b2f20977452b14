package jobicy

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseV2Variants reads the documented annualSalaryMin/Max (as text or number), jobType and
// jobIndustry as one string or an array, and a string id.
func TestParseV2Variants(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/v2-variants.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "170010" || d.EmploymentType != "full-time" || d.Extra["industry"] != "Accounting & Finance" || d.Locations[0] != "Anywhere" || d.Extra["seniority"] != "" {
		t.Errorf("draft 0 = %q %q %q %q", d.ExternalID, d.EmploymentType, d.Extra["industry"], d.Locations)
	}
	if c := d.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 62000 || c[0].Max == nil || *c[0].Max != 78000 || c[0].Currency != "EUR" || c[0].Period != "year" {
		t.Errorf("compensation 0 = %+v", c)
	}
	g := drafts[1]
	if g.EmploymentType != "Contract" || g.Extra["employment_types"] != "Contract; Part-Time" || g.Extra["seniority"] != "Midweight" {
		t.Errorf("draft 1 = %q %q %q", g.EmploymentType, g.Extra["employment_types"], g.Extra["seniority"])
	}
	if c := g.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 90000 || c[0].Max != nil || c[0].Currency != "USD" || c[0].Period != "year" {
		t.Errorf("compensation 1 = %+v", c)
	}
}
