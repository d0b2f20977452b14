package ratelimit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// testRedis connects to the real Redis at COPILOT_TEST_REDIS_URL and returns a key prefix
// no other test uses; the keys are deleted afterwards. Without the variable the test is
// skipped, except in CI where a missing Redis is a failure.
func testRedis(t *testing.T) (*redis.Options, string) {
	t.Helper()
	raw := os.Getenv("COPILOT_TEST_REDIS_URL")
	if raw == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("COPILOT_TEST_REDIS_URL must be set in CI")
		}
		t.Skip("COPILOT_TEST_REDIS_URL not set")
	}
	opt, err := redis.ParseURL(raw)
	if err != nil {
		t.Fatalf("parse COPILOT_TEST_REDIS_URL: %v", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	prefix := "copilot:rl:test:" + hex.EncodeToString(b) + ":"
	t.Cleanup(func() {
		c := redis.NewClient(opt)
		defer c.Close()
		ctx := context.Background()
		keys, _ := c.Keys(ctx, prefix+"*").Result()
		if len(keys) > 0 {
			c.Del(ctx, keys...)
		}
	})
	return opt, prefix
}

func TestRedisWindow(t *testing.T) {
	opt, prefix := testRedis(t)
	c := redis.NewClient(opt)
	defer c.Close()
	r := NewRedis(c, prefix)
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		n, reset, err := r.Add(ctx, "ip:1", 2*time.Second)
		if err != nil || n != i {
			t.Fatalf("add %d: n=%d err=%v", i, n, err)
		}
		if reset <= time.Second || reset > 2*time.Second {
			t.Fatalf("add %d: reset %v, want within (1s, 2s]", i, reset)
		}
	}
	// The key is where the prefix says, with the window as its TTL.
	if v, err := c.Get(ctx, prefix+"ip:1").Int(); err != nil || v != 3 {
		t.Fatalf("raw key = %d, %v", v, err)
	}
	if ttl := c.PTTL(ctx, prefix+"ip:1").Val(); ttl <= time.Second || ttl > 2*time.Second {
		t.Fatalf("ttl %v", ttl)
	}
	if n, _, err := r.Peek(ctx, "ip:1", 2*time.Second); err != nil || n != 3 {
		t.Fatalf("peek = %d, %v", n, err)
	}
	if n, reset, err := r.Peek(ctx, "ip:none", time.Minute); err != nil || n != 0 || reset != time.Minute {
		t.Fatalf("peek unknown = %d %v %v", n, reset, err)
	}
	// A second replica (another client) shares the count.
	c2 := redis.NewClient(opt)
	defer c2.Close()
	if n, _, err := NewRedis(c2, prefix).Add(ctx, "ip:1", 2*time.Second); err != nil || n != 4 {
		t.Fatalf("second replica add = %d, %v", n, err)
	}
	time.Sleep(2100 * time.Millisecond)
	if n, _, err := r.Add(ctx, "ip:1", 2*time.Second); err != nil || n != 1 {
		t.Fatalf("after the window: %d, %v", n, err)
	}
	if err := r.Reset(ctx, "ip:1"); err != nil {
		t.Fatal(err)
	}
	if n, _, _ := r.Peek(ctx, "ip:1", time.Minute); n != 0 {
		t.Fatalf("after reset: %d", n)
	}
}

func TestRedisDefaultPrefix(t *testing.T) {
	if r := NewRedis(nil, ""); r.prefix != "copilot:rl:" {
		t.Fatalf("prefix %q", r.prefix)
	}
}
