// Package ratelimit counts events per key in fixed windows, in memory or shared through Redis.
package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Counter counts events per key within a window.
type Counter interface {
	// Add records one event and returns the count in the current window and the time until it resets.
	Add(ctx context.Context, key string, window time.Duration) (int, time.Duration, error)
	// Peek returns the count in the current window without recording an event.
	Peek(ctx context.Context, key string, window time.Duration) (int, time.Duration, error)
	// Reset forgets a key.
	Reset(ctx context.Context, key string) error
}

// Memory is an in-process Counter.
type Memory struct {
	mu      sync.Mutex
	now     func() time.Time
	buckets map[string]*bucket
	sweeps  int
}

type bucket struct {
	count int
	start time.Time
	win   time.Duration
}

// NewMemory returns an empty in-memory counter; now may be nil for time.Now.
func NewMemory(now func() time.Time) *Memory {
	if now == nil {
		now = time.Now
	}
	return &Memory{now: now, buckets: map[string]*bucket{}}
}

func (m *Memory) current(key string, window time.Duration, t time.Time) *bucket {
	b := m.buckets[key]
	if b == nil || t.Sub(b.start) >= window {
		b = &bucket{start: t, win: window}
		m.buckets[key] = b
	}
	return b
}

// Add records one event for key.
func (m *Memory) Add(_ context.Context, key string, window time.Duration) (int, time.Duration, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.now()
	m.sweep(t)
	b := m.current(key, window, t)
	b.count++
	return b.count, b.start.Add(window).Sub(t), nil
}

// Peek returns the count for key without recording.
func (m *Memory) Peek(_ context.Context, key string, window time.Duration) (int, time.Duration, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.now()
	b := m.buckets[key]
	if b == nil || t.Sub(b.start) >= window {
		return 0, window, nil
	}
	return b.count, b.start.Add(window).Sub(t), nil
}

// Reset forgets key.
func (m *Memory) Reset(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.buckets, key)
	return nil
}

// sweep drops expired buckets every 1024 calls so memory stays bounded by live keys.
func (m *Memory) sweep(t time.Time) {
	m.sweeps++
	if m.sweeps%1024 != 0 {
		return
	}
	for k, b := range m.buckets {
		if t.Sub(b.start) >= b.win {
			delete(m.buckets, k)
		}
	}
}
