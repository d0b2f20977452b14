package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestGateQueuesBeyondItsSlots(t *testing.T) {
	g := newGate(2)
	var running, most atomic.Int32
	release := make(chan struct{})
	h := g.wrap(func(w http.ResponseWriter, r *http.Request) error {
		n := running.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		<-release
		running.Add(-1)
		w.WriteHeader(http.StatusNoContent)
		return nil
	})
	done := make(chan int, 5)
	for range 5 {
		go func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search", nil))
			done <- rec.Code
		}()
	}
	for running.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // room for a third to start, were the gate open
	if got := running.Load(); got != 2 {
		t.Fatalf("%d requests run at once through a gate of 2", got)
	}
	close(release)
	for range 5 {
		if code := <-done; code != http.StatusNoContent {
			t.Fatalf("a queued request got %d, want 204", code)
		}
	}
	if most.Load() != 2 {
		t.Fatalf("at most %d ran at once, want 2", most.Load())
	}
}

func TestGateAnswersBusyWhenTheWaitEnds(t *testing.T) {
	g := newGate(1)
	g <- struct{}{} // the only slot is taken
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	g.wrap(func(w http.ResponseWriter, r *http.Request) error {
		t.Error("the handler ran without a slot")
		return nil
	}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search", nil).WithContext(ctx))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503", rec.Code)
	}
}

func TestNewGateDefaultsToGOMAXPROCS(t *testing.T) {
	if got, want := cap(newGate(0)), runtime.GOMAXPROCS(0); got != want {
		t.Fatalf("newGate(0) has %d slots, want GOMAXPROCS %d", got, want)
	}
}
