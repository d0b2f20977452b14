package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHeadersSent(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {})
	c := newTestClient(t, Options{Version: "1.2.3"})
	_, err := c.Get(context.Background(), Request{URL: srv.URL, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		t.Fatal(err)
	}
	h := srv.seen("")[0].header
	checks := map[string]string{
		"User-Agent":      "CareerCopilot/1.2.3 (+https://github.com/career-copilot/copilot)",
		"Accept-Encoding": "gzip",
		"Accept":          "application/json",
		"If-None-Match":   "",
	}
	for name, want := range checks {
		if got := h.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if got := UserAgent(""); got != "CareerCopilot/dev (+https://github.com/career-copilot/copilot)" {
		t.Errorf("UserAgent(\"\") = %q", got)
	}
}

func TestGzipBodyIsDecoded(t *testing.T) {
	plain := []byte(`{"jobs":[{"id":4012345,"title":"Staff Engineer"}]}`)
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gzipped(t, plain))
	})
	resp, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(resp.Body, plain) {
		t.Errorf("body = %q, want %q", resp.Body, plain)
	}
}

func TestGzipBombIsRefused(t *testing.T) {
	const max = 1 << 20
	bomb := gzipped(t, make([]byte, 4<<20)) // 4 MiB of zeros
	if len(bomb) >= max/8 {
		t.Fatalf("bomb is %d bytes compressed; the test needs it far below the cap", len(bomb))
	}
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	_, err := newTestClient(t, Options{MaxBytes: max}).Get(context.Background(), Request{URL: srv.URL})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests, want 1 (a size cap is not retried)", got)
	}
}

func TestSizeCap(t *testing.T) {
	const max = 1000
	tests := []struct {
		name    string
		size    int
		chunked bool // no Content-Length: the cap must hold while reading
		tooBig  bool
	}{
		{"exactly the cap", max, false, false},
		{"one byte over, with length", max + 1, false, true},
		{"one byte over, chunked", max + 1, true, true},
		{"far over, chunked", 50 * max, true, true},
		{"exactly the cap, chunked", max, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
				body := bytes.Repeat([]byte("x"), tt.size)
				if !tt.chunked {
					w.Header().Set("Content-Length", strconv.Itoa(tt.size))
					w.Write(body)
					return
				}
				w.Write(body[:1])
				w.(http.Flusher).Flush() // commits to chunked encoding
				w.Write(body[1:])
			})
			resp, err := newTestClient(t, Options{MaxBytes: max}).Get(context.Background(), Request{URL: srv.URL})
			if tt.tooBig {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("err = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Body) != tt.size {
				t.Errorf("body is %d bytes, want %d", len(resp.Body), tt.size)
			}
		})
	}
}

func TestConditionalGetETag(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte("listing v1"))
	})
	c := newTestClient(t, Options{})
	first, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != `"v1"` || string(first.Body) != "listing v1" {
		t.Fatalf("first Get = %+v, want the full listing with ETag \"v1\"", first)
	}
	second, err := c.Get(context.Background(), Request{URL: srv.URL, ETag: first.ETag})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != 304 || len(second.Body) != 0 || second.ETag != `"v1"` {
		t.Errorf("second Get = %+v, want NotModified 304 with no body and ETag \"v1\"", second)
	}
	if got := srv.seen("")[1].header.Get("If-None-Match"); got != `"v1"` {
		t.Errorf("If-None-Match sent = %q, want \"v1\"", got)
	}
}

func TestConditionalGetLastModified(t *testing.T) {
	const lm = "Tue, 03 Mar 2026 08:00:00 GMT"
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified) // no validators repeated
			return
		}
		w.Header().Set("Last-Modified", lm)
		w.Write([]byte("feed"))
	})
	c := newTestClient(t, Options{})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL, LastModified: lm, ETag: `W/"abc"`})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.NotModified || resp.LastModified != lm || resp.ETag != `W/"abc"` {
		t.Errorf("Get = %+v, want NotModified keeping the caller's validators", resp)
	}
}

func TestUnsupportedEncodingIsAnError(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "br")
		w.Write([]byte{0x0b, 0x02, 0x80})
	})
	_, err := newTestClient(t, Options{MaxRetries: -1}).Get(context.Background(), Request{URL: srv.URL})
	if err == nil || !strings.Contains(err.Error(), `unsupported Content-Encoding "br"`) {
		t.Errorf("err = %v, want unsupported Content-Encoding", err)
	}
}
