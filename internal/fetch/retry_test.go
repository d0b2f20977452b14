package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// failFirst answers status (with the given Retry-After, if any) to the
// first n requests and "ok" afterwards.
func failFirst(t *testing.T, n, status int, retryAfter string) *recorder {
	var mu sync.Mutex
	seen := 0
	return newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen++
		k := seen
		mu.Unlock()
		if k <= n {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			w.WriteHeader(status)
			return
		}
		w.Write([]byte("ok"))
	})
}

func TestRetryOn503ThenSuccess(t *testing.T) {
	srv := failFirst(t, 2, http.StatusServiceUnavailable, "")
	type call struct {
		host   string
		status int
	}
	var mu sync.Mutex
	var calls []call
	c := newTestClient(t, Options{OnRequest: func(host string, status int, _ time.Duration) {
		mu.Lock()
		calls = append(calls, call{host, status})
		mu.Unlock()
	}})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "ok" || resp.Status != 200 {
		t.Errorf("got %d %q, want 200 \"ok\"", resp.Status, resp.Body)
	}
	if got := srv.count(""); got != 3 {
		t.Errorf("server saw %d requests, want 3", got)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	want := []call{{host, 503}, {host, 503}, {host, 200}}
	if len(calls) != len(want) {
		t.Fatalf("OnRequest calls = %v, want %v", calls, want)
	}
	for i := range want {
		if calls[i] != want[i] {
			t.Errorf("OnRequest call %d = %v, want %v", i, calls[i], want[i])
		}
	}
}

func TestRetriesExhaustedReturnStatusError(t *testing.T) {
	srv := failFirst(t, 100, http.StatusBadGateway, "")
	c := newTestClient(t, Options{MaxRetries: 2})
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/list?api_key=secret"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != http.StatusBadGateway || !errors.Is(err, ErrStatus) {
		t.Fatalf("err = %v, want a StatusError 502 wrapping ErrStatus", err)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error %q leaks the query string", err)
	}
	if got := srv.count(""); got != 3 {
		t.Errorf("server saw %d requests, want 3 (1 + 2 retries)", got)
	}
}

func TestRetryAfterSecondsHonoured(t *testing.T) {
	srv := failFirst(t, 1, http.StatusTooManyRequests, "1")
	c := newTestClient(t, Options{BaseBackoff: time.Millisecond})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "ok" {
		t.Errorf("body = %q, want ok", resp.Body)
	}
	hits := srv.seen("")
	if len(hits) != 2 {
		t.Fatalf("server saw %d requests, want 2", len(hits))
	}
	if gap := hits[1].at.Sub(hits[0].at); gap < time.Second {
		t.Errorf("retry came %v after the 429, want >= 1s (Retry-After: 1)", gap)
	}
}

func TestRetryAfterBeyondCapIsNotWaitedFor(t *testing.T) {
	srv := failFirst(t, 100, http.StatusTooManyRequests, "3600")
	c := newTestClient(t, Options{})
	start := time.Now()
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 429 || se.RetryAfter != time.Hour {
		t.Fatalf("err = %#v, want StatusError 429 with RetryAfter 1h", err)
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests, want 1", got)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Get took %v, want an immediate answer", d)
	}
}

func TestNotFoundIsNotRetried(t *testing.T) {
	srv := newRecorder(t, http.NotFound)
	c := newTestClient(t, Options{})
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/gone"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 404 || !errors.Is(err, ErrStatus) {
		t.Fatalf("err = %v, want StatusError 404", err)
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests, want exactly 1", got)
	}
}

func TestTransientNetworkErrorIsRetried(t *testing.T) {
	newSrv := func() *recorder {
		var mu sync.Mutex
		first := true
		return newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			drop := first
			first = false
			mu.Unlock()
			if drop {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close() // hang up without an answer
				}
				return
			}
			w.Write([]byte("ok"))
		})
	}

	srv := newSrv()
	resp, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "ok" || srv.count("") != 2 {
		t.Errorf("got %q after %d requests, want \"ok\" after 2", resp.Body, srv.count(""))
	}

	// The same failure without retries surfaces, so the retry above was ours.
	srv = newSrv()
	if _, err := newTestClient(t, Options{MaxRetries: -1}).Get(context.Background(), Request{URL: srv.URL}); err == nil {
		t.Error("Get without retries after a hang-up succeeded, want an error")
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests without retries, want 1", got)
	}
}

func TestBackoffSleepRespectsContext(t *testing.T) {
	srv := failFirst(t, 100, http.StatusServiceUnavailable, "60")
	c := newTestClient(t, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Get(ctx, Request{URL: srv.URL})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Get returned after %v, want soon after the 100ms deadline", d)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"7", 7 * time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"Mon, 02 Mar 2026 10:01:30 GMT", 90 * time.Second, true},
		{"Monday, 02-Mar-26 10:00:05 GMT", 5 * time.Second, true}, // RFC 850
		{"Mon Mar  2 10:00:10 2026", 10 * time.Second, true},      // asctime
		{"Mon, 02 Mar 2026 09:00:00 GMT", 0, true},                // in the past: now
		{"99999999999", 24 * time.Hour, true},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoffGrowsWithJitterAndCap(t *testing.T) {
	base, limit := 100*time.Millisecond, time.Second
	for try, full := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		full *= time.Millisecond
		for range 50 {
			d := backoff(base, limit, try)
			if d < full/2 || d > full {
				t.Fatalf("backoff(try %d) = %v, want within [%v, %v]", try, d, full/2, full)
			}
		}
	}
}
