package ratelimit

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// DefaultPrefix starts every key the Redis counter writes, so our keys are easy to find and flush.
const DefaultPrefix = "copilot:rl:"

// addScript increments the key and starts its window on the first event, atomically, so replicas
// sharing the key agree on one fixed window. A key left without a TTL (an interrupted writer
// before this script existed) gets one again.
var addScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}
`)

// Redis is a Counter shared by every replica that talks to the same Redis: fixed windows kept
// as INCR'd keys that expire when the window ends.
type Redis struct {
	c      redis.UniversalClient
	prefix string
}

// NewRedis returns a counter on c whose keys start with prefix (DefaultPrefix when empty).
func NewRedis(c redis.UniversalClient, prefix string) *Redis {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return &Redis{c: c, prefix: prefix}
}

// Add records one event for key and returns the count in the window and the time until it resets.
func (r *Redis) Add(ctx context.Context, key string, window time.Duration) (int, time.Duration, error) {
	res, err := addScript.Run(ctx, r.c, []string{r.prefix + key}, window.Milliseconds()).Int64Slice()
	if err != nil {
		return 0, 0, fmt.Errorf("ratelimit: redis add: %w", err)
	}
	if len(res) != 2 {
		return 0, 0, fmt.Errorf("ratelimit: redis add: unexpected reply %v", res)
	}
	return int(res[0]), time.Duration(res[1]) * time.Millisecond, nil
}

// Peek returns the count in the current window without recording an event.
func (r *Redis) Peek(ctx context.Context, key string, window time.Duration) (int, time.Duration, error) {
	k := r.prefix + key
	var get *redis.StringCmd
	var ttl *redis.DurationCmd
	_, err := r.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		get = p.Get(ctx, k)
		ttl = p.PTTL(ctx, k)
		return nil
	})
	if err != nil && err != redis.Nil {
		return 0, 0, fmt.Errorf("ratelimit: redis peek: %w", err)
	}
	n, err := get.Int()
	if err == redis.Nil {
		return 0, window, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("ratelimit: redis peek: %w", err)
	}
	d := ttl.Val()
	if d < 0 {
		d = window
	}
	return n, d, nil
}

// Reset forgets key.
func (r *Redis) Reset(ctx context.Context, key string) error {
	if err := r.c.Del(ctx, r.prefix+key).Err(); err != nil {
		return fmt.Errorf("ratelimit: redis reset: %w", err)
	}
	return nil
}
