// Package memlimit keeps the Go runtime's soft memory limit at the configured size, raised when
// the live heap outgrows it, so a small install stays small and a big one does not collect
// garbage without end.
package memlimit

import (
	"context"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// MinHeadroom is the least room above the live heap the limit leaves for new allocations.
const MinHeadroom = 32 << 20

// Effective is the limit to set for a configured limit and a live heap: the configured one, or the
// live heap plus half of it (at least MinHeadroom) when that is more.
func Effective(limit, live int64) int64 {
	return max(limit, live+max(live/2, MinHeadroom))
}

// Run sets the limit now and again every interval until ctx ends, then puts back the one before.
func Run(ctx context.Context, limit int64, every time.Duration) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	set := func() {
		metrics.Read(sample)
		live := int64(0)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live = int64(sample[0].Value.Uint64())
		}
		debug.SetMemoryLimit(Effective(limit, live))
	}
	prev := debug.SetMemoryLimit(-1) // a negative limit only reads it
	defer debug.SetMemoryLimit(prev)
	set()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			set()
		}
	}
}
