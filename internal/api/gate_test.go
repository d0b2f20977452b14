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

func TestGateWhenTheWaitEnds(t *testing.T) {
	g := newGate(1)
	g <- struct{}{} // the only slot is taken
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	late, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	for _, c := range []struct {
		name string
		ctx  context.Context
		want int
	}{{"client left", gone, statusClientClosed}, {"deadline passed", late, http.StatusServiceUnavailable}} {
		rec := httptest.NewRecorder()
		g.wrap(func(w http.ResponseWriter, r *http.Request) error {
			t.Error("the handler ran without a slot")
			return nil
		}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search", nil).WithContext(c.ctx))
		if rec.Code != c.want {
			t.Errorf("%s: status %d, want %d", c.name, rec.Code, c.want)
		}
	}
}

// blockedWriter is a client that reads nothing: every Write waits until release closes.
type blockedWriter struct {
	*httptest.ResponseRecorder
	release chan struct{}
}

func (b blockedWriter) Write(p []byte) (int, error) {
	<-b.release
	return b.ResponseRecorder.Write(p)
}

func TestGateSlotIsFreeWhileASlowClientReads(t *testing.T) {
	g := newGate(1)
	answered := make(chan struct{}, 2)
	h := g.wrap(func(w http.ResponseWriter, r *http.Request) error {
		answered <- struct{}{} // it holds the slot
		return writeJSON(w, http.StatusOK, map[string]string{"q": r.URL.Query().Get("q")})
	})
	slow := blockedWriter{httptest.NewRecorder(), make(chan struct{})}
	done := make(chan struct{})
	go func() { h.ServeHTTP(slow, httptest.NewRequest(http.MethodGet, "/search?q=slow", nil)); close(done) }()
	<-answered // the slow client's request has the slot; its answer will wait for the client
	fast := make(chan *httptest.ResponseRecorder)
	go func() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search?q=fast", nil))
		fast <- rec
	}()
	select {
	case rec := <-fast:
		if rec.Code != http.StatusOK || rec.Body.String() != `{"q":"fast"}`+"\n" {
			t.Fatalf("fast request: %d %q", rec.Code, rec.Body.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a client that reads nothing kept the only slot")
	}
	close(slow.release)
	<-done
	if slow.Code != http.StatusOK || slow.Body.String() != `{"q":"slow"}`+"\n" || slow.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("slow request got %d %q %q", slow.Code, slow.Body.String(), slow.Header().Get("Content-Type"))
	}
}

func TestGateRendersAHandlersError(t *testing.T) {
	rec := httptest.NewRecorder()
	newGate(1).wrap(func(w http.ResponseWriter, r *http.Request) error { return errNotFound }).
		ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/jobs/x/similar", nil))
	if rec.Code != http.StatusNotFound || rec.Header().Get("Content-Type") != "application/problem+json" {
		t.Fatalf("got %d %q, want the 404 problem", rec.Code, rec.Header().Get("Content-Type"))
	}
}

func TestNewGateDefaultsToGOMAXPROCS(t *testing.T) {
	if got, want := cap(newGate(0)), runtime.GOMAXPROCS(0); got != want {
		t.Fatalf("newGate(0) has %d slots, want GOMAXPROCS %d", got, want)
	}
}
