package store

import (
	"context"
	"time"
)

// Session is a browser session; only the token's hash is stored.
type Session struct {
	ID        string
	UserID    string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// CreateSession stores a new browser session.
func (s *Store) CreateSession(ctx context.Context, se Session) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
		se.ID, se.UserID, se.TokenHash, se.CreatedAt.UTC(), se.ExpiresAt.UTC())
	return wrap("create session", err)
}

// SessionByHash loads a live session by its token hash.
func (s *Store) SessionByHash(ctx context.Context, hash string, now time.Time) (Session, error) {
	var se Session
	err := s.queryRow(ctx, s.read, `SELECT id, user_id, token_hash, created_at, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?`, hash, now.UTC()).
		Scan(&se.ID, &se.UserID, &se.TokenHash, &se.CreatedAt, &se.ExpiresAt)
	return se, wrap("session by hash", err)
}

// DeleteSession removes one session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	_, err := s.exec(ctx, s.write, `DELETE FROM sessions WHERE id = ?`, id)
	return wrap("delete session", err)
}

// PruneExpired removes sessions and refresh tokens past their expiry and returns how many rows went.
func (s *Store) PruneExpired(ctx context.Context, now time.Time) (int64, error) {
	var total int64
	for _, q := range []string{`DELETE FROM sessions WHERE expires_at <= ?`, `DELETE FROM refresh_tokens WHERE expires_at <= ?`, `DELETE FROM invites WHERE expires_at <= ? AND used_at IS NULL`} {
		res, err := s.exec(ctx, s.write, q, now.UTC())
		if err != nil {
			return total, wrap("prune expired", err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	return total, nil
}

// RefreshToken is one link of a rotating refresh-token family; only the hash is stored.
type RefreshToken struct {
	ID        string
	UserID    string
	FamilyID  string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
	RevokedAt *time.Time
}

// CreateRefreshToken stores a refresh token.
func (s *Store) CreateRefreshToken(ctx context.Context, t RefreshToken) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
		t.ID, t.UserID, t.FamilyID, t.TokenHash, t.CreatedAt.UTC(), t.ExpiresAt.UTC())
	return wrap("create refresh token", err)
}

// RotateRefreshToken marks the presented token used and stores its successor, atomically.
// It returns the presented token as it was before; a token already used or revoked is not rotated,
// and the caller revokes its family.
func (s *Store) RotateRefreshToken(ctx context.Context, hash string, next RefreshToken, now time.Time) (RefreshToken, error) {
	var old RefreshToken
	err := s.InTx(ctx, func(tx *Tx) error {
		err := s.queryRow(ctx, tx.tx, `SELECT id, user_id, family_id, token_hash, created_at, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ?`, hash).
			Scan(&old.ID, &old.UserID, &old.FamilyID, &old.TokenHash, &old.CreatedAt, &old.ExpiresAt, &old.UsedAt, &old.RevokedAt)
		if err != nil {
			return wrap("load refresh token", err)
		}
		if old.UsedAt != nil || old.RevokedAt != nil || !old.ExpiresAt.After(now) {
			return nil
		}
		// The conditional update makes two concurrent rotations of one token yield one winner.
		res, err := s.exec(ctx, tx.tx, `UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL`, now.UTC(), old.ID)
		if err := mustAffect("use refresh token", res, err); err != nil {
			return err
		}
		next.UserID, next.FamilyID = old.UserID, old.FamilyID
		_, err = s.exec(ctx, tx.tx, `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			next.ID, next.UserID, next.FamilyID, next.TokenHash, next.CreatedAt.UTC(), next.ExpiresAt.UTC())
		return wrap("store next refresh token", err)
	})
	return old, err
}

// RevokeFamily revokes every token of a refresh-token family.
func (s *Store) RevokeFamily(ctx context.Context, familyID string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL`, now.UTC(), familyID)
	return wrap("revoke family", err)
}

// RefreshTokenByHash loads a refresh token whatever its state.
func (s *Store) RefreshTokenByHash(ctx context.Context, hash string) (RefreshToken, error) {
	var t RefreshToken
	err := s.queryRow(ctx, s.read, `SELECT id, user_id, family_id, token_hash, created_at, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ?`, hash).
		Scan(&t.ID, &t.UserID, &t.FamilyID, &t.TokenHash, &t.CreatedAt, &t.ExpiresAt, &t.UsedAt, &t.RevokedAt)
	return t, wrap("refresh token by hash", err)
}
