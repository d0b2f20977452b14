package ratelimit

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// closedAddr returns a loopback address on which nothing listens.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestFallbackClosedPortThenRealRedis(t *testing.T) {
	opt, prefix := testRedis(t)
	real := opt.Addr
	var target atomic.Value
	target.Store(closedAddr(t))
	opt.Dialer = func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, target.Load().(string))
	}
	opt.MaxRetries = -1
	c := redis.NewClient(opt)
	defer c.Close()

	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var logs bytes.Buffer
	f := NewFallback(NewRedis(c, prefix), nil, FallbackOptions{
		Timeout: 200 * time.Millisecond, Backoff: 10 * time.Second,
		Now:    func() time.Time { return now },
		Logger: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	ctx := context.Background()

	// Redis is down: every call still answers, counted in memory, and the outage is logged once.
	for i := 1; i <= 5; i++ {
		n, _, err := f.Add(ctx, "u:1", time.Minute)
		if err != nil || n != i {
			t.Fatalf("down add %d: n=%d err=%v", i, n, err)
		}
	}
	if !f.Degraded() || f.Outages() != 1 {
		t.Fatalf("degraded=%v outages=%d", f.Degraded(), f.Outages())
	}
	if got := strings.Count(logs.String(), "shared counter unavailable"); got != 1 {
		t.Fatalf("outage logged %d times:\n%s", got, logs.String())
	}

	// Redis comes back, but inside the backoff the fallback stays on memory without dialing.
	target.Store(real)
	if n, _, _ := f.Add(ctx, "u:1", time.Minute); n != 6 {
		t.Fatalf("inside backoff: n=%d, want 6 from memory", n)
	}
	if v := c.Exists(ctx, prefix+"u:1").Val(); v != 0 {
		t.Fatalf("redis key written during backoff")
	}

	// After the backoff the next call goes to Redis (a fresh window there) and recovery is logged.
	now = now.Add(11 * time.Second)
	n, _, err := f.Add(ctx, "u:1", time.Minute)
	if err != nil || n != 1 {
		t.Fatalf("after recovery: n=%d err=%v, want 1 from redis", n, err)
	}
	if f.Degraded() {
		t.Fatal("still degraded after a successful call")
	}
	if v, _ := c.Get(ctx, prefix+"u:1").Int(); v != 1 {
		t.Fatalf("redis count %d", v)
	}
	if !strings.Contains(logs.String(), "shared counter is back") {
		t.Fatalf("recovery not logged:\n%s", logs.String())
	}

	// A second outage is a second log line.
	target.Store(closedAddr(t))
	c.Close()
	f.Add(ctx, "u:1", time.Minute)
	if f.Outages() != 2 || strings.Count(logs.String(), "shared counter unavailable") != 2 {
		t.Fatalf("second outage: outages=%d\n%s", f.Outages(), logs.String())
	}
}

// failing is a Counter that always errors; it stands for an unreachable shared store without a network.
type failing struct{ calls int }

func (f *failing) Add(context.Context, string, time.Duration) (int, time.Duration, error) {
	f.calls++
	return 0, 0, net.ErrClosed
}
func (f *failing) Peek(context.Context, string, time.Duration) (int, time.Duration, error) {
	f.calls++
	return 0, 0, net.ErrClosed
}
func (f *failing) Reset(context.Context, string) error { f.calls++; return net.ErrClosed }

func TestFallbackBackoffSkipsPrimary(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &failing{}
	f := NewFallback(p, nil, FallbackOptions{Backoff: 5 * time.Second, Now: func() time.Time { return now },
		Logger: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))})
	ctx := context.Background()
	for i := 0; i < 10; i++ {
		f.Add(ctx, "k", time.Minute)
	}
	if p.calls != 1 {
		t.Fatalf("primary tried %d times inside the backoff, want 1", p.calls)
	}
	now = now.Add(5 * time.Second)
	if n, _, _ := f.Add(ctx, "k", time.Minute); n != 11 || p.calls != 2 {
		t.Fatalf("after backoff: n=%d calls=%d", n, p.calls)
	}
}
