package teamtailor

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseFeedTestdata(t *testing.T) {
	pg, err := ParsePage(sourcetest.Read(t, "testdata/feed-page1.json"))
	if err != nil || len(pg.Drafts) != 2 || len(pg.Errors) != 0 || pg.Next != "BASE_URL/jobs.json?page=2&per_page=2" {
		t.Fatalf("page = %+v %v", pg, err)
	}
	d := pg.Drafts[0]
	if d.ExternalID != "0f1e2d3c-aaaa-4bbb-8ccc-000000000001" || d.Company != "Lumen Studios AB" || d.EmploymentType != "FULL_TIME" || d.Extra["job_id"] != "5550001" {
		t.Errorf("first = %q %q %q %v", d.ExternalID, d.Company, d.EmploymentType, d.Extra)
	}
	if want := []string{"Malmö, Skåne, SE", "Oslo, NO"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 42000 || *c[0].Max != 52000 || c[0].Currency != "SEK" || c[0].Period != "MONTH" {
		t.Errorf("salary = %+v", c)
	}
	p := pg.Drafts[1]
	if p.EmploymentType != "PART_TIME, TEMPORARY" || p.WorkplaceType != "TELECOMMUTE" || p.Company != "Lumen Studios" || p.Locations != nil {
		t.Errorf("second = %q %q %q %q", p.EmploymentType, p.WorkplaceType, p.Company, p.Locations)
	}
	pg2, err := ParsePage(sourcetest.Read(t, "testdata/feed-page2.json"))
	if err != nil || pg2.Next != "" || len(pg2.Drafts) != 1 || len(pg2.Errors) != 1 || pg2.Errors[0].Index != 1 {
		t.Fatalf("page2 = %+v %v", pg2, err)
	}
	if pg2.Drafts[0].DescriptionText != "Make it loud." || pg2.Drafts[0].DescriptionHTML != "" {
		t.Errorf("text-only item = %+v", pg2.Drafts[0])
	}
	for _, body := range []string{`{"version": "x"}`, `[]`, `nope`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseAPITestdata(t *testing.T) {
	pg, err := ParsePage(sourcetest.Read(t, "testdata/api-page.json"))
	if err != nil || len(pg.Drafts) != 1 || pg.Next == "" {
		t.Fatalf("api page = %+v %v", pg, err)
	}
	d := pg.Drafts[0]
	if d.ExternalID != "990011" || d.WorkplaceType != "hybrid" || d.EmploymentType != "contract" || d.PostedRaw != "2026-04-05T09:00:00.000+02:00" ||
		d.ApplyURL != "https://lumen.teamtailor.com/jobs/990011-qa-tester/applications/new" || d.Extra["pitch"] != "Play games for a living" {
		t.Errorf("api job = %+v", d)
	}
}

func TestParseSharedCaptures(t *testing.T) {
	ck, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/teamtailor-careerkit-jobs-jsonfeed.json")))
	if err != nil || len(errs) != 0 || len(ck) != 2 {
		t.Fatalf("careerkit: %d %v %v", len(ck), errs, err)
	}
	if want := []string{"Stockholm, Sweden, SE", "København, Europe, DK"}; !reflect.DeepEqual(ck[1].Locations, want) ||
		ck[1].Title != "Mid-Market Account Executive - Copenhagen" || ck[1].PostedRaw != "2026-01-18T19:35:57+01:00" || ck[1].Extra["job_id"] != "7069633" {
		t.Errorf("careerkit[1] = %q %q %q %v", ck[1].Title, ck[1].Locations, ck[1].PostedRaw, ck[1].Extra)
	}
	p1, err := ParsePage(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/teamtailor-jht-chalhoub-page1.json")))
	if err != nil || len(p1.Drafts) != 1 || p1.Next != "https://chalhoubgroup.teamtailor.com/jobs.json?page=2&per_page=100" {
		t.Fatalf("chalhoub page1 = %+v %v", p1, err)
	}
	if p1.Drafts[0].Title != "Finance Manager" || p1.Drafts[0].Company != "Chalhoub Group" || p1.Drafts[0].Locations[0] != "Dubai, United Arab Emirates, AE" {
		t.Errorf("chalhoub[0] = %+v", p1.Drafts[0])
	}
	p2, err := ParsePage(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/teamtailor-jht-chalhoub-page2.json")))
	if err != nil || len(p2.Drafts) != 1 || p2.Next != "" || p2.Drafts[0].PostedRaw != "2026-06-23T08:46:53+04:00" {
		t.Fatalf("chalhoub page2 = %+v %v", p2, err)
	}
}

func TestFetchFollowsNext(t *testing.T) {
	srv := sourcetest.NewServer(t, nil)
	for uri, file := range map[string]string{"/jobs.json": "testdata/feed-page1.json", "/jobs.json?page=2&per_page=2": "testdata/feed-page2.json"} {
		srv.Handle(uri, sourcetest.Route{Body: bytes.ReplaceAll(sourcetest.Read(t, file), []byte("BASE_URL"), []byte(srv.URL))})
	}
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("teamtailor not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "lumen", "base_url": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 3 || len(got.Errors) != 1 || got.Errors[0].Index != 3 {
		t.Fatalf("complete=%v drafts=%d errors=%+v", got.Complete, len(got.Drafts), got.Errors)
	}
	if got.Drafts[2].URL != srv.URL+"/jobs/5550003-sound-designer" {
		t.Errorf("url = %q", got.Drafts[2].URL)
	}
	if reqs := srv.Requests(); !reflect.DeepEqual(reqs, []string{"/jobs.json", "/jobs.json?page=2&per_page=2"}) {
		t.Errorf("requests = %q", reqs)
	}
}

func TestFetchIncompleteOnBadNextPage(t *testing.T) {
	for name, second := range map[string]*sourcetest.Route{"503": {Status: 503}, "loop": nil} {
		t.Run(name, func(t *testing.T) {
			srv := sourcetest.NewServer(t, nil)
			srv.Handle("/jobs.json", sourcetest.Route{Body: bytes.ReplaceAll(sourcetest.Read(t, "testdata/feed-page1.json"), []byte("BASE_URL"), []byte(srv.URL))})
			if second != nil {
				srv.Handle("/jobs.json?page=2&per_page=2", *second)
			} else {
				// Page 2 links back to itself.
				body := bytes.ReplaceAll(sourcetest.Read(t, "testdata/feed-page1.json"), []byte("BASE_URL"), []byte(srv.URL))
				srv.Handle("/jobs.json?page=2&per_page=2", sourcetest.Route{Body: body})
			}
			got, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			if got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 1 || got.Errors[0].Index != -1 {
				t.Fatalf("complete=%v drafts=%d errors=%+v", got.Complete, len(got.Drafts), got.Errors)
			}
			if n := len(srv.Requests()); n != 2 {
				t.Errorf("requests = %d, want 2", n)
			}
		})
	}
	u, err := FirstURL(source.Params{"company": "lumen"})
	if err != nil || u != "https://lumen.teamtailor.com/jobs.json" {
		t.Errorf("default URL = %q %v", u, err)
	}
}
