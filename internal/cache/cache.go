// Package cache keeps values read for requests for a few seconds, and lets one caller load a
// missing value while the others asking for it at the same time wait for that one load: under a
// closed loop of hundreds of clients an expiring entry must not become hundreds of reads at once.
package cache

import (
	"context"
	"sync"
	"time"
)

// TTL maps keys to values loaded less than a fixed time ago. The zero TTL keeps nothing and
// loads on every Get.
type TTL[K comparable, V any] struct {
	ttl time.Duration
	max int

	mu      sync.Mutex
	gen     uint64 // moves on at every Forget, so a load begun before one is not kept
	entries map[K]entry[V]
	flights map[K]*flight[V]
}

type entry[V any] struct {
	v  V
	at time.Time
}

// flight is one load in progress; done closes when v and err are set.
type flight[V any] struct {
	done chan struct{}
	v    V
	err  error
}

// New keeps each value for ttl and at most max values (past it the expired ones, then all, are dropped).
func New[K comparable, V any](ttl time.Duration, max int) *TTL[K, V] {
	return &TTL[K, V]{ttl: ttl, max: max}
}

// Get returns the value of key loaded less than ttl before now, or loads it: once for every caller
// asking meanwhile, with a context that outlives the first caller's cancellation, since the others
// wait for the same load. A failed load is not kept.
func (c *TTL[K, V]) Get(ctx context.Context, key K, now time.Time, load func(ctx context.Context) (V, error)) (V, error) {
	if c == nil || c.ttl <= 0 {
		return load(ctx)
	}
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && fresh(e.at, now, c.ttl) {
		c.mu.Unlock()
		return e.v, nil
	}
	if f, ok := c.flights[key]; ok {
		c.mu.Unlock()
		select {
		case <-f.done:
			return f.v, f.err
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
	}
	f := &flight[V]{done: make(chan struct{})}
	if c.flights == nil {
		c.flights = map[K]*flight[V]{}
	}
	c.flights[key] = f
	gen := c.gen
	c.mu.Unlock()

	f.v, f.err = load(context.WithoutCancel(ctx))

	c.mu.Lock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	if f.err == nil && c.gen == gen {
		c.put(key, f.v, now)
	}
	c.mu.Unlock()
	close(f.done)
	return f.v, f.err
}

// Last returns the value last kept for key, however old, for a load that can reuse part of it.
func (c *TTL[K, V]) Last(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	return e.v, ok
}

// Forget drops key; loads begun before are neither kept nor joined by later callers.
func (c *TTL[K, V]) Forget(key K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, key)
	delete(c.flights, key)
	c.gen++
}

// put stores a value; c.mu is held.
func (c *TTL[K, V]) put(key K, v V, now time.Time) {
	if c.entries == nil {
		c.entries = map[K]entry[V]{}
	}
	if c.max > 0 && len(c.entries) >= c.max {
		for k, e := range c.entries {
			if !fresh(e.at, now, c.ttl) {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= c.max {
			c.entries = map[K]entry[V]{}
		}
	}
	c.entries[key] = entry[V]{v: v, at: now}
}

// fresh reports whether a value loaded at at is still good at now (a clock set back is not).
func fresh(at, now time.Time, ttl time.Duration) bool {
	return !now.Before(at) && now.Sub(at) < ttl
}
