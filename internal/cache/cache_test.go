package cache

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var t0 = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func TestGetKeepsForTTL(t *testing.T) {
	ctx, c := context.Background(), New[string, int](time.Second, 10)
	loads := 0
	load := func(context.Context) (int, error) { loads++; return loads, nil }
	for _, step := range []struct {
		at   time.Duration
		want int
	}{{0, 1}, {999 * time.Millisecond, 1}, {time.Second, 2}, {1500 * time.Millisecond, 2}, {-time.Second, 3}} {
		if v, _ := c.Get(ctx, "k", t0.Add(step.at), load); v != step.want {
			t.Fatalf("at %s: %d, want %d", step.at, v, step.want)
		}
	}
	if _, err := c.Get(ctx, "bad", t0, func(context.Context) (int, error) { return 0, errors.New("down") }); err == nil {
		t.Fatal("the load's error is returned")
	}
	if v, _ := c.Get(ctx, "bad", t0, load); v != 4 {
		t.Fatalf("a failed load is not kept: %d", v)
	}
	c.Forget("k")
	if v, _ := c.Get(ctx, "k", t0.Add(-time.Second), load); v != 5 {
		t.Fatalf("after Forget the key loads again: %d", v)
	}
	var zero TTL[string, int]
	zero.Get(ctx, "k", t0, load)
	if v, _ := zero.Get(ctx, "k", t0, load); v != 7 {
		t.Fatalf("the zero TTL loads every time: %d", v)
	}
}

func TestConcurrentMissesLoadOnce(t *testing.T) {
	ctx, c := context.Background(), New[string, int](time.Minute, 10)
	var loads atomic.Int32
	release := make(chan struct{})
	load := func(context.Context) (int, error) { loads.Add(1); <-release; return 42, nil }
	var wg sync.WaitGroup
	got := make([]int, 50)
	for i := range got {
		wg.Add(1)
		go func() { defer wg.Done(); got[i], _ = c.Get(ctx, "k", t0, load) }()
	}
	for c.waiting("k") == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // let the others reach the flight
	close(release)
	wg.Wait()
	if n := loads.Load(); n != 1 {
		t.Fatalf("%d loads for one key, want 1", n)
	}
	for i, v := range got {
		if v != 42 {
			t.Fatalf("caller %d got %d", i, v)
		}
	}
}

func TestForgetDuringLoad(t *testing.T) {
	ctx, c := context.Background(), New[string, int](time.Minute, 10)
	release := make(chan struct{})
	done := make(chan int)
	go func() {
		v, _ := c.Get(ctx, "k", t0, func(context.Context) (int, error) { <-release; return 1, nil })
		done <- v
	}()
	for c.waiting("k") == 0 {
		time.Sleep(time.Millisecond)
	}
	c.Forget("k") // a write landed while the old value was being read
	if v, _ := c.Get(ctx, "k", t0, func(context.Context) (int, error) { return 2, nil }); v != 2 {
		t.Fatalf("a caller after Forget joined the old load: %d", v)
	}
	close(release)
	<-done
	if v, _ := c.Get(ctx, "k", t0, func(context.Context) (int, error) { return 3, nil }); v != 2 {
		t.Fatalf("the load begun before Forget replaced the newer value: %d", v)
	}
}

// waiting reports whether a load of key is in flight.
func (c *TTL[K, V]) waiting(key K) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.flights[key]; ok {
		return 1
	}
	return 0
}
