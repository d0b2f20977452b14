package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/metrics"
)

func testHandler() http.Handler {
	m := metrics.New(func() (int, int) { return 1, 4 })
	return Handler(Options{Metrics: m, API: func(r chi.Router) {
		r.Get("/boom", func(w http.ResponseWriter, r *http.Request) { panic("secret internal detail: db password hunter2") })
		r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
	}})
}

func TestPanicBecomesOpaque500(t *testing.T) {
	srv := httptest.NewServer(testHandler())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api/v1/boom")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 500 || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Fatalf("status %d type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if strings.Contains(string(body), "hunter2") || strings.Contains(string(body), "panic") {
		t.Fatalf("panic text leaked: %s", body)
	}
	var p map[string]any
	if json.Unmarshal(body, &p) != nil || p["status"] != 500.0 {
		t.Fatalf("body %s", body)
	}
	// The server keeps serving.
	res, _ = http.Get(srv.URL + "/api/v1/items/1")
	if res.StatusCode != 200 {
		t.Fatalf("after panic: %d", res.StatusCode)
	}
}

func TestRequestIDAndRoutePatternMetrics(t *testing.T) {
	srv := httptest.NewServer(testHandler())
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/api/v1/items/42", nil)
	req.Header.Set("X-Request-ID", "abc-123")
	res, _ := http.DefaultClient.Do(req)
	if res.Header.Get("X-Request-ID") != "abc-123" {
		t.Fatalf("request id not echoed: %q", res.Header.Get("X-Request-ID"))
	}
	req.Header.Set("X-Request-ID", "bad id <script>")
	res, _ = http.DefaultClient.Do(req)
	if id := res.Header.Get("X-Request-ID"); len(id) != 24 {
		t.Fatalf("an unsafe id must be replaced by a generated one, got %q", id)
	}
	http.Get(srv.URL + "/api/v1/items/43")
	res, _ = http.Get(srv.URL + "/metrics")
	body, _ := io.ReadAll(res.Body)
	m := string(body)
	if !strings.Contains(m, `http_requests_total{endpoint="/api/v1/items/{id}",method="GET",status="200"} 3`) {
		t.Fatalf("requests must be counted under the route pattern:\n%s", grep(m, "http_requests_total"))
	}
	if strings.Contains(m, "/items/42") {
		t.Fatal("raw path leaked into metric labels")
	}
	if !strings.Contains(m, "db_connections_active 1") || !strings.Contains(m, "db_connections_max 4") {
		t.Fatal("db connection gauges missing")
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// The page's policy lets a description's images load over https (the sanitizer has removed trackers
// and pixels), and nothing else from other hosts: no http images, no scripts, styles or frames.
func TestSecurityPolicyAllowsDescriptionImages(t *testing.T) {
	srv := httptest.NewServer(testHandler())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api/v1/items/1")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	directives := map[string][]string{}
	for _, d := range strings.Split(res.Header.Get("Content-Security-Policy"), ";") {
		if f := strings.Fields(d); len(f) > 0 {
			directives[f[0]] = f[1:]
		}
	}
	img := strings.Join(directives["img-src"], " ")
	if !strings.Contains(img, "https:") || strings.Contains(img, "http:") || strings.Contains(img, "*") {
		t.Errorf("img-src %q: want https: images and no http: or *", img)
	}
	if def := strings.Join(directives["default-src"], " "); def != "'self'" {
		t.Errorf("default-src %q, want 'self'", def)
	}
}
