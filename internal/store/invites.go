package store

import (
	"context"
	"time"
)

// CreateInvite stores an invite code's hash.
func (s *Store) CreateInvite(ctx context.Context, codeHash, createdBy string, now, expires time.Time) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO invites (code_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)`, codeHash, createdBy, now.UTC(), expires.UTC())
	return wrap("create invite", err)
}

// useInvite marks an unused, unexpired invite as used by a user; ErrNotFound when there is none.
func (s *Store) useInvite(ctx context.Context, tx *Tx, codeHash, userID string, now time.Time) error {
	res, err := s.exec(ctx, tx.tx, `UPDATE invites SET used_by = ?, used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?`, userID, now.UTC(), codeHash, now.UTC())
	return mustAffect("use invite", res, err)
}
