package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

const searchBody = `{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}`

// search is a POST the way a Workday career site sends it.
func search(url string) Request {
	return Request{URL: url, Method: http.MethodPost, Body: []byte(searchBody), ContentType: "application/json",
		Header: http.Header{"Accept": {"application/json"}}}
}

func TestPostSendsBodyAndContentTypeButNoValidators(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v2"`)
		w.Write([]byte(`{"total":0}`))
	})
	req := search(srv.URL + "/wday/cxs/acme/External/jobs")
	req.ETag, req.LastModified = `"v1"`, "Mon, 02 Mar 2026 10:00:00 GMT"
	resp, err := newTestClient(t, Options{}).Get(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != `{"total":0}` || resp.Status != 200 || resp.ETag != `"v2"` {
		t.Errorf("got %d %q etag %q", resp.Status, resp.Body, resp.ETag)
	}
	hits := srv.seen("/wday/cxs/acme/External/jobs")
	if len(hits) != 1 {
		t.Fatalf("server saw %d requests, want 1", len(hits))
	}
	h := hits[0]
	if h.method != http.MethodPost || h.body != searchBody || h.header.Get("Content-Type") != "application/json" || h.header.Get("Accept") != "application/json" {
		t.Errorf("server saw %s %q Content-Type %q Accept %q", h.method, h.body, h.header.Get("Content-Type"), h.header.Get("Accept"))
	}
	if v := h.header.Get("If-None-Match") + h.header.Get("If-Modified-Since"); v != "" {
		t.Errorf("a POST carried validators %q", v)
	}
	if !strings.HasPrefix(h.header.Get("User-Agent"), "CareerCopilot/") {
		t.Errorf("User-Agent = %q", h.header.Get("User-Agent"))
	}
}

func TestGetStillSendsValidators(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) })
	resp, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL, ETag: `"v1"`})
	if err != nil || !resp.NotModified {
		t.Fatalf("resp %+v err %v, want NotModified", resp, err)
	}
	if h := srv.seen("")[0]; h.method != http.MethodGet || h.header.Get("If-None-Match") != `"v1"` || h.body != "" {
		t.Errorf("server saw %s If-None-Match %q body %q", h.method, h.header.Get("If-None-Match"), h.body)
	}
}

func TestPostIsNotRetriedUnlessAsked(t *testing.T) {
	srv := failFirst(t, 2, http.StatusServiceUnavailable, "")
	_, err := newTestClient(t, Options{}).Get(context.Background(), search(srv.URL+"/jobs"))
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 503 || se.Method != http.MethodPost || !strings.Contains(err.Error(), "fetch: POST ") {
		t.Fatalf("err = %v, want a POST StatusError 503", err)
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests, want 1: a POST is sent once unless RetryPOST", got)
	}
}

func TestRetryPOSTResendsTheBody(t *testing.T) {
	srv := failFirst(t, 2, http.StatusBadGateway, "")
	req := search(srv.URL + "/jobs")
	req.RetryPOST = true
	resp, err := newTestClient(t, Options{}).Get(context.Background(), req)
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("resp %v err %v, want ok", resp, err)
	}
	hits := srv.seen("")
	if len(hits) != 3 {
		t.Fatalf("server saw %d requests, want 3", len(hits))
	}
	for i, h := range hits {
		if h.method != http.MethodPost || h.body != searchBody {
			t.Errorf("attempt %d: %s %q, want the same POST body", i, h.method, h.body)
		}
	}
}

