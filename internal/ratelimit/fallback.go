package ratelimit

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Fallback tries a shared Counter (Redis) with a short timeout and counts in memory while the
// shared one fails, so losing Redis degrades limits to per-replica instead of failing requests.
// It logs once when an outage starts and once when it ends, and retries the shared counter
// after a backoff instead of paying the timeout on every request.
type Fallback struct {
	primary Counter
	memory  Counter
	timeout time.Duration
	backoff time.Duration
	now     func() time.Time
	log     *slog.Logger

	mu      sync.Mutex
	down    bool
	retryAt time.Time
	outages int
}

// FallbackOptions tune NewFallback; zero values take the defaults.
type FallbackOptions struct {
	Timeout time.Duration    // per call to the primary; default 100ms
	Backoff time.Duration    // how long to stay on memory after a failure; default 5s
	Now     func() time.Time // clock; default time.Now
	Logger  *slog.Logger     // default slog.Default()
}

// NewFallback wraps primary, counting in memory (a fresh Memory when nil) while primary fails.
func NewFallback(primary, memory Counter, o FallbackOptions) *Fallback {
	if memory == nil {
		memory = NewMemory(o.Now)
	}
	if o.Timeout <= 0 {
		o.Timeout = 100 * time.Millisecond
	}
	if o.Backoff <= 0 {
		o.Backoff = 5 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Fallback{primary: primary, memory: memory, timeout: o.Timeout, backoff: o.Backoff, now: o.Now, log: o.Logger}
}

// Degraded reports whether the last call fell back to memory.
func (f *Fallback) Degraded() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.down
}

// Outages counts the outages seen since start (each logged once).
func (f *Fallback) Outages() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.outages
}

// usePrimary says whether to try the primary now: always when healthy, after the backoff when down.
func (f *Fallback) usePrimary() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return !f.down || !f.now().Before(f.retryAt)
}

func (f *Fallback) result(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case err != nil && !f.down:
		f.down, f.retryAt = true, f.now().Add(f.backoff)
		f.outages++
		f.log.Warn("ratelimit: shared counter unavailable, counting in memory", "err", err, "retry_in", f.backoff)
	case err != nil:
		f.retryAt = f.now().Add(f.backoff)
	case f.down:
		f.down = false
		f.log.Info("ratelimit: shared counter is back")
	}
}

func (f *Fallback) call(ctx context.Context, fn func(ctx context.Context, c Counter) (int, time.Duration, error)) (int, time.Duration, error) {
	if f.usePrimary() {
		pctx, cancel := context.WithTimeout(ctx, f.timeout)
		n, d, err := fn(pctx, f.primary)
		cancel()
		if ctx.Err() == nil { // the caller giving up says nothing about the primary's health
			f.result(err)
		}
		if err == nil {
			return n, d, nil
		}
	}
	return fn(ctx, f.memory)
}

// Add records one event in the primary, or in memory while the primary fails.
func (f *Fallback) Add(ctx context.Context, key string, window time.Duration) (int, time.Duration, error) {
	return f.call(ctx, func(ctx context.Context, c Counter) (int, time.Duration, error) { return c.Add(ctx, key, window) })
}

// Peek reads the count from the primary, or from memory while the primary fails.
func (f *Fallback) Peek(ctx context.Context, key string, window time.Duration) (int, time.Duration, error) {
	return f.call(ctx, func(ctx context.Context, c Counter) (int, time.Duration, error) { return c.Peek(ctx, key, window) })
}

// Reset forgets key in both counters.
func (f *Fallback) Reset(ctx context.Context, key string) error {
	_ = f.memory.Reset(ctx, key)
	_, _, err := f.call(ctx, func(ctx context.Context, c Counter) (int, time.Duration, error) { return 0, 0, c.Reset(ctx, key) })
	return err
}
