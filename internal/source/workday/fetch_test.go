package workday

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/detect"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// searchServer answers POSTs to the site's jobs search with pages[offset], read from the body.
func searchServer(t *testing.T, path string, pages map[int][]byte) *sourcetest.Server {
	t.Helper()
	srv := sourcetest.NewServer(t, nil)
	srv.HandleFunc(path, func(r sourcetest.Received) sourcetest.Route {
		var q searchBody
		if r.Method != http.MethodPost || r.ContentType != "application/json" || json.Unmarshal(r.Body, &q) != nil {
			return sourcetest.Route{Status: http.StatusBadRequest}
		}
		body, ok := pages[q.Offset]
		if !ok {
			return sourcetest.Route{Status: http.StatusInternalServerError}
		}
		return sourcetest.Route{ContentType: "application/json", Body: body}
	})
	return srv
}

// politeClient is the real fetch client with no pause between requests, for loopback servers.
func politeClient(t *testing.T) *fetch.Client {
	c := fetch.New(fetch.Options{MinHostDelay: -1, MaxRetries: -1, Timeout: 5 * time.Second})
	t.Cleanup(c.CloseIdleConnections)
	return c
}

func TestFetchReplaysSharedCapture(t *testing.T) {
	const cxs = "/wday/cxs/salesforce/External_Career_Site"
	srv := searchServer(t, cxs+"/jobs", map[int][]byte{0: sourcetest.Read(t, testutil.SharedFile(t, "other-ats/workday-careerkit-salesforce-cxs.json"))})
	first := "/job/Virginia---Washington-DC-Metro---Remote/Solution-Architect---Senior-Solution-Architect---PubSec---SLED-NGO_JR354232"
	srv.Handle(cxs+first, sourcetest.File(t, "testdata/detail.json")) // the second job's detail is a 404
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("workday is not registered")
	}
	p := source.Params{"tenant": "salesforce", "wd": "wd12", "site": "External_Career_Site", "locale": "en-US", "base_url": srv.URL}
	f, err := a.Fetch(context.Background(), politeClient(t), p)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Complete || len(f.Drafts) != 2 {
		t.Fatalf("complete=%v drafts=%d errors=%v", f.Complete, len(f.Drafts), f.Errors)
	}
	got := srv.Received()
	if len(got) != 3 || got[0].Method != "POST" || got[0].URI != cxs+"/jobs" || string(got[0].Body) != `{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}` {
		t.Fatalf("requests = %+v", got)
	}
	if got[1].Method != "GET" || got[1].URI != cxs+first {
		t.Errorf("first detail request = %s %s", got[1].Method, got[1].URI)
	}
	d := f.Drafts[0]
	if d.ExternalID != "JR354232" || d.Title != "Solution Architect / Senior Solution Architect - PubSec - SLED/NGO" ||
		d.URL != "https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site"+first {
		t.Errorf("first = %q %q %q", d.ExternalID, d.Title, d.URL)
	}
	if want := []string{"Virginia - Washington DC Metro - Remote", "California - San Francisco", "Texas - Austin"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("first locations = %q, want the detail's %q", d.Locations, want)
	}
	if d.PostedRaw != "2026-07-09" || d.Extra["posted_on"] != "Posted Yesterday" || d.Company != "Salesforce" || d.EmploymentType != "Full time" ||
		!strings.HasPrefix(d.DescriptionHTML, "<p><b>Job Category</b></p>") || d.Extra["country"] != "United States of America" {
		t.Errorf("first detail fields = %q %v %q %q %.30q", d.PostedRaw, d.Extra, d.Company, d.EmploymentType, d.DescriptionHTML)
	}
	s := f.Drafts[1]
	if s.ExternalID != "JR332446" || s.PostedRaw != "Posted 3 Days Ago" || s.DescriptionHTML != "" || !reflect.DeepEqual(s.Locations, []string{"Illinois - Chicago"}) ||
		s.URL != "https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site/job/Illinois---Chicago/Customer-Success-Manager---Global-Public-Sector--State---Local-Gov-_JR332446" {
		t.Errorf("second = %q %q %q %q %q", s.ExternalID, s.PostedRaw, s.DescriptionHTML, s.Locations, s.URL)
	}
	if len(f.Errors) != 1 || f.Errors[0].ID != "JR332446" || f.Errors[0].Index != 1 || !strings.Contains(f.Errors[0].Err, "404") {
		t.Errorf("errors = %+v, want the second detail's 404", f.Errors)
	}
}

