package analytics

import (
	"context"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// countingStore answers NewPostingsSince with one posting named after the call and counts the calls.
type countingStore struct {
	Store
	calls int
}

func (c *countingStore) NewPostingsSince(_ context.Context, since time.Time, _ int) ([]store.StoredPosting, error) {
	c.calls++
	p := store.StoredPosting{ID: since.Format(time.RFC3339)}
	return []store.StoredPosting{p}, nil
}

func TestFreshCache(t *testing.T) {
	ctx, st := context.Background(), &countingStore{}
	c, none := newFreshCache(freshTTL), newFreshCache(0)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	midnight := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	read := func(m time.Time, at time.Time, ttl time.Duration) {
		t.Helper()
		fc := c
		if ttl == 0 {
			fc = none
		}
		if ps, err := freshSince(ctx, fc, st, m, 10, at); err != nil || len(ps) != 1 || ps[0].ID != m.Format(time.RFC3339) {
			t.Fatalf("since %s: %v %v", m, ps, err)
		}
	}
	read(midnight, now, freshTTL)
	read(midnight, now.Add(freshTTL-time.Millisecond), freshTTL)
	if st.calls != 1 {
		t.Fatalf("within freshTTL the list must come from memory: %d reads", st.calls)
	}
	read(midnight.Add(-time.Hour), now, freshTTL) // another time zone's midnight
	if st.calls != 2 {
		t.Fatalf("another midnight is read on its own: %d reads", st.calls)
	}
	read(midnight, now.Add(freshTTL), freshTTL)
	if st.calls != 3 {
		t.Fatalf("after freshTTL the list is read again: %d reads", st.calls)
	}
	read(midnight, now.Add(freshTTL), 0)
	read(midnight, now.Add(freshTTL), 0)
	if st.calls != 5 {
		t.Fatalf("with no TTL every call reads: %d reads", st.calls)
	}
}
