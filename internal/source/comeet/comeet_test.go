package comeet

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/positions.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 2 || errs[0].Index != 3 || errs[1].Index != 4 || errs[1].ID != "5" {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "31.105" || d.Title != "Backend Engineer" || d.Company != "Harbor Labs" || d.Department != "R&D" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Department)
	}
	if want := "<h3>Description</h3><p>Own the ingestion service.</p><h3>Requirements</h3><ul><li>Go</li></ul>"; d.DescriptionHTML != want {
		t.Errorf("description = %q, want %q", d.DescriptionHTML, want)
	}
	// The Berlin copy of the position is merged into it.
	if want := []string{"Tel Aviv, IL", "Berlin, BE, DE"}; !reflect.DeepEqual(d.Locations, want) || d.Extra["location_uids"] != "B2.001,C3.004" {
		t.Errorf("locations = %q uids %q, want %q", d.Locations, d.Extra["location_uids"], want)
	}
	if d.WorkplaceType != "Hybrid" || d.EmploymentType != "Full-time" || d.Remote == nil || *d.Remote || d.UpdatedRaw != "2026-09-10T07:45:00Z" {
		t.Errorf("workplace/type/remote/updated = %q %q %v %q", d.WorkplaceType, d.EmploymentType, d.Remote, d.UpdatedRaw)
	}
	if d.URL != "https://www.comeet.com/jobs/harbor/A1.002/backend-engineer/31.105" || d.ApplyURL != d.URL || d.Extra["company_page"] != "https://harbor.example/careers/31_105" {
		t.Errorf("urls = %q %q %v", d.URL, d.ApplyURL, d.Extra)
	}
	if d.Extra["experience"] != "Senior" || d.Extra["office"] != "HQ" || d.Extra["timezone"] != "Asia/Jerusalem" || d.Extra["apply_email"] != "harbor.31.105@applynow.io" {
		t.Errorf("extra = %v", d.Extra)
	}
	for k, v := range d.Extra {
		if strings.Contains(v, "SECRET") {
			t.Errorf("the API token is kept in extra %q", k)
		}
	}
	r := drafts[1]
	if r.ExternalID != "31.200" || r.Remote == nil || !*r.Remote || r.WorkplaceType != "Remote" || !reflect.DeepEqual(r.Locations, []string{"Anywhere"}) || r.DescriptionHTML != "" || r.Department != "" {
		t.Errorf("remote position = %q %v %q %q %q %q", r.ExternalID, r.Remote, r.WorkplaceType, r.Locations, r.DescriptionHTML, r.Department)
	}
	if _, _, err := Parse([]byte(`{"positions": []}`)); err == nil {
		t.Error("an object: want error")
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/comeet-jobagent.json")))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("drafts=%d errs=%v err=%v, want the two copies as one position", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "18.767" || d.Title != "Forward Deployed Engineer" || d.Company != "Wiliot" || d.WorkplaceType != "On-site" || d.EmploymentType != "" {
		t.Errorf("position = %q %q %q %q %q", d.ExternalID, d.Title, d.Company, d.WorkplaceType, d.EmploymentType)
	}
	if want := []string{"New York, NY, US", "Plano, TX, US"}; !reflect.DeepEqual(d.Locations, want) || d.Extra["location_uids"] != "C5.402,9B.20A" {
		t.Errorf("locations = %q %v, want %q", d.Locations, d.Extra, want)
	}
	if !strings.HasPrefix(d.DescriptionHTML, "<h3>Description</h3><p>Wiliot was founded") || strings.Contains(d.DescriptionHTML, "Requirements") || strings.Contains(d.DescriptionHTML, "Responsibilities") {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	if d.URL != "https://www.comeet.com/jobs/wiliot/F6.003/forward-deployed-engineer/18.767" || d.UpdatedRaw != "2026-08-12T02:36:49Z" || d.Extra["company_page"] != "https://www.wiliot.com/positions/position-18_767" {
		t.Errorf("url/updated/page = %q %q %v", d.URL, d.UpdatedRaw, d.Extra)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/careers-api/2.0/company/A1.002/positions?details=true&token=T0K": sourcetest.File(t, "testdata/positions.json"),
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("comeet not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "A1.002", "token": "T0K", "base_url": srv.URL})
	if err != nil || !got.Complete || len(got.Drafts) != 2 {
		t.Fatalf("fetched = %+v %v", got, err)
	}
	_, err = a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"company": "ZZ.9", "token": "T0K", "base_url": srv.URL})
	if err == nil || strings.Contains(err.Error(), "T0K") || !errors.Is(err, fetch.ErrStatus) {
		t.Errorf("unknown company: err = %v, want one without the token", err)
	}
	if _, err := ListURL(source.Params{"company": "A1.002"}); err == nil {
		t.Error("no token: want error")
	}
}
