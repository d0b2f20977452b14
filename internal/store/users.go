package store

import (
	"context"
	"strings"
	"time"
)

// User is an account row.
type User struct {
	ID           string
	Email        string
	PasswordHash string
	Role         string
	TokenVersion int
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

const userCols = `id, email, password_hash, role, token_version, created_at, updated_at`

func scanUser(row interface{ Scan(...any) error }) (User, error) {
	var u User
	err := row.Scan(&u.ID, &u.Email, &u.PasswordHash, &u.Role, &u.TokenVersion, &u.CreatedAt, &u.UpdatedAt)
	return u, err
}

// NewUser says how to create an account.
type NewUser struct {
	FirstIsAdmin bool   // the first user of an empty database becomes admin
	InviteHash   string // when set, this unused invite is consumed in the same transaction
}

// CreateUser inserts a user. Counting, inserting and consuming the invite happen in one
// transaction, so two simultaneous first registrations cannot both be admin and an invite is used once.
func (s *Store) CreateUser(ctx context.Context, u User, opt NewUser) (User, error) {
	u.Email = strings.ToLower(strings.TrimSpace(u.Email))
	err := s.InTx(ctx, func(tx *Tx) error {
		if opt.FirstIsAdmin {
			if s.dialect == Postgres {
				// SQLite's single writer serializes this already; PostgreSQL needs a lock.
				if _, err := s.exec(ctx, tx.tx, `SELECT pg_advisory_xact_lock(7340001)`); err != nil {
					return wrap("lock users", err)
				}
			}
			var n int
			if err := s.queryRow(ctx, tx.tx, `SELECT COUNT(*) FROM users`).Scan(&n); err != nil {
				return wrap("count users", err)
			}
			if n == 0 {
				u.Role = "admin"
			}
		}
		if u.Role == "" {
			u.Role = "user"
		}
		_, err := s.exec(ctx, tx.tx, `INSERT INTO users (`+userCols+`) VALUES (?, ?, ?, ?, 1, ?, ?)`,
			u.ID, u.Email, u.PasswordHash, u.Role, u.CreatedAt.UTC(), u.UpdatedAt.UTC())
		if err != nil {
			return wrap("create user", err)
		}
		if opt.InviteHash != "" {
			return s.useInvite(ctx, tx, opt.InviteHash, u.ID, u.CreatedAt)
		}
		return nil
	})
	u.TokenVersion = 1
	return u, err
}

// CountUsers returns how many accounts exist.
func (s *Store) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := s.queryRow(ctx, s.read, `SELECT COUNT(*) FROM users`).Scan(&n)
	return n, wrap("count users", err)
}

// UserByID loads a user.
func (s *Store) UserByID(ctx context.Context, id string) (User, error) {
	u, err := scanUser(s.queryRow(ctx, s.read, `SELECT `+userCols+` FROM users WHERE id = ?`, id))
	return u, wrap("user by id", err)
}

// UserByEmail loads a user by e-mail, case-insensitively.
func (s *Store) UserByEmail(ctx context.Context, email string) (User, error) {
	u, err := scanUser(s.queryRow(ctx, s.read, `SELECT `+userCols+` FROM users WHERE email = ?`, strings.ToLower(strings.TrimSpace(email))))
	return u, wrap("user by email", err)
}

// SetPassword stores a new hash, bumps the token version (revoking access tokens) and
// removes every session but keep and every refresh token, in one transaction.
func (s *Store) SetPassword(ctx context.Context, userID, hash, keepSessionID string, now time.Time) error {
	return s.InTx(ctx, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `UPDATE users SET password_hash = ?, token_version = token_version + 1, updated_at = ? WHERE id = ?`, hash, now.UTC(), userID)
		if err := mustAffect("set password", res, err); err != nil {
			return err
		}
		del, args := `DELETE FROM sessions WHERE user_id = ?`, []any{userID}
		if keepSessionID != "" { // a bearer client keeps no session; "" is no uuid to PostgreSQL
			del, args = del+` AND id <> ?`, append(args, keepSessionID)
		}
		if _, err := s.exec(ctx, tx.tx, del, args...); err != nil {
			return wrap("revoke sessions", err)
		}
		_, err = s.exec(ctx, tx.tx, `UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, now.UTC(), userID)
		return wrap("revoke refresh tokens", err)
	})
}

// SetRole changes a user's role.
func (s *Store) SetRole(ctx context.Context, userID, role string, now time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE users SET role = ?, updated_at = ? WHERE id = ?`, role, now.UTC(), userID)
	return mustAffect("set role", res, err)
}

// DeleteUser removes a user and, through ON DELETE CASCADE, everything the user owns.
func (s *Store) DeleteUser(ctx context.Context, userID string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM users WHERE id = ?`, userID)
	return mustAffect("delete user", res, err)
}
