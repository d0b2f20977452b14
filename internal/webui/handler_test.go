package webui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

const testIndex = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`

func builtFS() fstest.MapFS {
	return fstest.MapFS{
		"index.html":              {Data: []byte(testIndex)},
		"assets/index-abc123.js":  {Data: []byte("console.log('app')")},
		"assets/index-def456.css": {Data: []byte("body{margin:0}")},
		"favicon.svg":             {Data: []byte("<svg xmlns='http://www.w3.org/2000/svg'/>")},
		".keep":                   {Data: nil},
	}
}

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesBuiltUI(t *testing.T) {
	h := newHandler(builtFS())
	tests := []struct {
		name, method, target string
		status               int
		body                 string // exact body; "" means do not check
		contentType          string // prefix
		cache                string
	}{
		{"root is index", "GET", "/", 200, testIndex, "text/html", cacheNoCache},
		{"index.html itself", "GET", "/index.html", 200, testIndex, "text/html", cacheNoCache},
		{"client route", "GET", "/settings/profile", 200, testIndex, "text/html", cacheNoCache},
		{"deep client route with query", "GET", "/jobs/42?tab=notes", 200, testIndex, "text/html", cacheNoCache},
		{"hashed js asset", "GET", "/assets/index-abc123.js", 200, "console.log('app')", "text/javascript", cacheImmutable},
		{"hashed css asset", "GET", "/assets/index-def456.css", 200, "body{margin:0}", "text/css", cacheImmutable},
		{"top-level file", "GET", "/favicon.svg", 200, "<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", cacheNoCache},
		{"head of asset", "HEAD", "/assets/index-abc123.js", 200, "", "text/javascript", cacheImmutable},
		{"missing asset", "GET", "/assets/index-zzz.js", 404, "", "text/plain", ""},
		{"missing asset without extension", "GET", "/assets/nothing", 404, "", "text/plain", ""},
		{"missing file with extension", "GET", "/robots.txt", 404, "", "text/plain", ""},
		{"dot file is not served", "GET", "/.keep", 404, "", "text/plain", ""},
		{"traversal stays inside", "GET", "/../../etc/passwd", 200, testIndex, "text/html", cacheNoCache},
		{"api path is not the SPA", "GET", "/api/v1/nope", 404, "", "text/plain", ""},
		{"health path is not the SPA", "GET", "/health/whatever", 404, "", "text/plain", ""},
		{"metrics path is not the SPA", "GET", "/metrics", 404, "", "text/plain", ""},
		{"apis-like client route still SPA", "GET", "/apiary", 200, testIndex, "text/html", cacheNoCache},
		{"post refused", "POST", "/", 405, "", "text/plain", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, tc.method, tc.target, nil)
			if rec.Code != tc.status {
				t.Fatalf("status = %d, want %d (body %q)", rec.Code, tc.status, rec.Body.String())
			}
			if tc.body != "" && rec.Body.String() != tc.body {
				t.Errorf("body = %q, want %q", rec.Body.String(), tc.body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.contentType) {
				t.Errorf("Content-Type = %q, want prefix %q", ct, tc.contentType)
			}
			if got := rec.Header().Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tc.cache)
			}
			if tc.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("HEAD body has %d bytes, want 0", rec.Body.Len())
			}
		})
	}
}

func TestHandlerETagRevalidation(t *testing.T) {
	h := newHandler(builtFS())
	first := get(t, h, "GET", "/dashboard", nil)
	etag := first.Header().Get("ETag")
	if len(etag) != 34 || etag[0] != '"' {
		t.Fatalf("ETag = %q, want a quoted 32-hex-digit tag", etag)
	}
	again := get(t, h, "GET", "/", map[string]string{"If-None-Match": etag})
	if again.Code != http.StatusNotModified {
		t.Fatalf("revalidation status = %d, want 304", again.Code)
	}
	asset := get(t, h, "GET", "/assets/index-abc123.js", nil)
	if asset.Header().Get("ETag") == etag {
		t.Error("asset and index share an ETag")
	}
}

func TestHandlerPlaceholderWhenNotBuilt(t *testing.T) {
	h := newHandler(fstest.MapFS{".keep": {Data: nil}})
	for _, target := range []string{"/", "/login", "/settings/preferences"} {
		rec := get(t, h, "GET", target, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status = %d, want 200", target, rec.Code)
		}
		body := rec.Body.String()
		if !strings.Contains(body, "The web UI was not built") || !strings.Contains(body, "make run") {
			t.Errorf("%s: placeholder body lacks the explanation: %q", target, body)
		}
		if got := rec.Header().Get("Cache-Control"); got != cacheNoCache {
			t.Errorf("%s: Cache-Control = %q, want no-cache", target, got)
		}
	}
	if rec := get(t, h, "GET", "/assets/index.js", nil); rec.Code != http.StatusNotFound {
		t.Errorf("asset without a build: status = %d, want 404", rec.Code)
	}
}

func TestEmbeddedHandlerMatchesBuildState(t *testing.T) {
	rec := get(t, Handler(), "GET", "/", nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	placeholder := strings.Contains(rec.Body.String(), "The web UI was not built")
	if Built() == placeholder {
		t.Fatalf("Built() = %v but placeholder served = %v", Built(), placeholder)
	}
}
