package fetch

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// testDelay is the per-host politeness delay tests run with.
const testDelay = 30 * time.Millisecond

// newTestClient builds a client for loopback test servers: small delays,
// fast backoff, and private addresses allowed unless a test says otherwise.
func newTestClient(t *testing.T, opts Options) *Client {
	t.Helper()
	if opts.MinHostDelay == 0 {
		opts.MinHostDelay = testDelay
	}
	if opts.BaseBackoff == 0 {
		opts.BaseBackoff = 5 * time.Millisecond
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	c := New(opts)
	t.Cleanup(c.CloseIdleConnections)
	return c
}

// hit is what a test server saw of one request.
type hit struct {
	at     time.Time
	method string
	path   string
	header http.Header
	body   string
}

// recorder is a loopback server that records every request before
// handing it to the test's handler.
type recorder struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
}

func newRecorder(t *testing.T, h http.HandlerFunc) *recorder {
	t.Helper()
	r := &recorder{}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		req.Body = io.NopCloser(bytes.NewReader(body))
		r.mu.Lock()
		r.hits = append(r.hits, hit{at: time.Now(), method: req.Method, path: req.URL.Path, header: req.Header.Clone(), body: string(body)})
		r.mu.Unlock()
		h(w, req)
	}))
	t.Cleanup(r.Close)
	return r
}

// seen returns a copy of the hits so far, optionally only those on path.
func (r *recorder) seen(path string) []hit {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []hit
	for _, h := range r.hits {
		if path == "" || h.path == path {
			out = append(out, h)
		}
	}
	return out
}

// count is how many requests reached path ("" for all).
func (r *recorder) count(path string) int { return len(r.seen(path)) }
