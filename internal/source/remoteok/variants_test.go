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

// TestParseNotice skips a leading notice that has no legal key, reads a location without its
// dangling separator (none when only separators are left), a tag given as one string and a
// salary bound given as grouped text, and still reports a job without an id.
func TestParseNotice(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/notice.json"))
	if err != nil || len(drafts) != 2 {
		t.Fatalf("Parse: %v %d drafts", err, len(drafts))
	}
	if len(errs) != 1 || errs[0].Index != 3 || errs[0].Err != "remoteok: job has no id" {
		t.Errorf("errs = %+v", errs)
	}
	a, b := drafts[0], drafts[1]
	if a.ExternalID != "900011" || len(a.Locations) != 1 || a.Locations[0] != "Cammeray" || len(a.Tags) != 1 || a.Tags[0] != "support" {
		t.Errorf("first = %q %q %q", a.ExternalID, a.Locations, a.Tags)
	}
	if c := a.Compensation; len(c) != 1 || c[0].Min != nil || c[0].Max == nil || *c[0].Max != 85000 {
		t.Errorf("first compensation = %+v", c)
	}
	if b.ExternalID != "900012" || b.Locations != nil || len(b.Tags) != 2 || b.Compensation != nil {
		t.Errorf("second = %q %q %q %+v", b.ExternalID, b.Locations, b.Tags, b.Compensation)
	}
}
