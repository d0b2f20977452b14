package analytics

import (
	"context"
	"hash/fnv"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// scoreTTL is how long the dashboard reuses a user's scores of today's postings. Scoring them means
// building an index of the day's postings, which is by far the dashboard's largest cost; the scores
// change only when a posting arrives (a new key) or the profile changes (seen within this time).
const scoreTTL = 30 * time.Second

// scoreCache remembers the last scores per user and set of postings.
type scoreCache struct {
	mu      sync.Mutex
	entries map[string]scoreEntry
	gen     uint64 // moved on by every forget, so scores computed across one are not kept
}

type scoreEntry struct {
	key    uint64
	at     time.Time
	scores map[string]int
}

// cached wraps a Scorer so that the same user asking about the same postings within ttl is answered from memory.
func (c *scoreCache) cached(score Scorer, now func() time.Time, ttl time.Duration) Scorer {
	return func(ctx context.Context, userID string, ps []store.StoredPosting) (map[string]int, error) {
		if ttl <= 0 {
			return score(ctx, userID, ps)
		}
		h := fnv.New64a()
		for _, p := range ps {
			h.Write([]byte(p.ID))
			h.Write([]byte{0})
		}
		key := h.Sum64()
		c.mu.Lock()
		e, ok := c.entries[userID]
		gen := c.gen
		c.mu.Unlock()
		if ok && e.key == key && now().Sub(e.at) < ttl {
			return e.scores, nil
		}
		scores, err := score(ctx, userID, ps)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		if c.entries == nil || len(c.entries) > 10000 { // bounded: forget everyone rather than grow without end
			c.entries = map[string]scoreEntry{}
		}
		if c.gen == gen {
			c.entries[userID] = scoreEntry{key: key, at: now(), scores: scores}
		}
		c.mu.Unlock()
		return scores, nil
	}
}

// forget drops the user's scores; scores being computed meanwhile are not kept.
func (c *scoreCache) forget(userID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, userID)
	c.gen++
}
