package ingest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	_ "github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// board is a local Greenhouse mirror whose answer a test can change.
type board struct {
	mu     sync.Mutex
	status int
	body   []byte
	etag   string
	hits   int
	cond   int // requests that carried If-None-Match
}

func (b *board) set(status int, body []byte, etag string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.status, b.body, b.etag = status, body, etag
}

func (b *board) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.hits++
	if r.URL.Path != "/v1/boards/gitlab/jobs" {
		http.NotFound(w, r)
		return
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		b.cond++
		if inm == b.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if b.etag != "" {
		w.Header().Set("ETag", b.etag)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body)
}

type fixture struct {
	st    *store.Store
	svc   *ingest.Service
	board *board
	src   store.Source
	now   time.Time
	admin ingest.Actor
}

func gitlab(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(testutil.SharedFile(t, "greenhouse/brete-gitlab-jobs-content-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withoutJob returns the GitLab capture without the job of an id.
func withoutJob(t *testing.T, body []byte, id float64) []byte {
	t.Helper()
	var doc map[string][]map[string]any
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	var keep []map[string]any
	for _, j := range doc["jobs"] {
		if j["id"].(float64) != id {
			keep = append(keep, j)
		}
	}
	doc["jobs"] = keep
	out, _ := json.Marshal(doc)
	return out
}

func newFixture(t *testing.T, d store.Dialect) *fixture {
	t.Helper()
	st := storetest.Open(t, d)
	f := &fixture{st: st, board: &board{status: 200}, now: time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)}
	srv := httptest.NewServer(f.board)
	t.Cleanup(srv.Close)
	client := fetch.New(fetch.Options{AllowPrivate: true, MinHostDelay: -1, MaxRetries: -1})
	f.svc = ingest.New(st, client, ingest.Options{BatchSize: 2})
	f.svc.SetClock(func() time.Time { return f.now })
	u, err := st.CreateUser(context.Background(), store.User{ID: uuid.NewString(), Email: "a@x.test", PasswordHash: "h", CreatedAt: f.now, UpdatedAt: f.now}, store.NewUser{FirstIsAdmin: true})
	if err != nil {
		t.Fatal(err)
	}
	f.admin = ingest.Actor{UserID: u.ID, Admin: true}
	f.src, err = f.svc.CreateSource(context.Background(), f.admin, ingest.NewSource{URL: "https://boards.greenhouse.io/gitlab", Params: map[string]string{"base_url": srv.URL}})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) run(t *testing.T) store.Run {
	t.Helper()
	f.now = f.now.Add(time.Hour)
	r, _ := f.svc.Run(context.Background(), f.src.ID, "", "test")
	return r
}

func (f *fixture) open(t *testing.T) map[string]store.StoredPosting {
	t.Helper()
	ps, _, err := f.st.ListPostings(context.Background(), store.PostingFilter{Status: "open", Dismissed: "include"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.StoredPosting{}
	for _, p := range ps {
		out[p.Title] = p
	}
	return out
}

func TestRunLifecycleOnRealCapture(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		ctx := context.Background()
		if f.src.Kind != "greenhouse" || f.src.Params["board"] != "gitlab" || f.src.Name != "gitlab (greenhouse)" {
			t.Fatalf("detected source %+v", f.src)
		}
		body := gitlab(t)
		f.board.set(200, body, `"v1"`)

		r := f.run(t)
		if r.Status != store.RunSucceeded || r.Fetched != 3 || r.Created != 3 || r.Closed != 0 || !r.Complete {
			t.Fatalf("first run %+v", r)
		}
		open := f.open(t)
		ai := open["AI Transformation Owner, CRO"]
		if ai.Company != "GitLab" || ai.Salary.Min != 139200 || ai.Salary.Max != 235200 || ai.Salary.Currency != "USD" ||
			ai.Salary.Raw != "$139,200—$235,200 USD" || ai.PostedRaw != "2026-07-22T13:38:40-04:00" ||
			!ai.PostedAt.Equal(time.Date(2026, 7, 22, 17, 38, 40, 0, time.UTC)) || len(ai.Locations) != 1 || ai.Locations[0].Raw != "Remote, United States" {
			t.Fatalf("stored posting %+v", ai)
		}
		full, err := f.st.Posting(ctx, open["Account Executive - Italy"].ID, "")
		if err != nil || len(full.Links) != 1 || full.Links[0].ExternalID != "8503792002" || full.Links[0].URL != "https://job-boards.greenhouse.io/gitlab/jobs/8503792002" ||
			len(full.Locations) != 1 || full.Locations[0].Raw != "Remote, Italy" || !strings.Contains(full.DescriptionHTML, "<p>") { // its office "Italy" adds no place
			t.Fatalf("posting with links %+v %v", full.Links, err)
		}

		// The ETag is kept and sent: the unchanged board answers 304 and nothing is rewritten.
		r = f.run(t)
		if r.Status != store.RunSucceeded || r.Unchanged != 3 || f.board.cond != 1 {
			t.Fatalf("conditional run %+v, conditional requests %d", r, f.board.cond)
		}

		// A server error, a malformed body and an empty listing close nothing.
		for _, bad := range []struct {
			status int
			body   string
		}{{500, "oops"}, {200, `{"jobs": [{"id": `}, {200, `{"jobs": []}`}} {
			f.board.set(bad.status, []byte(bad.body), "")
			r = f.run(t)
			if r.Closed != 0 || len(f.open(t)) != 3 {
				t.Fatalf("answer %d %q closed postings: %+v", bad.status, bad.body, r)
			}
		}
		if r.Status != store.RunSucceeded || !strings.Contains(r.Error, "suspicious") {
			t.Fatalf("empty listing run %+v", r)
		}
		src, _ := f.st.Source(ctx, f.src.ID)
		if src.ConsecutiveFailures != 0 || src.LastError != "" {
			t.Fatalf("status after the empty listing %+v", src)
		}

		// A complete listing without one job closes exactly that one; its reappearance reopens it.
		f.board.set(200, withoutJob(t, body, 8556658002), "")
		r = f.run(t)
		if r.Closed != 1 || r.Unchanged != 2 || len(f.open(t)) != 2 {
			t.Fatalf("shrunk listing %+v", r)
		}
		f.board.set(200, body, "")
		r = f.run(t)
		if r.Updated != 1 || r.Unchanged != 2 || r.Created != 0 || len(f.open(t)) != 3 {
			t.Fatalf("relisted %+v", r)
		}
		runs, _ := f.svc.Runs(ctx, f.src.ID, 50)
		if len(runs) != 7 || runs[0].ID != r.ID || runs[len(runs)-1].Created != 3 {
			t.Fatalf("run history %d runs", len(runs))
		}
	})
}

func TestFailureStatusAndBackoff(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		f.board.set(503, []byte("down"), "")
		r := f.run(t)
		src, _ := f.st.Source(context.Background(), f.src.ID)
		if r.Status != store.RunFailed || r.Error == "" || src.ConsecutiveFailures != 1 || !src.NextRunAt.Equal(f.now.Add(time.Hour)) {
			t.Fatalf("after one failure: run %+v source %+v", r, src)
		}
		f.run(t)
		src, _ = f.st.Source(context.Background(), f.src.ID)
		if src.ConsecutiveFailures != 2 || !src.NextRunAt.Equal(f.now.Add(2*time.Hour)) || !src.LastSuccessAt.IsZero() {
			t.Fatalf("after two failures: %+v", src)
		}
		f.board.set(200, gitlab(t), "")
		f.run(t)
		src, _ = f.st.Source(context.Background(), f.src.ID)
		if src.ConsecutiveFailures != 0 || !src.LastSuccessAt.Equal(f.now) || !src.NextRunAt.Equal(f.now.Add(time.Hour)) {
			t.Fatalf("after success: %+v", src)
		}
	})
}