func TestFetchPagesByOffsetUpToTheFirstTotal(t *testing.T) {
	const jobs = "/wday/cxs/acme/Careers/jobs"
	srv := searchServer(t, jobs, map[int][]byte{
		0: sourcetest.Read(t, "testdata/search-offset0.json"),
		2: sourcetest.Read(t, "testdata/search-offset2.json"), // total 0 on later pages, as Workday answers
		4: sourcetest.Read(t, "testdata/search-offset4.json"),
		6: []byte(`{"total":0,"jobPostings":[]}`), // must not be asked: 5 of 5 were read
	})
	p := source.Params{"tenant": "acme", "site": "Careers", "wd": "wd5", "limit": "2", "details": "false", "search": "engineer", "base_url": srv.URL}
	f, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, p)
	if err != nil || !f.Complete || len(f.Drafts) != 5 || len(f.Errors) != 0 {
		t.Fatalf("err=%v complete=%v drafts=%d errors=%v", err, f.Complete, len(f.Drafts), f.Errors)
	}
	var offsets []int
	for _, r := range srv.Received() {
		var q searchBody
		_ = json.Unmarshal(r.Body, &q)
		if q.Limit != 2 || q.SearchText != "engineer" {
			t.Errorf("body %s, want limit 2 and the search text", r.Body)
		}
		offsets = append(offsets, q.Offset)
	}
	if !reflect.DeepEqual(offsets, []int{0, 2, 4}) {
		t.Errorf("offsets asked = %v, want [0 2 4]", offsets)
	}
	ids := []string{}
	for _, d := range f.Drafts {
		ids = append(ids, d.ExternalID)
	}
	if !reflect.DeepEqual(ids, []string{"R-101", "R-102", "R-103", "R-104", "R-105"}) {
		t.Errorf("ids = %v", ids)
	}
	if u := f.Drafts[3].URL; u != "https://acme.wd5.myworkdayjobs.com/Careers/job/Texas---Austin/Support-Engineer_R-104" {
		t.Errorf("URL without a locale = %q", u)
	}
}

func TestFetchIsIncompleteUnlessTheWholeListingWasRead(t *testing.T) {
	page0 := sourcetest.Read(t, "testdata/search-offset0.json")
	cases := map[string]map[int][]byte{
		// A posting added between requests pushes R-102 onto the next page: one of the 5 stays unseen.
		"shifted": {0: page0, 2: []byte(`{"total":0,"jobPostings":[` +
			`{"title":"Data Analyst","externalPath":"/job/Paris/Data-Analyst_R-102"},` +
			`{"title":"Product Designer","externalPath":"/job/Lisbon/Product-Designer_R-103"}]}`),
			4: sourcetest.Read(t, "testdata/search-offset4.json")},
		"failed page": {0: page0},
		"shrank":      {0: page0, 2: []byte(`{"total":0,"jobPostings":[]}`)},
	}
	for name, pages := range cases {
		srv := searchServer(t, "/wday/cxs/acme/Careers/jobs", pages)
		p := source.Params{"tenant": "acme", "site": "Careers", "wd": "wd5", "limit": "2", "details": "false", "base_url": srv.URL}
		f, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, p)
		if err != nil || f.Complete || len(f.Drafts) < 2 {
			t.Errorf("%s: err=%v complete=%v drafts=%d, want the drafts read and an incomplete result", name, err, f.Complete, len(f.Drafts))
			continue
		}
		if n := len(f.Errors); n != 1 || f.Errors[0].Index != -1 {
			t.Errorf("%s: errors = %+v, want one page error", name, f.Errors)
		}
	}
}

