// Package sourcetest helps adapter tests: a loopback server that serves canned
// bodies by request URI, and a plain net/http Getter to read it with.
package sourcetest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
)

// Route is one canned answer; Status 0 means 200.
type Route struct {
	Status      int
	ContentType string
	Body        []byte
}

// Server is a loopback HTTP server answering from a table of routes.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	routes   map[string]Route
	funcs    map[string]func(Received) Route
	requests []string
	received []Received
}

// Received is what the server saw of one request.
type Received struct {
	Method      string
	URI         string
	ContentType string
	Body        []byte
}

// NewServer starts a server closed at the end of the test. Routes are keyed by
// request URI ("/v1/x?page=2"); a key without a query also matches any query.
func NewServer(t testing.TB, routes map[string]Route) *Server {
	t.Helper()
	s := &Server{routes: map[string]Route{}, funcs: map[string]func(Received) Route{}}
	for k, v := range routes {
		s.routes[k] = v
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Handle adds or replaces a route after start, for bodies that embed the server URL.
func (s *Server) Handle(uri string, r Route) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[uri] = r
}

// HandleFunc answers requests to path (any query) from f, for answers that depend on the
// method or body, such as a POSTed search whose body names the page.
func (s *Server) HandleFunc(path string, f func(Received) Route) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.funcs[path] = f
}

// Received returns every request served so far, in order.
func (s *Server) Received() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.received...)
}

// Requests returns the request URIs served so far, in order.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.requests...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rec := Received{Method: r.Method, URI: r.URL.RequestURI(), ContentType: r.Header.Get("Content-Type"), Body: body}
	s.mu.Lock()
	s.requests = append(s.requests, rec.URI)
	s.received = append(s.received, rec)
	route, ok := s.routes[rec.URI]
	if !ok {
		route, ok = s.routes[r.URL.Path]
	}
	f := s.funcs[r.URL.Path]
	s.mu.Unlock()
	if f != nil {
		route, ok = f(rec), true
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	if route.ContentType != "" {
		w.Header().Set("Content-Type", route.ContentType)
	}
	if route.Status != 0 {
		w.WriteHeader(route.Status)
	}
	_, _ = w.Write(route.Body)
}

// File reads a test file into a 200 route, failing the test when it is missing.
func File(t testing.TB, path string) Route {
	t.Helper()
	return Route{Body: Read(t, path)}
}

// Read returns a test file's bytes, failing the test when it is missing.
func Read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("sourcetest: read %s: %v", path, err)
	}
	return b
}

// Getter is a minimal source.Getter on net/http for tests, standing in for the real
// fetch client: it sends the method, body and request headers, reads the whole body and
// reports the status.
type Getter struct {
	Client *http.Client
}

// Get performs one GET, or the POST req asks for; a status of 400 or more comes back with
// fetch.ErrStatus. Like the fetch client it refuses other methods and a GET with a body.
func (g Getter) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	client := g.Client
	if client == nil {
		client = http.DefaultClient
	}
	method := strings.ToUpper(req.Method)
	if method == "" {
		method = http.MethodGet
	}
	if method != http.MethodGet && method != http.MethodPost || method == http.MethodGet && len(req.Body) > 0 {
		return nil, fmt.Errorf("sourcetest: %s with %d body bytes: %w", method, len(req.Body), fetch.ErrMethod)
	}
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	hr, err := http.NewRequestWithContext(ctx, method, req.URL, body)
	if err != nil {
		return nil, fmt.Errorf("sourcetest: new request: %w", err)
	}
	for k, vs := range req.Header {
		for _, v := range vs {
			hr.Header.Add(k, v)
		}
	}
	if req.ContentType != "" {
		hr.Header.Set("Content-Type", req.ContentType)
	}
	start := time.Now()
	resp, err := client.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("sourcetest: get %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("sourcetest: read %s: %w", req.URL, err)
	}
	out := &fetch.Response{
		Status:       resp.StatusCode,
		Header:       resp.Header,
		Body:         got,
		URL:          resp.Request.URL.String(),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Duration:     time.Since(start),
	}
	if resp.StatusCode >= 400 {
		return out, fmt.Errorf("sourcetest: get %s: status %d: %w", req.URL, resp.StatusCode, fetch.ErrStatus)
	}
	return out, nil
}

// Recorder is a Getter that also notes the URL of every request it is asked
// for, in order, whether or not the request succeeds.
type Recorder struct {
	Getter
	mu    sync.Mutex
	calls []string
}

// Get records req.URL and performs the request with the embedded Getter.
func (r *Recorder) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	r.mu.Lock()
	r.calls = append(r.calls, req.URL)
	r.mu.Unlock()
	return r.Getter.Get(ctx, req)
}

// Calls returns the URLs asked for so far, in order.
func (r *Recorder) Calls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.calls...)
}
