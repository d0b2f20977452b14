package scaletest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"sync/atomic"
	"testing"
)

// boardPath is where the mirror answers the board "gitlab" (the Greenhouse jobs-with-content listing).
const boardPath = "/v1/boards/gitlab/jobs"

// mirror serves one Greenhouse board from files and counts the requests for it.
type mirror struct {
	srv   *httptest.Server
	hits  atomic.Int64
	mu    sync.Mutex
	body  []byte
	other atomic.Int64 // any other path (robots.txt and the like)
}

func newMirror(t *testing.T) *mirror {
	m := &mirror{}
	m.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != boardPath {
			m.other.Add(1)
			http.NotFound(w, r)
			return
		}
		m.hits.Add(1)
		m.mu.Lock()
		b := m.body
		m.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(b)
	}))
	t.Cleanup(m.srv.Close)
	return m
}

// serve makes the board answer the union of the jobs of the given Greenhouse files, in order.
func (m *mirror) serve(t *testing.T, files ...string) []greenhouseJob {
	t.Helper()
	var all []json.RawMessage
	var jobs []greenhouseJob
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var raw struct {
			Jobs []json.RawMessage `json:"jobs"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, j := range raw.Jobs {
			var gj greenhouseJob
			if err := json.Unmarshal(j, &gj); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			jobs = append(jobs, gj)
		}
		all = append(all, raw.Jobs...)
	}
	body, err := json.Marshal(map[string]any{"jobs": all, "meta": map[string]int{"total": len(all)}})
	if err != nil {
		t.Fatal(err)
	}
	m.mu.Lock()
	m.body = body
	m.mu.Unlock()
	return jobs
}

// greenhouseJob is the part of a Greenhouse job the assertions read.
type greenhouseJob struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
}
