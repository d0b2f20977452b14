package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

const jobPage = `<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
	"title": "Software Support Specialist", "hiringOrganization": {"@type": "Organization", "name": "Acme"},
	"datePosted": "2026-08-20", "description": "<p>Support our customers.</p>", "identifier": {"@type": "PropertyValue", "value": "ss-1"},
	"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE"}}}</script></head><body></body></html>`

// pageSource serves a page whose answer set changes, as a jsonld source at path; run runs it an hour
// after the last run.
func pageSource(t *testing.T, d store.Dialect, path string) (st *store.Store, set func(status int, body string), run func() store.Run) {
	t.Helper()
	var mu sync.Mutex
	status, body := 200, ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	st = storetest.Open(t, d)
	now := time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)
	svc := ingest.New(st, fetch.New(fetch.Options{AllowPrivate: true, MinHostDelay: -1, MaxRetries: -1}), ingest.Options{})
	svc.SetClock(func() time.Time { return now })
	src, err := svc.CreateSource(context.Background(), ingest.Actor{Admin: true}, ingest.NewSource{Kind: "jsonld", Params: map[string]string{"url": srv.URL + path}})
	if err != nil {
		t.Fatal(err)
	}
	set = func(s int, b string) { mu.Lock(); status, body = s, b; mu.Unlock() }
	run = func() store.Run {
		t.Helper()
		now = now.Add(time.Hour)
		r, _ := svc.Run(context.Background(), src.ID, "", "test")
		return r
	}
	return st, set, run
}

// A job page that answers 404 or 410 is a job that is gone: its postings close, and come back if the
// page does. A board's API that answers 404 closes nothing (a wrong slug is not every job gone).
func TestGoneJobPageCloses(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st, set, run := pageSource(t, d, "/jobs/ss-1")
		set(200, jobPage)
		if r := run(); r.Status != store.RunSucceeded || r.Created != 1 {
			t.Fatalf("first run %+v", r)
		}
		for _, gone := range []int{410, 404} {
			set(gone, "<html>Not here</html>")
			r := run()
			if r.Status != store.RunSucceeded || r.Closed != 1 || !strings.Contains(r.Error, "closed") {
				t.Fatalf("HTTP %d: run %+v", gone, r)
			}
			if ps, _, _ := st.ListPostings(ctx, store.PostingFilter{Status: "closed", Dismissed: "include"}); len(ps) != 1 {
				t.Fatalf("HTTP %d: %d closed postings, want 1", gone, len(ps))
			}
			set(200, jobPage)
			if r := run(); r.Status != store.RunSucceeded || r.Updated != 1 {
				t.Fatalf("page back after %d: run %+v", gone, r)
			}
			if ps, _, _ := st.ListPostings(ctx, store.PostingFilter{Status: "open", Dismissed: "include"}); len(ps) != 1 {
				t.Fatalf("page back after %d: %d open postings, want 1", gone, len(ps))
			}
		}
		// A server error is no answer about the job: nothing closes.
		set(503, "busy")
		if r := run(); r.Status != store.RunFailed || r.Closed != 0 {
			t.Fatalf("HTTP 503: run %+v", r)
		}
	})
}

// A board's API answering 404 says nothing about its jobs (the slug may be wrong): nothing closes.
func TestBoardNotFoundClosesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		f.board.set(200, gitlab(t), "")
		if r := f.run(t); r.Created != 3 {
			t.Fatalf("first run %+v", r)
		}
		f.board.set(404, []byte("not found"), "")
		if r := f.run(t); r.Status != store.RunFailed || r.Closed != 0 || len(f.open(t)) != 3 {
			t.Fatalf("404 run %+v, open %d", r, len(f.open(t)))
		}
	})
}

// A page that was never read (a mistyped address) answering 404 is a failed run, not a gone job; a page of
// several jobs gone at once closes them only when the next run finds it gone too.
func TestGonePageGuards(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		_, set, run := pageSource(t, d, "/careers")
		set(404, "<html>Not here</html>")
		if r := run(); r.Status != store.RunFailed || r.Error != "the board answered HTTP 404" {
			t.Fatalf("never-read page answering 404: run %+v", r)
		}
		two := strings.Replace(jobPage, `"value": "ss-1"`, `"value": "ss-2"`, 1)
		two = strings.Replace(two, "Software Support Specialist", "Field Engineer", 1)
		set(200, jobPage+two)
		if r := run(); r.Status != store.RunSucceeded || r.Created != 2 {
			t.Fatalf("careers page: run %+v", r)
		}
		set(410, "gone")
		if r := run(); r.Status != store.RunSucceeded || r.Closed != 0 || !strings.Contains(r.Error, "next run") {
			t.Fatalf("first gone answer for 2 postings: run %+v", r)
		}
		if r := run(); r.Closed != 2 {
			t.Fatalf("second gone answer: run %+v", r)
		}
	})
}
