package fetch

import (
	"context"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestSameHostRequestsAreSerializedAndSpaced(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
		inFlight.Add(-1)
		w.Write([]byte("ok"))
	})
	c := newTestClient(t, Options{MinHostDelay: 50 * time.Millisecond})

	const n = 3
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = c.Get(context.Background(), Request{URL: srv.URL + "/jobs"})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Get %d: %v", i, err)
		}
	}
	hits := srv.seen("/jobs")
	if len(hits) != n {
		t.Fatalf("server saw %d requests, want %d", len(hits), n)
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at.Before(hits[j].at) })
	for i := 1; i < n; i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < 50*time.Millisecond {
			t.Errorf("gap between request %d and %d = %v, want >= 50ms", i-1, i, gap)
		}
	}
	if m := maxInFlight.Load(); m != 1 {
		t.Errorf("max concurrent requests at one host = %d, want 1", m)
	}
}

func TestDifferentHostsRunInParallel(t *testing.T) {
	// Each handler waits until both servers hold a request: that only
	// happens if the client lets the two hosts proceed at the same time.
	var arrived sync.WaitGroup
	arrived.Add(2)
	both := make(chan struct{})
	go func() { arrived.Wait(); close(both) }()
	handler := func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		select {
		case <-both:
			w.Write([]byte("ok"))
		case <-time.After(2 * time.Second):
			w.WriteHeader(http.StatusGatewayTimeout)
		}
	}
	a, b := newRecorder(t, handler), newRecorder(t, handler)
	c := newTestClient(t, Options{MaxRetries: -1})

	var wg sync.WaitGroup
	var errA, errB error
	wg.Go(func() { _, errA = c.Get(context.Background(), Request{URL: a.URL}) })
	wg.Go(func() { _, errB = c.Get(context.Background(), Request{URL: b.URL}) })
	wg.Wait()
	if errA != nil || errB != nil {
		t.Fatalf("parallel Gets to two hosts: %v, %v", errA, errB)
	}
}

func TestPolitenessWaitRespectsContext(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {})
	c := newTestClient(t, Options{MinHostDelay: time.Minute})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Get(ctx, Request{URL: srv.URL})
	if err == nil || ctx.Err() == nil {
		t.Fatalf("second Get = %v, want the context's deadline", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("second Get returned after %v, want right after the 50ms deadline", d)
	}
	if got := srv.count(""); got != 1 {
		t.Errorf("server saw %d requests, want 1", got)
	}
}

func TestHostKey(t *testing.T) {
	c := New(Options{})
	tests := map[string]string{
		"https://Boards.Greenhouse.io:443/x": "boards.greenhouse.io",
		"http://example.com:80/":             "example.com",
		"http://example.com:8080/":           "example.com:8080",
		"https://example.com:80/":            "example.com:80",
	}
	for raw, want := range tests {
		u, err := parseTarget(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostKey(u); got != want {
			t.Errorf("hostKey(%s) = %q, want %q", raw, got, want)
		}
	}
	a, _ := parseTarget("https://example.com/a")
	b, _ := parseTarget("https://EXAMPLE.com:443/b")
	if c.gate(a) != c.gate(b) {
		t.Error("same host with and without default port got two gates")
	}
}

func TestRetryAfterHoldsBackTheWholeHost(t *testing.T) {
	g := newHostGate()
	g.delayUntil(time.Now().Add(80 * time.Millisecond))
	g.delayUntil(time.Now().Add(10 * time.Millisecond)) // an earlier time never shortens it
	start := time.Now()
	release, err := g.acquire(context.Background(), time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	release()
	if d := time.Since(start); d < 80*time.Millisecond {
		t.Errorf("acquire returned after %v, want >= 80ms", d)
	}
}
