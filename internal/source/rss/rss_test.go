package rss

import (
	"context"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseWWRStyle(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/wwr.rss"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(drafts) != 2 || len(errs) != 1 || errs[0].Index != 2 || errs[0].ID != "https://weworkremotely.com/remote-jobs/untitled" {
		t.Fatalf("drafts %d errs %+v", len(drafts), errs)
	}
	d := drafts[0]
	if d.Company != "Brightwave" || d.Title != "Senior Backend Engineer" || d.EmploymentType != "Full-Time" {
		t.Errorf("draft = %q %q %q", d.Company, d.Title, d.EmploymentType)
	}
	if strings.Join(d.Locations, "|") != "USA Only|United States" || strings.Join(d.Tags, "|") != "Back-End Programming|Go|PostgreSQL" {
		t.Errorf("locations %q tags %q", d.Locations, d.Tags)
	}
	if d.DescriptionHTML != "<p><strong>Headquarters:</strong> Portland</p><p>R&D\u00a0team</p>" {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	if d.PostedRaw != "Mon, 14 Sep 2026 09:15:00 +0000" || d.Extra["expires"] != "Wed, 14 Oct 2026 09:15:00 +0000" || d.Extra["state"] != "Oregon" || d.Remote == nil || !*d.Remote {
		t.Errorf("posted %q extra %v remote %v", d.PostedRaw, d.Extra, d.Remote)
	}
	k := drafts[1]
	if k.Company != "Kettle & Co" || k.Title != "Support Lead" || k.Locations[0] != "Anywhere in the World" || len(k.Locations) != 1 {
		t.Errorf("second = %q %q %q", k.Company, k.Title, k.Locations)
	}
	if !strings.HasPrefix(k.DescriptionHTML, "Bare ampersand & a stray entity") {
		t.Errorf("tolerant description = %q", k.DescriptionHTML)
	}
}

func TestParseAtom(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/jobs.atom"))
	if err != nil || len(errs) != 0 || len(drafts) != 3 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "urn:cobalt:job:41" || d.Title != "Infrastructure Engineer: Networking" || d.Company != "Cobalt Systems" || d.URL != "https://careers.cobalt.example/jobs/41" {
		t.Errorf("entry 0 = %q %q %q %q (no split off WWR)", d.ExternalID, d.Title, d.Company, d.URL)
	}
	if d.DescriptionHTML != "<p>Run our <b>BGP</b> edge.</p>" || d.PostedRaw != "2026-09-11T08:00:00Z" || d.UpdatedRaw != "2026-09-12T09:30:00Z" || d.Tags[0] != "Infrastructure" {
		t.Errorf("entry 0 description %q posted %q updated %q tags %q", d.DescriptionHTML, d.PostedRaw, d.UpdatedRaw, d.Tags)
	}
	if w := drafts[1]; w.DescriptionText != "Write the docs." || w.PostedRaw != "2026-09-10T12:00:00Z" || w.URL != "https://careers.cobalt.example/jobs/42" {
		t.Errorf("entry 1 = %+v", w)
	}
	if x := drafts[2]; !strings.Contains(x.DescriptionHTML, "<p>Draw things.</p>") {
		t.Errorf("xhtml content = %q", x.DescriptionHTML)
	}
	split, _, err := ParseCompanyInTitle(sourcetest.Read(t, "testdata/jobs.atom"))
	if err != nil || split[0].Company != "Infrastructure Engineer" || split[0].Title != "Networking" {
		t.Errorf("forced split = %q %q %v", split[0].Company, split[0].Title, err)
	}
}

func TestParseCharsetAndBadBytes(t *testing.T) {
	drafts, _, err := Parse(sourcetest.Read(t, "testdata/latin1.rss"))
	if err != nil || len(drafts) != 1 || drafts[0].Title != "Entwickler für München" || drafts[0].DescriptionHTML != "Grüße" {
		t.Fatalf("latin-1 feed: %v %+v", err, drafts)
	}
	if drafts[0].ExternalID != "https://jobs.example.de/1" {
		t.Errorf("id falls back to link, got %q", drafts[0].ExternalID)
	}
	drafts, _, err = Parse(sourcetest.Read(t, "testdata/badbytes.rss"))
	if err != nil || len(drafts) != 1 || drafts[0].Title != "Caf\uFFFD manager" {
		t.Fatalf("bad bytes: %v %+v", err, drafts)
	}
}

func TestParseRejectsOtherXML(t *testing.T) {
	for _, body := range []string{`<workzag-jobs><position/></workzag-jobs>`, `{"jobs":[]}`, ``} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%q): want error", body)
		}
	}
}

func TestParseSharedWWR(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/weworkremotely-jobagent-sales-marketing.rss")))
	if err != nil || len(errs) != 0 || len(drafts) != 3 {
		t.Fatalf("Parse: %v %v %d", err, errs, len(drafts))
	}
	want := [][2]string{{"Remote", "Account Executive DACH"}, {"Justworks", "Account Executive - In-Territory (SF/Bay Area, CA)"}, {"Amplitude", "Senior Enterprise Account Executive"}}
	for i, w := range want {
		if drafts[i].Company != w[0] || drafts[i].Title != w[1] {
			t.Errorf("item %d = %q / %q, want %q / %q", i, drafts[i].Company, drafts[i].Title, w[0], w[1])
		}
	}
	if !strings.Contains(drafts[0].DescriptionHTML, `<div class="content-intro">`) || drafts[0].Locations[0] != "Anywhere in the World" {
		t.Errorf("item 0 description/locations: %q", drafts[0].Locations)
	}

	drafts, errs, err = Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/weworkremotely-rjc-all-jobs.rss")))
	if err != nil || len(errs) != 0 || len(drafts) != 4 {
		t.Fatalf("Parse rjc: %v %v %d", err, errs, len(drafts))
	}
	m := drafts[0]
	if m.Company != "Mathmo" || m.Title != "Maths Coach" || m.EmploymentType != "Contract" || m.PostedRaw != "Fri, 10 Jul 2026 22:45:30 +0000" ||
		m.ExternalID != "https://weworkremotely.com/remote-jobs/mathmo-maths-coach" || m.Extra["state"] != "London" {
		t.Errorf("rjc item 0 = %q %q %q %q %q %v", m.Company, m.Title, m.EmploymentType, m.PostedRaw, m.ExternalID, m.Extra)
	}
	if a := drafts[2]; a.Company != "APEX TRADE" || len(a.Tags) != 2 || a.Tags[1] != "Cryptocurrency" {
		t.Errorf("rjc item 2 = %q tags %q", a.Company, a.Tags)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/jobs.atom": {ContentType: "application/atom+xml", Body: sourcetest.Read(t, "testdata/jobs.atom")},
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("rss not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"url": srv.URL + "/jobs.atom", "company_in_title": "true"})
	if err != nil || len(f.Drafts) != 3 || !f.Complete || f.Drafts[0].Title != "Networking" {
		t.Fatalf("Fetch: %v %d %v", err, len(f.Drafts), f.Complete)
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{}); err == nil {
		t.Error("Fetch without url: want error")
	}
	if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"url": srv.URL + "/missing"}); err == nil {
		t.Error("Fetch of a 404: want error")
	}
}
