package arbeitnow

import (
	"bytes"
	"context"
	"net/http"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, next, err := parsePage(sourcetest.Read(t, "testdata/page1.json"))
	if err != nil || len(errs) != 0 {
		t.Fatalf("parsePage: %v %v", err, errs)
	}
	if next != "NEXT_URL" || len(drafts) != 2 {
		t.Fatalf("next %q, %d drafts", next, len(drafts))
	}
	d := drafts[0]
	if d.ExternalID != "backend-entwickler-go-muenchen-700001" || d.Title != "Backend-Entwickler Go (m/w/d)" || d.Company != "Alpenbyte GmbH" {
		t.Errorf("draft = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if d.EmploymentType != "Full Time" || d.Extra["job_types"] != "Full Time; Permanent" || d.PostedRaw != "1789900000" || d.Locations[0] != "München" || d.Remote == nil || *d.Remote {
		t.Errorf("type %q posted %q loc %q remote %v", d.EmploymentType, d.PostedRaw, d.Locations, d.Remote)
	}
	if !*drafts[1].Remote || drafts[1].EmploymentType != "" {
		t.Errorf("draft 1 remote %v type %q", *drafts[1].Remote, drafts[1].EmploymentType)
	}

	drafts, errs, next, err = parsePage(sourcetest.Read(t, "testdata/page2.json"))
	if err != nil || next != "" || len(drafts) != 1 || len(errs) != 1 || errs[0].ID != "broken-700004" {
		t.Fatalf("page 2: err %v next %q drafts %d errs %+v", err, next, len(drafts), errs)
	}
	if _, _, err := Parse([]byte(`{"jobs":[]}`)); err == nil {
		t.Error("Parse of a body without data: want error")
	}
}

func TestParseSharedCapture(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "job-apis/arbeitnow-brete-full.json")))
	if err != nil || len(errs) != 0 {
		t.Fatalf("Parse: %v %v", err, errs)
	}
	if len(drafts) != 3 {
		t.Fatalf("got %d drafts, want 3", len(drafts))
	}
	d := drafts[1]
	if d.ExternalID != "quereinsteiger-redaktion-marketing-vertrieb-berlin-308023" || d.Company != "GITO mbH Verlag" ||
		d.Title != "Quereinsteiger: Redaktion, Marketing, Vertrieb (m/w/d)" || d.EmploymentType != "Side" || d.Locations[0] != "Berlin" || d.PostedRaw != "1786806026" {
		t.Errorf("draft 1 = %+v", d)
	}
	if r := drafts[2]; r.Remote == nil || !*r.Remote || r.Locations[0] != "Remote" || r.Title != "Senior Account Executive, Enterprise" {
		t.Errorf("draft 2 = %q remote %v loc %q", r.Title, r.Remote, r.Locations)
	}
}

// pagedServer serves page1 with a next link to page 2, and page 2 with status code2.
func pagedServer(t *testing.T, code2 int) *sourcetest.Server {
	srv := sourcetest.NewServer(t, nil)
	p1 := bytes.Replace(sourcetest.Read(t, "testdata/page1.json"), []byte("NEXT_URL"), []byte(srv.URL+"/api/job-board-api?page=2"), 1)
	srv.Handle("/api/job-board-api", sourcetest.Route{Body: p1})
	p2 := sourcetest.File(t, "testdata/page2.json")
	if code2 != http.StatusOK {
		p2 = sourcetest.Route{Status: code2, Body: []byte("boom")}
	}
	srv.Handle("/api/job-board-api?page=2", p2)
	return srv
}

// wantRequests fails unless the server was asked for exactly these URIs, in order.
func wantRequests(t *testing.T, srv *sourcetest.Server, want ...string) {
	t.Helper()
	if got := srv.Requests(); !reflect.DeepEqual(got, want) {
		t.Errorf("requests %q, want %q", got, want)
	}
}

func TestFetchTwoPages(t *testing.T) {
	srv := pagedServer(t, http.StatusOK)
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("arbeitnow not registered")
	}
	g := &sourcetest.Recorder{}
	f, err := a.Fetch(context.Background(), g, source.Params{"base_url": srv.URL})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(g.Calls()) != 2 || len(f.Drafts) != 3 || len(f.Errors) != 1 || !f.Complete {
		t.Fatalf("calls %v drafts %d errors %v complete %v", g.Calls(), len(f.Drafts), f.Errors, f.Complete)
	}
	wantRequests(t, srv, "/api/job-board-api", "/api/job-board-api?page=2")
	if f.Drafts[2].ExternalID != "werkstudent-marketing-hamburg-700003" {
		t.Errorf("third draft = %q", f.Drafts[2].ExternalID)
	}
}

func TestFetchPage2Fails(t *testing.T) {
	srv := pagedServer(t, http.StatusInternalServerError)
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if f.Complete || len(f.Drafts) != 2 || len(f.Errors) != 1 || f.Errors[0].Index != -1 || f.Errors[0].ID != "page 2" {
		t.Fatalf("complete %v drafts %d errors %+v", f.Complete, len(f.Drafts), f.Errors)
	}
	wantRequests(t, srv, "/api/job-board-api", "/api/job-board-api?page=2")
}

func TestFetchMaxPages(t *testing.T) {
	srv := pagedServer(t, http.StatusOK)
	g := &sourcetest.Recorder{}
	f, err := (Adapter{}).Fetch(context.Background(), g, source.Params{"base_url": srv.URL, "max_pages": "1"})
	if err != nil || f.Complete || len(f.Drafts) != 2 || len(g.Calls()) != 1 {
		t.Fatalf("err %v complete %v drafts %d calls %d", err, f.Complete, len(f.Drafts), len(g.Calls()))
	}
	wantRequests(t, srv, "/api/job-board-api")
}

func TestFetchFirstPageFails(t *testing.T) {
	srv := sourcetest.NewServer(t, nil) // every URI is 404
	if _, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL}); err == nil {
		t.Fatal("want error when page 1 fails")
	}
}
