package workable

import (
	"context"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/widget.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 2 || len(errs) != 1 || errs[0].Index != 3 || errs[0].ID != "BADBADBAD1" {
		t.Fatalf("drafts=%d errs=%+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.ExternalID != "A1B2C3D4E5" || d.Company != "Fjord Labs" || d.EmploymentType != "Full-time" || d.PostedRaw != "2026-04-14" {
		t.Errorf("first = %q %q %q %q", d.ExternalID, d.Company, d.EmploymentType, d.PostedRaw)
	}
	if want := []string{"Bergen, Vestland, Norway", "Oslo, Norway"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("merged locations = %q, want %q", d.Locations, want)
	}
	if d.Remote == nil || *d.Remote || d.DescriptionHTML != "<p>Write firmware for sensors.</p>" || d.Extra["code"] != "ENG-4" || d.Extra["created_at"] != "2026-04-10" {
		t.Errorf("remote/description/extra = %v %q %v", d.Remote, d.DescriptionHTML, d.Extra)
	}
	s := drafts[1]
	if !reflect.DeepEqual(s.Locations, []string{"Sweden"}) || s.Remote == nil || !*s.Remote {
		t.Errorf("fallback location/remote = %q %v", s.Locations, s.Remote)
	}
	for _, body := range []string{`{"name": "x"}`, `[]`, `{`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedCaptures(t *testing.T) {
	crew, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/workable-candidatezero-account.json")))
	if err != nil || len(errs) != 0 || len(crew) != 4 {
		t.Fatalf("crewai: %d %v %v", len(crew), errs, err)
	}
	if crew[0].ExternalID != "3862836931" || crew[0].Title != "Customer Success Manager, LATAM" || crew[0].Company != "CrewAI" ||
		!reflect.DeepEqual(crew[0].Locations, []string{"São Paulo, State of São Paulo, Brazil"}) {
		t.Errorf("crewai[0] = %q %q %q %q", crew[0].ExternalID, crew[0].Title, crew[0].Company, crew[0].Locations)
	}
	zae, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/workable-careerkit-zaelab-widget.json")))
	if err != nil || len(errs) != 0 || len(zae) != 1 {
		t.Fatalf("zaelab: %d %v %v", len(zae), errs, err)
	}
	if want := []string{"Spain", "Portugal"}; !reflect.DeepEqual(zae[0].Locations, want) || zae[0].PostedRaw != "2026-08-05" {
		t.Errorf("zaelab = %q %q", zae[0].Locations, zae[0].PostedRaw)
	}
	vas, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "other-ats/workable-jobagent-vasion-widget.json")))
	if err != nil || len(errs) != 0 || len(vas) != 2 {
		t.Fatalf("vasion: %d %v %v", len(vas), errs, err)
	}
	if vas[0].Locations[0] != "New South Wales, Australia" || vas[1].Locations[0] != "London, England, United Kingdom" ||
		vas[1].ApplyURL != "https://apply.workable.com/j/15F16B8D99/apply" || vas[0].Extra["education"] != "Bachelor's Degree" {
		t.Errorf("vasion = %q %q %q %v", vas[0].Locations, vas[1].Locations, vas[1].ApplyURL, vas[0].Extra)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/api/v1/widget/accounts/fjordlabs?details=true": sourcetest.File(t, "testdata/widget.json"),
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("workable not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"account": "fjordlabs", "base_url": srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 1 {
		t.Fatalf("fetched = %v %d %d", got.Complete, len(got.Drafts), len(got.Errors))
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"account": "missing", "base_url": srv.URL}); err == nil {
		t.Error("404: want error")
	}
}