// A run stamps each write with the time it is written, not the time the run started: the match index
// reads postings changed after the last change it saw, and a slow run's writes stamped with its start
// would fall behind changes other runs committed meanwhile. Normalization still reads the start.
func TestRunStampsWritesWhenWritten(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		ctx := context.Background()
		body := gitlab(t)
		f.board.set(200, body, "")
		f.run(t)
		// From here every reading of the clock is a minute after the one before, as in a slow run.
		f.svc.SetClock(func() time.Time { f.now = f.now.Add(time.Minute); return f.now })
		f.board.set(200, withoutJob(t, body, 8556658002), "")
		r, err := f.svc.Run(ctx, f.src.ID, "", "test")
		if err != nil || r.Closed != 1 {
			t.Fatalf("run %+v %v", r, err)
		}
		ps, _, err := f.st.ListPostings(ctx, store.PostingFilter{Status: "closed", Dismissed: "include"})
		if err != nil || len(ps) != 1 {
			t.Fatalf("closed postings %d %v", len(ps), err)
		}
		if !ps[0].ClosedAt.After(r.StartedAt) {
			t.Errorf("closed at %v, the run started at %v: want the time of the close", ps[0].ClosedAt, r.StartedAt)
		}
		f.board.set(200, body, "")
		r, err = f.svc.Run(ctx, f.src.ID, "", "test")
		if err != nil || r.Updated != 1 {
			t.Fatalf("relisting run %+v %v", r, err)
		}
		full, err := f.st.Posting(ctx, ps[0].ID, "")
		if err != nil || !full.ClosedAt.IsZero() || !full.ModifiedAt.After(r.StartedAt) {
			t.Errorf("reopened posting closed %v modified %v, run started %v: want open, modified after the start (%v)", full.ClosedAt, full.ModifiedAt, r.StartedAt, err)
		}
	})
}
