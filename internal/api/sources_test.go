package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"sync"
	"testing"

	"github.com/google/uuid"

	_ "github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// allowLoopback lets the harness fetch from test servers on 127.0.0.1 while every other private address stays refused.
func allowLoopback(ap netip.AddrPort) bool { return ap.Addr().IsLoopback() }

// fakeQueue records queued runs instead of handing them to River; a test plays the worker.
type fakeQueue struct {
	mu     sync.Mutex
	queued map[string]string // source id → run id waiting
}

func (q *fakeQueue) EnqueueRun(_ context.Context, sourceID, runID string) (string, bool, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.queued == nil {
		q.queued = map[string]string{}
	}
	if id, ok := q.queued[sourceID]; ok {
		return id, true, nil
	}
	q.queued[sourceID] = runID
	return runID, false, nil
}

// work runs the waiting run of a source, as the River worker would.
func (h *harness) work(sourceID string) {
	h.runs.mu.Lock()
	id := h.runs.queued[sourceID]
	delete(h.runs.queued, sourceID)
	h.runs.mu.Unlock()
	if _, err := h.ing.Run(context.Background(), sourceID, id, "manual"); err != nil {
		h.t.Fatalf("run: %v", err)
	}
}

func greenhouseMirror(t *testing.T) *httptest.Server {
	t.Helper()
	body, err := os.ReadFile(testutil.SharedFile(t, "greenhouse/brete-gitlab-jobs-content-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/boards/gitlab/jobs" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestSources(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		admin := h.registerBrowser("admin@example.com") // the first account is the admin
		alice, _ := h.registerAPI("alice@example.com")
		bob, _ := h.registerAPI("bob@example.com")
		mirror := greenhouseMirror(t)

		// Private, link-local and metadata base URLs are refused with a field error; nothing is saved.
		for _, bad := range []string{"http://169.254.169.254/latest", "http://10.1.2.3:8080", "ftp://example.com"} {
			r := alice.expect("POST", "/api/v1/sources", map[string]any{"url": "https://boards.greenhouse.io/gitlab", "params": map[string]string{"base_url": bad}}, 422)
			if fe := fieldErrors(t, r); fe["params.base_url"] == "" || len(fe) != 1 {
				t.Fatalf("%s: %v", bad, fe)
			}
		}
		if fe := fieldErrors(t, alice.expect("POST", "/api/v1/sources", map[string]any{"url": "not a url", "interval_minutes": 1}, 422)); fe["url"] == "" {
			t.Fatalf("bad url: %v", fe)
		}
		if fe := fieldErrors(t, alice.expect("POST", "/api/v1/sources", map[string]any{"kind": "nope"}, 422)); fe["kind"] == "" {
			t.Fatalf("bad kind: %v", fe)
		}
		if n := len(alice.expect("GET", "/api/v1/sources", nil, 200).json(t)["sources"].([]any)); n != 0 {
			t.Fatalf("refused sources were saved: %d", n)
		}

		src := alice.expect("POST", "/api/v1/sources", map[string]any{"url": "https://boards.greenhouse.io/gitlab", "params": map[string]string{"base_url": mirror.URL},
			"interval_minutes": 30}, 201).json(t)
		id := src["id"].(string)
		if src["kind"] != "greenhouse" || src["params"].(map[string]any)["board"] != "gitlab" || src["interval_minutes"] != 30.0 || src["enabled"] != true ||
			src["can_edit"] != true || src["next_run_at"] == nil || src["last_run_at"] != nil {
			t.Fatalf("created %v", src)
		}
		alice.expect("POST", "/api/v1/sources", map[string]any{"url": "https://boards.greenhouse.io/gitlab", "params": map[string]string{"base_url": mirror.URL}}, 409)

		// Sources are shared: Bob sees and runs Alice's source but cannot change or delete it; an admin can.
		if got := bob.expect("GET", "/api/v1/sources/"+id, nil, 200).json(t); got["can_edit"] != false || got["name"] != "gitlab (greenhouse)" {
			t.Fatalf("bob's view %v", got)
		}
		bob.expect("PATCH", "/api/v1/sources/"+id, map[string]any{"name": "mine"}, 403)
		bob.expect("DELETE", "/api/v1/sources/"+id, nil, 403)
		if got := admin.expect("PATCH", "/api/v1/sources/"+id, map[string]any{"name": "GitLab"}, 200).json(t); got["name"] != "GitLab" {
			t.Fatalf("admin patch %v", got)
		}
		if fe := fieldErrors(t, alice.expect("PATCH", "/api/v1/sources/"+id, map[string]any{"interval_minutes": 2}, 422)); fe["interval_minutes"] == "" {
			t.Fatalf("short interval: %v", fe)
		}
		for _, p := range []string{"/api/v1/sources/" + uuid.NewString(), "/api/v1/sources/not-an-id", "/api/v1/sources/" + uuid.NewString() + "/runs"} {
			bob.expect("GET", p, nil, 404)
		}
		bob.expect("POST", "/api/v1/sources/"+uuid.NewString()+"/run", nil, 404)

		// Run now queues one run; asking again while it waits returns the same run.
		run := bob.expect("POST", "/api/v1/sources/"+id+"/run", nil, 202).json(t)
		again := alice.expect("POST", "/api/v1/sources/"+id+"/run", nil, 202).json(t)
		if run["status"] != "queued" || again["id"] != run["id"] {
			t.Fatalf("queued %v then %v", run, again)
		}
		h.work(id)
		runs := alice.expect("GET", "/api/v1/sources/"+id+"/runs", nil, 200).json(t)["runs"].([]any)
		got := runs[0].(map[string]any)
		if len(runs) != 1 || got["id"] != run["id"] || got["status"] != "succeeded" || got["fetched"] != 3.0 || got["new"] != 3.0 || got["closed"] != 0.0 ||
			got["started_at"] == nil || got["finished_at"] == nil {
			t.Fatalf("runs %v", runs)
		}
		if s := alice.expect("GET", "/api/v1/sources/"+id, nil, 200).json(t); s["last_success_at"] == nil || s["consecutive_failures"] != 0.0 {
			t.Fatalf("status after run %v", s)
		}

		alice.expect("DELETE", "/api/v1/sources/"+id, nil, 204)
		alice.expect("GET", "/api/v1/sources/"+id, nil, 404)
	})
}

func TestJobs(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		alice, _ := h.registerAPI("alice@example.com")
		bob, _ := h.registerAPI("bob@example.com")
		mirror := greenhouseMirror(t)
		id := alice.expect("POST", "/api/v1/sources", map[string]any{"url": "https://boards.greenhouse.io/gitlab", "params": map[string]string{"base_url": mirror.URL}}, 201).json(t)["id"].(string)
		alice.expect("POST", "/api/v1/sources/"+id+"/run", nil, 202)
		h.work(id)

		list := alice.expect("GET", "/api/v1/jobs", nil, 200).json(t)
		jobs := list["jobs"].([]any)
		if len(jobs) != 3 || list["next_cursor"] != "" {
			t.Fatalf("list %v", list)
		}
		// Newest posting first: AI Transformation Owner was posted on 2026-07-22, the others earlier.
		first := jobs[0].(map[string]any)
		if first["title"] != "AI Transformation Owner, CRO" || first["description_html"] != nil || first["sources"] != nil {
			t.Fatalf("first %v", first)
		}
		job := alice.expect("GET", "/api/v1/jobs/"+first["id"].(string), nil, 200).json(t)
		sal := job["salary"].(map[string]any)
		links := job["sources"].([]any)
		if sal["min"] != 139200.0 || sal["max"] != 235200.0 || sal["currency"] != "USD" || sal["raw"] != "$139,200—$235,200 USD" ||
			job["posted_raw"] != "2026-07-22T13:38:40-04:00" || job["closed"] != false || len(links) != 1 ||
			links[0].(map[string]any)["url"] != "https://job-boards.greenhouse.io/gitlab/jobs/8638232002" || job["description_html"] == "" {
			t.Fatalf("job %v", job)
		}
		if loc := job["locations"].([]any)[0].(map[string]any); loc["raw"] != "Remote, United States" || loc["country"] != "US" {
			t.Fatalf("location %v", loc)
		}

		// Pages of two.
		p1 := alice.expect("GET", "/api/v1/jobs?limit=2", nil, 200).json(t)
		p2 := alice.expect("GET", "/api/v1/jobs?limit=2&cursor="+p1["next_cursor"].(string), nil, 200).json(t)
		if len(p1["jobs"].([]any)) != 2 || len(p2["jobs"].([]any)) != 1 || p2["next_cursor"] != "" || p2["jobs"].([]any)[0].(map[string]any)["title"] != "Account Executive - Italy" {
			t.Fatalf("pages %v / %v", p1, p2)
		}
		alice.expect("GET", "/api/v1/jobs?cursor=garbage", nil, 400)
		if fe := fieldErrors(t, alice.expect("GET", "/api/v1/jobs?status=gone&posted_within=-1", nil, 422)); fe["status"] == "" || fe["posted_within"] == "" {
			t.Fatalf("filters %v", fe)
		}
		if n := len(alice.expect("GET", "/api/v1/jobs?company=GitLab%20Inc.&source="+id, nil, 200).json(t)["jobs"].([]any)); n != 3 {
			t.Fatalf("company filter: %d", n)
		}
		if n := len(alice.expect("GET", "/api/v1/jobs?company=Acme", nil, 200).json(t)["jobs"].([]any)); n != 0 {
			t.Fatalf("other company: %d", n)
		}

		// Saved and dismissed are per user.
		jid := first["id"].(string)
		if got := alice.expect("PUT", "/api/v1/jobs/"+jid+"/dismiss", nil, 200).json(t); got["dismissed_at"] == nil {
			t.Fatalf("dismiss %v", got)
		}
		alice.expect("PUT", "/api/v1/jobs/"+jobs[1].(map[string]any)["id"].(string)+"/save", nil, 200)
		if n := len(alice.expect("GET", "/api/v1/jobs", nil, 200).json(t)["jobs"].([]any)); n != 2 {
			t.Fatalf("alice sees %d after dismissing one", n)
		}
		if n := len(alice.expect("GET", "/api/v1/jobs?saved=true", nil, 200).json(t)["jobs"].([]any)); n != 1 {
			t.Fatalf("alice saved %d", n)
		}
		if n := len(alice.expect("GET", "/api/v1/jobs?dismissed=only", nil, 200).json(t)["jobs"].([]any)); n != 1 {
			t.Fatalf("alice dismissed %d", n)
		}
		if n := len(bob.expect("GET", "/api/v1/jobs", nil, 200).json(t)["jobs"].([]any)); n != 3 {
			t.Fatalf("bob sees %d", n)
		}
		if got := bob.expect("GET", "/api/v1/jobs/"+jid, nil, 200).json(t); got["dismissed_at"] != nil {
			t.Fatalf("bob sees alice's mark: %v", got)
		}
		// Re-ingesting keeps the dismissal.
		alice.expect("POST", "/api/v1/sources/"+id+"/run", nil, 202)
		h.work(id)
		if n := len(alice.expect("GET", "/api/v1/jobs", nil, 200).json(t)["jobs"].([]any)); n != 2 {
			t.Fatalf("after re-ingestion alice sees %d", n)
		}
		alice.expect("DELETE", "/api/v1/jobs/"+jid+"/dismiss", nil, 200)
		if n := len(alice.expect("GET", "/api/v1/jobs", nil, 200).json(t)["jobs"].([]any)); n != 3 {
			t.Fatalf("after undismiss alice sees %d", n)
		}
		for _, p := range []string{"/api/v1/jobs/" + uuid.NewString(), "/api/v1/jobs/nope"} {
			alice.expect("GET", p, nil, 404)
		}
		alice.expect("PUT", "/api/v1/jobs/"+uuid.NewString()+"/save", nil, 404)
	})
}