func TestFetchDetailsAreCapped(t *testing.T) {
	const cxs = "/wday/cxs/acme/Careers"
	srv := searchServer(t, cxs+"/jobs", map[int][]byte{0: sourcetest.Read(t, "testdata/search-offset0.json"), 2: sourcetest.Read(t, "testdata/search-offset2.json"),
		4: sourcetest.Read(t, "testdata/search-offset4.json")})
	srv.Handle(cxs+"/job/Berlin/Backend-Engineer_R-101", sourcetest.File(t, "testdata/detail.json"))
	p := source.Params{"tenant": "acme", "site": "Careers", "wd": "wd5", "limit": "2", "max_details": "2", "company_name": "Acme", "base_url": srv.URL}
	f, err := Adapter{}.Fetch(context.Background(), sourcetest.Getter{}, p)
	if err != nil || !f.Complete || len(f.Drafts) != 5 {
		t.Fatalf("err=%v complete=%v drafts=%d", err, f.Complete, len(f.Drafts))
	}
	details := 0
	for _, r := range srv.Received() {
		if r.Method == "GET" {
			details++
		}
	}
	if details != 2 || len(f.Errors) != 4 || !strings.Contains(f.Errors[3].Err, "details were used") {
		t.Errorf("detail requests = %d, errors = %+v; want 2 asked, 1 failed and 3 skipped", details, f.Errors)
	}
	if d := f.Drafts[0]; d.DescriptionHTML == "" || d.Company != "Acme" {
		t.Errorf("first draft description %q company %q, want the detail's description and the params' company", d.DescriptionHTML, d.Company)
	}
}

func TestFetchParams(t *testing.T) {
	for _, p := range []source.Params{
		{"site": "Careers", "wd": "wd5"},
		{"tenant": "acme", "wd": "wd5"},
		{"tenant": "acme", "site": "Careers"},
		{"tenant": "acme", "site": "Careers", "wd": "eu5"},
		{"tenant": "acme", "site": "../x", "wd": "wd5"},
		{"tenant": "acme", "site": "Careers", "wd": "wd5", "locale": "english"},
		{"tenant": "acme", "site": "Careers", "base_url": "ftp://x"},
	} {
		if _, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, p); err == nil {
			t.Errorf("Fetch(%v): want an error", p)
		}
	}
	s, err := siteOf(source.Params{"tenant": "Acme", "site": "Careers", "wd": "WD1"})
	if err != nil || s.jobsURL() != "https://acme.wd1.myworkdayjobs.com/wday/cxs/Acme/Careers/jobs" {
		t.Errorf("siteOf = %q, %v", s.jobsURL(), err)
	}
	_, detected, err := detect.URL("https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site")
	if err != nil {
		t.Fatal(err)
	}
	if s, err = siteOf(detected); err != nil || s.jobsURL() != "https://salesforce.wd12.myworkdayjobs.com/wday/cxs/salesforce/External_Career_Site/jobs" ||
		s.jobURL("/job/X_R-1") != "https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site/job/X_R-1" {
		t.Errorf("detected %v: %q %q %v", detected, s.jobsURL(), s.jobURL("/job/X_R-1"), err)
	}
	_, detected, err = detect.URL("https://wd5.myworkdaysite.com/en-US/recruiting/acme/External/job/X_R-1")
	if err != nil {
		t.Fatal(err)
	}
	if s, err = siteOf(detected); err != nil || s.jobsURL() != "https://wd5.myworkdaysite.com/wday/cxs/acme/External/jobs" ||
		s.jobURL("/job/X_R-1") != "https://wd5.myworkdaysite.com/en-US/recruiting/acme/External/job/X_R-1" {
		t.Errorf("detected %v: %q %q %v", detected, s.jobsURL(), s.jobURL("/job/X_R-1"), err)
	}
	for _, p := range []source.Params{
		{"tenant": "acme", "site": "External", "domain": "myworkdaysite.com"},
		{"tenant": "acme", "site": "External", "wd": "wd5", "domain": "workday.com"},
	} {
		if _, err := siteOf(p); err == nil {
			t.Errorf("siteOf(%v): want an error", p)
		}
	}
	for path, ok := range map[string]bool{"/job/Berlin/X_R-1": true, "job/x": false, "/job/../admin": false, "//evil.test/x": false, "/job/x?y=1": false} {
		if validPath(path) != ok {
			t.Errorf("validPath(%q) = %v, want %v", path, !ok, ok)
		}
	}
}
