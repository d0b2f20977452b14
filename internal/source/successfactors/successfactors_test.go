package successfactors

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/jobs.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "5002" {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "5001" || d.Title != "Plant Engineer" || d.Company != "Alpen & Söhne" || d.Department != "Operations" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Department)
	}
	if d.DescriptionHTML != "<p>Run the <b>bottling</b> line.</p>" || !reflect.DeepEqual(d.Locations, []string{"Munich, Bavaria, Germany"}) || d.WorkplaceType != "On-site" {
		t.Errorf("description/location/workplace = %q %q %q", d.DescriptionHTML, d.Locations, d.WorkplaceType)
	}
	if want := map[string]string{"unnamed": "880001", "posted-date": "09/14/2026", "filter.Shift": "Nights"}; !reflect.DeepEqual(d.Extra, want) {
		t.Errorf("extra = %v, want %v", d.Extra, want)
	}
	if a := drafts[1]; a.ExternalID != "5003" || !reflect.DeepEqual(a.Locations, []string{"Austria"}) || a.Company != "" {
		t.Errorf("second = %q %q %q", a.ExternalID, a.Locations, a.Company)
	}
	if ds, es, err := Parse([]byte("<Job-Listing>\n</Job-Listing>")); err != nil || len(ds)+len(es) != 0 {
		t.Errorf("empty feed = %d %d %v", len(ds), len(es), err)
	}
	if _, _, err := Parse([]byte("<rss></rss>")); err == nil {
		t.Error("an RSS feed: want error")
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/successfactors-jht-colgate-jobs.xml")))
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "173126" || d.Title != "Advanced Analytics - Retail" || d.Company != "Hill's Pet Nutrition" || d.WorkplaceType != "Hybrid" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.WorkplaceType)
	}
	if !reflect.DeepEqual(d.Locations, []string{"Overland Park, Kansas, United States"}) || d.Extra["unnamed"] != "375852015" || d.Extra["filter.Travel Required?"] != "Travel - up to 10% of time" {
		t.Errorf("first location/extra = %q %v", d.Locations, d.Extra)
	}
	if d.DescriptionHTML != "<p>Trimmed for the fixture; see the header comment.</p>" || d.Department != "" {
		t.Errorf("first description/department = %q %q", d.DescriptionHTML, d.Department)
	}
	if s := drafts[1]; s.ExternalID != "164817" || s.Title != "(Manufacturing) Operations Assistant" || s.Locations[0] != "Emporia, Kansas, United States" || s.WorkplaceType != "" {
		t.Errorf("second = %q %q %q %q", s.ExternalID, s.Title, s.Locations, s.WorkplaceType)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/career": sourcetest.File(t, "testdata/jobs.xml")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("successfactors not registered")
	}
	feed := srv.URL + "/career?company=alpen&career_ns=job_listing_summary&resultType=XML"
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"url": feed})
	if err != nil || !got.Complete || len(got.Drafts) != 2 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	if want := srv.URL + "/career?career_job_req_id=5001&career_ns=job_listing&company=alpen"; got.Drafts[0].URL != want || got.Drafts[0].ApplyURL != want {
		t.Errorf("job URL = %q, want %q", got.Drafts[0].URL, want)
	}
	if JobURL("https://jobs.example/feed.xml", "1") != "" {
		t.Error("a feed URL without company: want no job URL")
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{}); err == nil {
		t.Error("no url: want error")
	}
}
