package remoteok

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseVariants reads a job whose salary bounds come as text ("70000", "" for none), whose date
// is only its epoch (as text), and whose logo is kept.
func TestParseVariants(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/variants.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "900010" || d.Company != "Orbit & Co" || d.PostedRaw != "1789995000" || d.Locations[0] != "Worldwide" || d.Tags != nil {
		t.Errorf("draft = %q %q %q %q %q", d.ExternalID, d.Company, d.PostedRaw, d.Locations, d.Tags)
	}
	if c := d.Compensation; len(c) != 1 || c[0].Min == nil || *c[0].Min != 70000 || c[0].Max != nil || c[0].Currency != "USD" {
		t.Errorf("compensation = %+v", c)
	}
	if d.Extra["company_logo"] != "https://remoteok.com/assets/img/jobs/orbit.png" || d.DescriptionHTML != "&lt;p&gt;Talk to developers.&lt;/p&gt;" {
		t.Errorf("extra %v description %q", d.Extra, d.DescriptionHTML)
	}
}
