package hn

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseSkipsDead skips comments whose text is a [dead], [flagged] or [deleted] marker, that have
// no text or only blank markup, or that the API marks dead or deleted; a "/"-separated header is read.
func TestParseSkipsDead(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/dead.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse: %v %+v %d drafts", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "52000108" || d.Company != "Ternary" || d.Title != "Senior Rust Engineer" || len(d.Locations) != 1 || d.Locations[0] != "Berlin, Germany" || d.WorkplaceType != "ONSITE" || d.Extra["visa"] != "VISA" {
		t.Errorf("draft = %q %q %q %q %q %v", d.ExternalID, d.Company, d.Title, d.Locations, d.WorkplaceType, d.Extra)
	}
}