func TestRetryPOSTHonoursRetryAfter(t *testing.T) {
	srv := failFirst(t, 1, http.StatusTooManyRequests, "1")
	req := search(srv.URL)
	req.RetryPOST = true
	if _, err := newTestClient(t, Options{BaseBackoff: time.Millisecond}).Get(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	hits := srv.seen("")
	if len(hits) != 2 {
		t.Fatalf("server saw %d requests, want 2", len(hits))
	}
	if gap := hits[1].at.Sub(hits[0].at); gap < time.Second {
		t.Errorf("retry came %v after the 429, want >= 1s (Retry-After: 1)", gap)
	}
}

func TestUnretriedPostStillHoldsTheHostBack(t *testing.T) {
	srv := failFirst(t, 1, http.StatusTooManyRequests, "1")
	c := newTestClient(t, Options{})
	if _, err := c.Get(context.Background(), search(srv.URL)); !errors.Is(err, ErrStatus) {
		t.Fatalf("err = %v, want the 429", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	hits := srv.seen("")
	if gap := hits[1].at.Sub(hits[0].at); gap < time.Second {
		t.Errorf("next request came %v after the 429, want >= 1s (Retry-After: 1)", gap)
	}
}

func TestPostHangUpIsRetriedOnlyWithRetryPOST(t *testing.T) {
	hangUp := func() *recorder {
		return newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.Close()
			}
		})
	}
	srv := hangUp()
	if _, err := newTestClient(t, Options{MaxRetries: 2}).Get(context.Background(), search(srv.URL)); err == nil {
		t.Fatal("a hang-up succeeded")
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("plain POST: server saw %d requests, want 1", got)
	}
	srv = hangUp()
	req := search(srv.URL)
	req.RetryPOST = true
	if _, err := newTestClient(t, Options{MaxRetries: 2}).Get(context.Background(), req); err == nil {
		t.Fatal("a hang-up succeeded")
	}
	if got := srv.count(""); got != 3 {
		t.Errorf("RetryPOST: server saw %d requests, want 3 (1 + 2 retries)", got)
	}
}

func TestPostsToOneHostAreSpaced(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })
	c := newTestClient(t, Options{MinHostDelay: 50 * time.Millisecond})
	for range 3 {
		if _, err := c.Get(context.Background(), search(srv.URL)); err != nil {
			t.Fatal(err)
		}
	}
	hits := srv.seen("")
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < 50*time.Millisecond {
			t.Errorf("gap between POST %d and %d = %v, want >= 50ms", i-1, i, gap)
		}
	}
}

func TestPostRedirects(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/keep":
			http.Redirect(w, r, "/final", http.StatusTemporaryRedirect)
		case "/see":
			http.Redirect(w, r, "/final", http.StatusSeeOther)
		default:
			w.Write([]byte(r.Method))
		}
	})
	c := newTestClient(t, Options{})
	for path, want := range map[string]hit{
		"/keep": {method: http.MethodPost, body: searchBody},
		"/see":  {method: http.MethodGet},
	} {
		n := srv.count("/final")
		resp, err := c.Get(context.Background(), search(srv.URL+path))
		if err != nil || string(resp.Body) != want.method {
			t.Fatalf("%s: %v %v, want %s at the end", path, resp, err, want.method)
		}
		h := srv.seen("/final")[n]
		if h.method != want.method || h.body != want.body || (want.method == http.MethodGet && h.header.Get("Content-Type") != "") {
			t.Errorf("%s: redirect target saw %s %q Content-Type %q, want %s %q", path, h.method, h.body, h.header.Get("Content-Type"), want.method, want.body)
		}
	}
}

func TestPostSizeCapsAndMethods(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("x", 100))) })
	c := newTestClient(t, Options{MaxBytes: 64})
	if _, err := c.Get(context.Background(), search(srv.URL)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("100-byte answer to a POST with a 64-byte cap: err = %v, want ErrTooLarge", err)
	}
	big := search(srv.URL)
	big.Body = []byte(strings.Repeat("y", 65))
	if _, err := c.Get(context.Background(), big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("65-byte request body: err = %v, want ErrTooLarge", err)
	}
	n := srv.count("")
	for _, req := range []Request{
		{URL: srv.URL, Method: http.MethodDelete},
		{URL: srv.URL, Body: []byte("x")},
	} {
		if _, err := c.Get(context.Background(), req); !errors.Is(err, ErrMethod) {
			t.Errorf("%s with %d body bytes: err = %v, want ErrMethod", req.Method, len(req.Body), err)
		}
	}
	if got := srv.count(""); got != n {
		t.Errorf("refused requests reached the server (%d more)", got-n)
	}
}

func TestPostToPrivateUserURLIsRefused(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) })
	req := search(srv.URL + "/jobs")
	req.UserURL = true
	if _, err := newTestClient(t, Options{}).Get(context.Background(), req); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("err = %v, want ErrPrivateAddress", err)
	}
	if got := srv.count(""); got != 0 {
		t.Errorf("server saw %d requests, want 0", got)
	}
}
