package store

import (
	"context"
	"fmt"
	"time"
)

// SetPostingState saves (saved=true) or dismisses (saved=false) a posting for a user, or clears that mark (on=false).
// The mark lives beside the posting, so re-ingesting the posting never undoes it.
func (s *Store) SetPostingState(ctx context.Context, userID, postingID string, saved, on bool, now time.Time) error {
	if badID(postingID) {
		return fmt.Errorf("store: set posting state: %w", ErrNotFound)
	}
	col := "dismissed_at"
	if saved {
		col = "saved_at"
	}
	var val any
	if on {
		val = now.UTC()
	}
	var exists int
	if err := s.queryRow(ctx, s.read, `SELECT COUNT(*) FROM postings WHERE id = ?`, postingID).Scan(&exists); err != nil {
		return wrap("set posting state", err)
	}
	if exists == 0 {
		return fmt.Errorf("store: set posting state: %w", ErrNotFound)
	}
	_, err := s.exec(ctx, s.write, `INSERT INTO posting_user_state (user_id, posting_id, `+col+`) VALUES (?, ?, ?)
		ON CONFLICT (user_id, posting_id) DO UPDATE SET `+col+` = excluded.`+col, userID, postingID, val)
	return wrap("set posting state", err)
}
