package analytics

import (
	"context"
	"time"

	"github.com/career-copilot/copilot/internal/cache"
	"github.com/career-copilot/copilot/internal/store"
)

// freshTTL is how long the dashboard reuses the list of postings first seen since a midnight: the
// index's poll interval, as late as search sees a new posting anyway. The list is the same for every
// user whose day starts at that instant, and reading it (whole postings, to score them) was most of a
// dashboard's cost.
const freshTTL = 3 * time.Second

// maxFreshDays bounds the midnights kept (one per time zone in use).
const maxFreshDays = 8

// freshCache keeps the postings first seen since each recent midnight; nil reads every time.
type freshCache = cache.TTL[int64, []store.StoredPosting]

func newFreshCache(ttl time.Duration) *freshCache {
	return cache.New[int64, []store.StoredPosting](ttl, maxFreshDays)
}

// freshSince returns NewPostingsSince(midnight, limit) through the cache.
func freshSince(ctx context.Context, c *freshCache, st Store, midnight time.Time, limit int, now time.Time) ([]store.StoredPosting, error) {
	return c.Get(ctx, midnight.Unix(), now, func(ctx context.Context) ([]store.StoredPosting, error) {
		return st.NewPostingsSince(ctx, midnight, limit)
	})
}
