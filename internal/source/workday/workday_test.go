package workday

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/jobs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 2 || errs[0].Index != 2 || errs[0].ID != "R-1" || errs[1].Index != 3 {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "R-10442" || d.Title != "Data Engineer" || !reflect.DeepEqual(d.Locations, []string{"Dublin"}) || d.PostedRaw != "Posted 3 Days Ago" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Locations, d.PostedRaw)
	}
	if d.WorkplaceType != "Hybrid" || d.EmploymentType != "Full time" || d.Extra["external_path"] != "/job/Dublin/Data-Engineer_R-10442" || d.Extra["bullet_fields"] != "R-10442 | Dublin" {
		t.Errorf("first workplace/type/extra = %q %q %v", d.WorkplaceType, d.EmploymentType, d.Extra)
	}
	if _, ok := d.Extra["locations_text"]; ok {
		t.Errorf("a place was also kept as a locations count: %v", d.Extra)
	}
	m := drafts[1]
	if !reflect.DeepEqual(m.Locations, []string{"Texas - Austin"}) || m.Extra["locations_text"] != "2 Locations" {
		t.Errorf("multi-location = %q %v", m.Locations, m.Extra)
	}
	for _, body := range []string{`{"jobs": []}`, `[]`, `<`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/workday-careerkit-salesforce-cxs.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "JR354232" || d.Title != "Solution Architect / Senior Solution Architect - PubSec - SLED/NGO" || d.PostedRaw != "Posted Yesterday" {
		t.Errorf("first = %q %q %q", d.ExternalID, d.Title, d.PostedRaw)
	}
	if want := []string{"Virginia - Washington DC Metro - Remote"}; !reflect.DeepEqual(d.Locations, want) || d.Extra["locations_text"] != "3 Locations" || d.Extra["bullet_fields"] != "JR354232" {
		t.Errorf("first locations = %q %v, want %q", d.Locations, d.Extra, want)
	}
	if s := drafts[1]; s.ExternalID != "JR332446" || !reflect.DeepEqual(s.Locations, []string{"Illinois - Chicago"}) || s.PostedRaw != "Posted 3 Days Ago" {
		t.Errorf("second = %q %q %q", s.ExternalID, s.Locations, s.PostedRaw)
	}
}
