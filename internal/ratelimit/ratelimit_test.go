package ratelimit

import (
	"context"
	"testing"
	"time"
)

func TestMemoryWindow(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := NewMemory(func() time.Time { return now })
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		n, reset, _ := m.Add(ctx, "k", time.Minute)
		if n != i || reset != time.Minute {
			t.Fatalf("add %d: n=%d reset=%v", i, n, reset)
		}
	}
	now = now.Add(20 * time.Second)
	if n, reset, _ := m.Peek(ctx, "k", time.Minute); n != 3 || reset != 40*time.Second {
		t.Fatalf("peek: %d %v", n, reset)
	}
	if n, _, _ := m.Peek(ctx, "other", time.Minute); n != 0 {
		t.Fatal("other key counted")
	}
	now = now.Add(40 * time.Second)
	if n, _, _ := m.Add(ctx, "k", time.Minute); n != 1 {
		t.Fatalf("new window starts at 1, got %d", n)
	}
	_ = m.Reset(ctx, "k")
	if n, _, _ := m.Peek(ctx, "k", time.Minute); n != 0 {
		t.Fatal("reset kept count")
	}
}
