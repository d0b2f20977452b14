package hn

import (
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseItemsTree(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/item.json"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	// 5 children: one posting, one deleted, one posting, one blank, one malformed; the reply is not top-level.
	if len(drafts) != 2 || len(errs) != 1 || errs[0].Index != 4 {
		t.Fatalf("drafts %d errors %+v", len(drafts), errs)
	}
	k := drafts[0]
	if k.ExternalID != "51000101" || k.Company != "Kelpwise" || k.Title != "Staff Backend Engineer" || k.Locations[0] != "Lisbon, Portugal" {
		t.Errorf("kelpwise = %q %q %q %q", k.ExternalID, k.Company, k.Title, k.Locations)
	}
	if k.WorkplaceType != "ONSITE" || k.Remote != nil || k.EmploymentType != "Full-time" || k.SalaryText != "€90k-€120k" {
		t.Errorf("kelpwise workplace %q remote %v type %q salary %q", k.WorkplaceType, k.Remote, k.EmploymentType, k.SalaryText)
	}
	if k.PostedRaw != "2026-09-01T15:02:40.000Z" || k.URL != "https://news.ycombinator.com/item?id=51000101" || k.Extra["author"] != "kelp_hr" {
		t.Errorf("kelpwise posted %q url %q extra %v", k.PostedRaw, k.URL, k.Extra)
	}
	if k.DescriptionHTML[:9] != "Kelpwise " {
		t.Errorf("description must be the comment HTML as given, got %q", k.DescriptionHTML[:20])
	}
	q := drafts[1]
	if q.Company != "Quarry AI" || q.Title != "ML Engineer, Data Platform Engineer" || q.Locations[0] != "REMOTE (US, Canada)" || q.Remote == nil || !*q.Remote || q.SalaryText != "$150k - $190k + equity" {
		t.Errorf("quarry = %q %q %q %v %q", q.Company, q.Title, q.Locations, q.Remote, q.SalaryText)
	}
}

func TestParseRejectsOtherShapes(t *testing.T) {
	for _, body := range []string{`[]`, `{"jobs":[]}`, `{"hits": 3}`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s): want error", body)
		}
	}
}

func TestParseSharedSearchCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/hn-algolia-whoishiring-july2026-rjc.json")))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	// 7 hits, one of which (48859053) answers another comment.
	if len(drafts) != 6 {
		t.Fatalf("got %d drafts, want 6", len(drafts))
	}
	for _, d := range drafts {
		if d.ExternalID == "48859053" {
			t.Error("the reply 48859053 must not be a posting")
		}
	}
	w := drafts[1]
	if w.ExternalID != "48843116" || w.Company != "Wave" || w.Title != "On-Premises SRE" || w.Locations[0] != "Remote (EMEA)" ||
		w.EmploymentType != "Permanent (Full-time)" || w.SalaryText != "Salary up to $185,500 + equity" || w.PostedRaw != "2026-07-09T09:17:40Z" {
		t.Errorf("wave = %q %q %q %q %q %q %q", w.ExternalID, w.Company, w.Title, w.Locations, w.EmploymentType, w.SalaryText, w.PostedRaw)
	}
	r := drafts[4]
	if r.Company != "ResortPass" || r.Locations[0] != "New York, NY" || r.WorkplaceType != "Onsite" || r.SalaryText != "$160k–$180k ($210k for senior band) + Equity" ||
		r.Extra["visa"] != "Visa possible for exceptional candidates" || r.Extra["header_extra"] != "" {
		t.Errorf("resortpass = %q %q %q %q %v", r.Company, r.Locations, r.WorkplaceType, r.SalaryText, r.Extra)
	}
	if q := drafts[0]; q.Title != "Developer Advocate / Technical Customer Support Specialist" || q.WorkplaceType != "REMOTE" || q.Locations != nil {
		t.Errorf("qase = %q %q %q", q.Title, q.WorkplaceType, q.Locations)
	}
	// "This Dot Labs\nOpen roles: • Engineering Leads • Senior Engineers<p>...": the company alone, the roles below.
	if d := drafts[5]; d.ExternalID != "48804695" || d.Company != "This Dot Labs" || d.Title != "Engineering Leads / Senior Engineers" || d.Locations != nil || d.WorkplaceType != "" {
		t.Errorf("this dot labs = %q %q %q %q %q", d.ExternalID, d.Company, d.Title, d.Locations, d.WorkplaceType)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/api/v1/items/51000000": sourcetest.File(t, "testdata/item.json")})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("hn not registered")
	}
	f, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"item": "51000000", "base_url": srv.URL})
	if err != nil || len(f.Drafts) != 2 || !f.Complete {
		t.Fatalf("Fetch: %v %d %v", err, len(f.Drafts), f.Complete)
	}
	for _, p := range []source.Params{{}, {"item": "../x"}, {"item": "1", "base_url": srv.URL}} {
		if _, err := a.Fetch(context.Background(), sourcetest.Getter{}, p); err == nil {
			t.Errorf("Fetch(%v): want error", p)
		}
	}
}
