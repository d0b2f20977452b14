package memlimit

import (
	"context"
	"runtime/debug"
	"testing"
	"time"
)

func TestEffective(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct{ limit, live, want int64 }{
		{110 * mib, 50 * mib, 110 * mib},    // room enough: the configured limit
		{110 * mib, 72 * mib, 110 * mib},    // 72 + 36 = 108 is under it
		{110 * mib, 80 * mib, 120 * mib},    // 80 + 40 is over it: the live heap's half on top
		{110 * mib, 20 * mib, 110 * mib},    //
		{40 * mib, 20 * mib, 52 * mib},      // half of 20 is under the least headroom of 32
		{110 * mib, 1000 * mib, 1500 * mib}, // a big corpus: half again
		{0, 0, 32 * mib},                    // nothing live yet
	} {
		if got := Effective(c.limit, c.live); got != c.want {
			t.Errorf("Effective(%d MiB, %d MiB) = %d MiB, want %d MiB", c.limit/mib, c.live/mib, got/mib, c.want/mib)
		}
	}
}

func TestRunSetsTheLimitAndPutsBackThePrevious(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	const limit = 4 << 30 // above any live heap of this test, so the configured value holds
	go func() { Run(ctx, limit, time.Hour); close(done) }()
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) != limit {
		if time.Now().After(deadline) {
			t.Fatalf("limit is %d, want %d", debug.SetMemoryLimit(-1), int64(limit))
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Fatalf("after Run the limit is %d, want the previous %d", got, before)
	}
}
