package workingnomads

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/jobs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 3 {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	if errs[0].Index != 2 || errs[0].ID != "900103" || errs[1].Index != 3 || errs[1].ID != "" || errs[2].Index != 4 {
		t.Errorf("errors = %+v", errs)
	}
	d := drafts[0]
	if d.ExternalID != "900101" || d.Title != "Senior Go Engineer & Mentor" || d.Company != "Lumen & Co" || d.DescriptionHTML != "<p>Build the <b>payments</b> API.</p>" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.DescriptionHTML)
	}
	if want := []string{"go", "postgres", "kubernetes"}; !reflect.DeepEqual(d.Tags, want) {
		t.Errorf("tags = %q, want %q", d.Tags, want)
	}
	if d.Remote == nil || !*d.Remote || !reflect.DeepEqual(d.Locations, []string{"Europe"}) || d.PostedRaw != "2026-09-01T08:30:00-04:00" || d.Extra["category"] != "Development" {
		t.Errorf("remote/location/posted/category = %v %q %q %v", d.Remote, d.Locations, d.PostedRaw, d.Extra)
	}
	if d.URL != "https://www.workingnomads.com/job/go/900101/" || d.ApplyURL != d.URL {
		t.Errorf("urls = %q %q", d.URL, d.ApplyURL)
	}
	if o := drafts[1]; o.ExternalID != "https://example.org/careers/42" || o.Locations != nil || o.Tags != nil || o.Extra != nil {
		t.Errorf("link without a number = %q %q %q %v", o.ExternalID, o.Locations, o.Tags, o.Extra)
	}
	for _, body := range []string{`{"jobs": []}`, `<`, ``} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%q) = nil error", body)
		}
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/workingnomads-rjc.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 4 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "1719512" || d.Title != "AI Content Analyst (No Experience Required)" || d.Company != "Peroptyx" || d.PostedRaw != "2026-07-10T09:24:39-04:00" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.PostedRaw)
	}
	if want := []string{"analyst", "english", "media", "researcher"}; !reflect.DeepEqual(d.Tags, want) || d.Extra["category"] != "Administration" || d.Locations[0] != "Australia" {
		t.Errorf("tags/category/location = %q %v %q", d.Tags, d.Extra, d.Locations)
	}
	// Two jobs share a title and company but are different postings (Canada and Japan).
	if drafts[1].ExternalID != "1719508" || drafts[3].ExternalID != "1712616" || drafts[3].Locations[0] != "Japan - Remote" {
		t.Errorf("ids = %q %q, last location %q", drafts[1].ExternalID, drafts[3].ExternalID, drafts[3].Locations)
	}
	if want := []string{"email marketing", "strategic marketing", "creative", "ab testing", "ecommerce"}; !reflect.DeepEqual(drafts[2].Tags, want) {
		t.Errorf("third tags = %q", drafts[2].Tags)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api/exposed_jobs/": sourcetest.File(t, "testdata/jobs.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("workingnomads not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL})
	if err != nil || !got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 3 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": "ftp://x"}); err == nil {
		t.Error("bad base_url: want error")
	}
}
