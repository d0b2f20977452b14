package analytics

import (
	"context"
	"hash/fnv"
	"time"

	"github.com/career-copilot/copilot/internal/cache"
	"github.com/career-copilot/copilot/internal/store"
)

// scoreTTL is how long the dashboard reuses a user's scores of today's postings. Scoring them means
// building an index of the day's postings, which is by far the dashboard's largest cost; the scores
// change only when a posting arrives (a new key) or the profile changes (Forget at once on this
// replica, within this time on another).
const scoreTTL = 30 * time.Second

// scoreCache remembers each user's last scores and the set of postings they score; nil scores every time.
type scoreCache = cache.TTL[string, scored]

// scored is a user's scores of one set of postings, named by a hash of their ids.
type scored struct {
	key    uint64
	scores map[string]int
}

func newScoreCache(ttl time.Duration) *scoreCache { return cache.New[string, scored](ttl, 10000) }

// cachedScorer wraps a Scorer so that the same user asking about the same postings within the TTL is
// answered from memory, and concurrent askers score once.
func cachedScorer(c *scoreCache, score Scorer, now func() time.Time) Scorer {
	return func(ctx context.Context, userID string, ps []store.StoredPosting) (map[string]int, error) {
		h := fnv.New64a()
		for _, p := range ps {
			h.Write([]byte(p.ID))
			h.Write([]byte{0})
		}
		key := h.Sum64()
		load := func(ctx context.Context) (scored, error) {
			m, err := score(ctx, userID, ps)
			return scored{key: key, scores: m}, err
		}
		s, err := c.Get(ctx, userID, now(), load)
		if err == nil && s.key != key { // the day's postings changed since
			c.Forget(userID)
			s, err = c.Get(ctx, userID, now(), load)
		}
		return s.scores, err
	}
}
