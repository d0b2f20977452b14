package arbeitnow

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseJobTypes tells experience levels ("Berufserfahren", "Entry Level / Graduate") in job_types
// from the employment type, whichever comes first.
func TestParseJobTypes(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/jobtypes.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.EmploymentType != "Vollzeit" || d.Extra["seniority"] != "Berufserfahren" || d.Extra["job_types"] != "Berufserfahren; Vollzeit" || d.PostedRaw != "1789000000" {
		t.Errorf("draft 0 = %q %q %q %q", d.EmploymentType, d.Extra["seniority"], d.Extra["job_types"], d.PostedRaw)
	}
	p := drafts[1]
	if p.EmploymentType != "Praktikum" || p.Extra["seniority"] != "Entry Level / Graduate" || p.Remote == nil || !*p.Remote {
		t.Errorf("draft 1 = %q %q %v", p.EmploymentType, p.Extra["seniority"], p.Remote)
	}
}
