package file

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/greenhouse"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseBundle(t *testing.T) {
	body := sourcetest.Read(t, "testdata/bundle.json")
	if got := Detect("bundle.json", body); got != "greenhouse" {
		t.Fatalf("Detect = %q, want greenhouse", got)
	}
	drafts, errs, err := ParseBody(body, greenhouse.Parse)
	if err != nil {
		t.Fatal(err)
	}
	// a_list comes first (key order); its entry for job 7 gives way to b_full's fuller one.
	if len(drafts) != 2 || drafts[0].ExternalID != "7" || drafts[1].ExternalID != "9" {
		t.Fatalf("drafts = %+v", drafts)
	}
	if d := drafts[0]; d.Department != "Design" || !reflect.DeepEqual(d.Locations, []string{"Oslo"}) || d.DescriptionHTML != "&lt;p&gt;Draw.&lt;/p&gt;" {
		t.Errorf("job 7 = %q %q %q, want the full record", d.Department, d.Locations, d.DescriptionHTML)
	}
	if len(errs) != 1 || errs[0].ID != "8" || errs[0].Index != 1 {
		t.Errorf("errors = %+v", errs)
	}
	bad := []byte(`{"a": {"jobs": [{"id": 1, "title": "x", "absolute_url": "u"}]}, "b": {"offices": 3}}`)
	if _, _, err := ParseBody(bad, greenhouse.Parse); Detect("bad.json", bad) != "greenhouse" || err == nil {
		t.Error("a bundle member that does not parse: want error")
	}
	// A bundle mixing boards, or holding a non-object, is no bundle.
	for _, b := range []string{`{"a": {"jobs": [{"id": 1, "title": "x", "absolute_url": "u"}]}, "b": {"offers": []}}`, `{"a": {"offers": []}, "b": 3}`, `{}`} {
		if got := Detect("x.json", []byte(b)); got != "" {
			t.Errorf("Detect(%s) = %q, want none", b, got)
		}
	}
}

func TestParseSharedDocsBundle(t *testing.T) {
	drafts, errs, err := ParseBody(sourcetest.Read(t, testutil.SharedFile(t, "greenhouse/docs-examples-list-jobs.json")), greenhouse.Parse)
	if err != nil || len(drafts) != 1 || len(errs) != 0 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	// Both examples are job 127817; the content=true one, with departments and offices, is kept.
	d := drafts[0]
	if d.ExternalID != "127817" || d.Title != "Vault Designer" || d.Department != "Department of Departments" || d.URL != "https://boards.greenhouse.io/vaulttec/jobs/127817" {
		t.Errorf("draft = %q %q %q %q", d.ExternalID, d.Title, d.Department, d.URL)
	}
	if want := []string{"NYC", "East Coast", "New York City"}; !reflect.DeepEqual(d.Locations, want) || d.Extra["requisition_id"] != "50" || d.UpdatedRaw != "2016-01-14T10:55:28-05:00" {
		t.Errorf("locations/extra = %q %v %q", d.Locations, d.Extra, d.UpdatedRaw)
	}
}

func TestFilled(t *testing.T) {
	yes := true
	if n := filled(posting.Draft{Title: "a", Locations: []string{"x", "y"}, Remote: &yes, Extra: map[string]string{"k": "v"}, URL: " "}); n != 5 {
		t.Errorf("filled = %d, want 5", n)
	}
}
