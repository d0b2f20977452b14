package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

func TestQuantile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0.50, 50 * time.Millisecond}, {0.90, 90 * time.Millisecond}, {0.99, 99 * time.Millisecond}, {1, 100 * time.Millisecond}} {
		if got := quantile(d, tc.q); got != tc.want {
			t.Errorf("quantile(1..100 ms, %v) = %v, want %v", tc.q, got, tc.want)
		}
	}
	if got := quantile([]time.Duration{7}, 0.99); got != 7 {
		t.Errorf("quantile of one = %v, want 7", got)
	}
}

// TestLoadCountsRequestsErrorsAndBytes bounds a run by request count and checks every request is counted once.
func TestLoadCountsRequestsErrorsAndBytes(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("Authorization") != "Bearer tok" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/api/v1/dashboard" {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		_, _ = w.Write([]byte(`{"ok":true}`)) // 11 bytes
	}))
	defer srv.Close()
	res := load(context.Background(), newClient(4), srv.URL, "tok", mix, 4, time.Minute, 400, 0)
	if res.Requests != 400 || hits.Load() != 400 {
		t.Fatalf("requests = %d, server saw %d, want 400 each", res.Requests, hits.Load())
	}
	dash := res.PerRoute["dashboard"]
	if dash < 90 || res.Errors != dash || res.ErrorKind["dashboard"] != dash || res.Routes["dashboard"].Requests != dash {
		t.Errorf("dashboard requests %d, errors %d (%v), want about a quarter and every one an error", dash, res.Errors, res.ErrorKind)
	}
	if want := int64(400-dash) * 11; res.Bytes != want {
		t.Errorf("bytes = %d, want %d", res.Bytes, want)
	}
	// One client walks the mix in order: exactly a quarter each.
	one := load(context.Background(), newClient(1), srv.URL, "tok", mix, 1, time.Minute, 80, 0)
	for _, r := range mix {
		if one.PerRoute[r.Name] != 20 {
			t.Errorf("one client: %s requests = %d, want 20", r.Name, one.PerRoute[r.Name])
		}
	}
	if res.P50 <= 0 || res.P99 < res.P50 || res.Max < res.P99 {
		t.Errorf("latencies not ordered: p50 %v p99 %v max %v", res.P50, res.P99, res.Max)
	}
}

func TestMeanBytesCountsOnlySuccesses(t *testing.T) {
	r := result{Requests: 10, Errors: 6, Bytes: 4000}
	if got := r.MeanBytes(); got != 1000 {
		t.Errorf("MeanBytes = %d, want 1000 (4000 bytes over 4 successes)", got)
	}
	if got := (result{Requests: 3, Errors: 3}).MeanBytes(); got != 0 {
		t.Errorf("MeanBytes of all errors = %d, want 0", got)
	}
}

// TestThinkPacesEachClient checks a client pauses after every answer: two clients thinking 100 ms for
// one second send at most eleven requests each (one at the start, then one per pause), far fewer than a
// pure closed loop; how many fewer a loaded machine manages is not the test's concern, only that at
// least two requests went out in all.
func TestThinkPacesEachClient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`{}`)) }))
	defer srv.Close()
	res := load(context.Background(), newClient(2), srv.URL, "", mix, 2, time.Second, 1_000_000, 100*time.Millisecond)
	if res.Requests < 2 || res.Requests > 22 {
		t.Errorf("requests with 100 ms think over 1 s and 2 clients = %d, want 2 to 22", res.Requests)
	}
	if res.Think != 100*time.Millisecond || res.Errors != 0 {
		t.Errorf("think %v, errors %d", res.Think, res.Errors)
	}
}

func TestStagger(t *testing.T) {
	for _, c := range []struct {
		w, n int
		want time.Duration
	}{{0, 4, 0}, {1, 4, 1250 * time.Millisecond}, {3, 4, 3750 * time.Millisecond}, {0, 0, 0}} {
		if got := stagger(c.w, c.n, 5*time.Second); got != c.want {
			t.Errorf("stagger(%d, %d) = %s, want %s", c.w, c.n, got, c.want)
		}
	}
}
