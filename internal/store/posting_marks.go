package store

import (
	"context"
	"database/sql"
	"time"
)

// PostingMark is when a user saved and dismissed one posting (zero when not).
type PostingMark struct {
	SavedAt     time.Time
	DismissedAt time.Time
}

// PostingMarks returns every posting a user saved or dismissed, with when, in one read.
func (s *Store) PostingMarks(ctx context.Context, userID string) (map[string]PostingMark, error) {
	rows, err := s.query(ctx, s.read, `SELECT posting_id, saved_at, dismissed_at FROM posting_user_state
		WHERE user_id = ? AND (saved_at IS NOT NULL OR dismissed_at IS NOT NULL)`, userID)
	if err != nil {
		return nil, wrap("posting marks", err)
	}
	defer rows.Close()
	out := map[string]PostingMark{}
	for rows.Next() {
		var id string
		var saved, dismissed sql.NullTime
		if err := rows.Scan(&id, &saved, &dismissed); err != nil {
			return nil, wrap("posting marks", err)
		}
		out[id] = PostingMark{SavedAt: utcOf(saved), DismissedAt: utcOf(dismissed)}
	}
	return out, wrap("posting marks", rows.Err())
}
