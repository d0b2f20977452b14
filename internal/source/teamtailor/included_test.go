package teamtailor

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseAPIIncluded reads a JSON:API page with its locations and department included, and the board's
// remote-status words.
func TestParseAPIIncluded(t *testing.T) {
	pg, err := ParsePage(sourcetest.Read(t, "testdata/api-included.json"))
	if err != nil || len(pg.Errors) != 0 || len(pg.Drafts) != 2 || pg.Next != "" {
		t.Fatalf("ParsePage = %d drafts, %v, next %q, %v", len(pg.Drafts), pg.Errors, pg.Next, err)
	}
	d := pg.Drafts[0]
	if want := []string{"Stockholm, Sweden", "Remote Nordics"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.Department != "Engineering" || d.WorkplaceType != "remote" || d.Extra["remote_status"] != "fully" {
		t.Errorf("department/workplace/extra = %q %q %v", d.Department, d.WorkplaceType, d.Extra)
	}
	s := pg.Drafts[1]
	if !reflect.DeepEqual(s.Locations, []string{"Solna, Sweden"}) || s.Department != "" || s.WorkplaceType != "on-site" {
		t.Errorf("second = %+v", s)
	}
	if s.ApplyURL != "https://acme.teamtailor.com/jobs/880002-store-clerk" {
		t.Errorf("apply url = %q", s.ApplyURL)
	}
}
