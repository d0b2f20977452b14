package analytics

import (
	"context"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

func TestScoreCache(t *testing.T) {
	calls := 0
	score := func(ctx context.Context, userID string, ps []store.StoredPosting) (map[string]int, error) {
		calls++
		return map[string]int{ps[0].ID: calls}, nil
	}
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	c := newScoreCache(30 * time.Second)
	f := cachedScorer(c, score, func() time.Time { return now })
	ctx := context.Background()
	a := []store.StoredPosting{{}}
	a[0].ID = "p1"
	if got, _ := f(ctx, "u1", a); got["p1"] != 1 {
		t.Fatalf("first call %v", got)
	}
	if got, _ := f(ctx, "u1", a); got["p1"] != 1 || calls != 1 {
		t.Fatalf("same user and postings within the TTL must come from memory: %v, %d calls", got, calls)
	}
	if _, _ = f(ctx, "u2", a); calls != 2 {
		t.Fatalf("another user is scored anew: %d calls", calls)
	}
	b := []store.StoredPosting{{}, {}}
	b[0].ID, b[1].ID = "p1", "p2"
	if _, _ = f(ctx, "u1", b); calls != 3 {
		t.Fatalf("a new posting changes the key: %d calls", calls)
	}
	now = now.Add(31 * time.Second)
	if _, _ = f(ctx, "u1", b); calls != 4 {
		t.Fatalf("after the TTL the scores are computed again: %d calls", calls)
	}
	c.Forget("u1")
	if _, _ = f(ctx, "u1", b); calls != 5 {
		t.Fatalf("after forget the user's scores are computed again: %d calls", calls)
	}
	if _, _ = f(ctx, "u1", b); calls != 5 {
		t.Fatalf("and kept again: %d calls", calls)
	}
}
