package analytics

import (
	"context"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// freshTTL is how long the dashboard reuses the list of postings first seen since a midnight: the
// index's poll interval, as late as search sees a new posting anyway. The list is the same for every
// user whose day starts at that instant, and reading it (whole postings, to score them) was most of a
// dashboard's cost.
const freshTTL = 3 * time.Second

// maxFreshDays bounds the midnights kept (one per time zone in use); past it all are forgotten.
const maxFreshDays = 8

// freshCache keeps the postings first seen since each recent midnight.
type freshCache struct {
	mu      sync.Mutex
	entries map[int64]freshEntry
}

type freshEntry struct {
	at time.Time
	ps []store.StoredPosting
}

// since returns NewPostingsSince(midnight, limit), read at most every ttl per midnight.
func (c *freshCache) since(ctx context.Context, st Store, midnight time.Time, limit int, now time.Time, ttl time.Duration) ([]store.StoredPosting, error) {
	key := midnight.Unix()
	c.mu.Lock()
	e, ok := c.entries[key]
	c.mu.Unlock()
	if ok && ttl > 0 && now.Sub(e.at) < ttl && !now.Before(e.at) {
		return e.ps, nil
	}
	ps, err := st.NewPostingsSince(ctx, midnight, limit)
	if err != nil || ttl <= 0 {
		return ps, err
	}
	c.mu.Lock()
	if c.entries == nil || len(c.entries) >= maxFreshDays {
		c.entries = map[int64]freshEntry{}
	}
	c.entries[key] = freshEntry{at: now, ps: ps}
	c.mu.Unlock()
	return ps, nil
}
