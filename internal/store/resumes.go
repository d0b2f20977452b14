package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Resume is one uploaded resume: the parsed document as JSON, not the file.
type Resume struct {
	ID        string
	UserID    string
	Filename  string
	Format    string
	SizeBytes int64
	Parsed    []byte // JSON of the parsed document
	Primary   bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

const resumeCols = `id, user_id, filename, format, size_bytes, parsed, is_primary, created_at, updated_at`

func scanResume(row interface{ Scan(...any) error }) (Resume, error) {
	var r Resume
	var parsed string
	err := row.Scan(&r.ID, &r.UserID, &r.Filename, &r.Format, &r.SizeBytes, &parsed, &r.Primary, &r.CreatedAt, &r.UpdatedAt)
	r.Parsed = []byte(parsed)
	r.CreatedAt, r.UpdatedAt = r.CreatedAt.UTC(), r.UpdatedAt.UTC()
	return r, err
}

// CreateResume stores a resume; a user's first resume becomes the primary one.
func (s *Store) CreateResume(ctx context.Context, r Resume) (Resume, error) {
	err := s.InTx(ctx, func(tx *Tx) error {
		var n int
		if err := s.queryRow(ctx, tx.tx, `SELECT COUNT(*) FROM resumes WHERE user_id = ?`, r.UserID).Scan(&n); err != nil {
			return wrap("create resume", err)
		}
		r.Primary = n == 0
		_, err := s.exec(ctx, tx.tx, `INSERT INTO resumes (`+resumeCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.UserID, r.Filename, r.Format, r.SizeBytes, strings.ReplaceAll(string(r.Parsed), `\u0000`, ""), r.Primary,
			r.CreatedAt.UTC(), r.UpdatedAt.UTC())
		return wrap("create resume", err)
	})
	return r, err
}

// Resumes lists a user's resumes, newest first.
func (s *Store) Resumes(ctx context.Context, userID string) ([]Resume, error) {
	rows, err := s.query(ctx, s.read, `SELECT `+resumeCols+` FROM resumes WHERE user_id = ? ORDER BY created_at DESC, id DESC`, userID)
	if err != nil {
		return nil, wrap("list resumes", err)
	}
	defer rows.Close()
	out := []Resume{}
	for rows.Next() {
		r, err := scanResume(rows)
		if err != nil {
			return nil, wrap("list resumes", err)
		}
		out = append(out, r)
	}
	return out, wrap("list resumes", rows.Err())
}

// Resume loads one of a user's resumes.
func (s *Store) Resume(ctx context.Context, userID, id string) (Resume, error) {
	if badID(id) {
		return Resume{}, fmt.Errorf("store: get resume: %w", ErrNotFound)
	}
	r, err := scanResume(s.queryRow(ctx, s.read, `SELECT `+resumeCols+` FROM resumes WHERE user_id = ? AND id = ?`, userID, id))
	return r, wrap("get resume", err)
}

// PrimaryResume loads the user's primary resume; ErrNotFound when they have none.
func (s *Store) PrimaryResume(ctx context.Context, userID string) (Resume, error) {
	r, err := scanResume(s.queryRow(ctx, s.read, `SELECT `+resumeCols+` FROM resumes WHERE user_id = ? AND is_primary`, userID))
	return r, wrap("get primary resume", err)
}

// SetPrimaryResume makes one of the user's resumes the primary one.
func (s *Store) SetPrimaryResume(ctx context.Context, userID, id string, now time.Time) error {
	if badID(id) {
		return fmt.Errorf("store: set primary resume: %w", ErrNotFound)
	}
	return s.InTx(ctx, func(tx *Tx) error {
		var one int
		if err := s.queryRow(ctx, tx.tx, `SELECT 1 FROM resumes WHERE user_id = ? AND id = ?`, userID, id).Scan(&one); err != nil {
			return wrap("set primary resume", err)
		}
		if _, err := s.exec(ctx, tx.tx, `UPDATE resumes SET is_primary = FALSE, updated_at = ? WHERE user_id = ? AND is_primary`, now.UTC(), userID); err != nil {
			return wrap("set primary resume", err)
		}
		res, err := s.exec(ctx, tx.tx, `UPDATE resumes SET is_primary = TRUE, updated_at = ? WHERE user_id = ? AND id = ?`, now.UTC(), userID, id)
		return mustAffect("set primary resume", res, err)
	})
}

// DeleteResume removes one of the user's resumes; when it was the primary one, the newest remaining becomes primary.
func (s *Store) DeleteResume(ctx context.Context, userID, id string, now time.Time) error {
	if badID(id) {
		return fmt.Errorf("store: delete resume: %w", ErrNotFound)
	}
	return s.InTx(ctx, func(tx *Tx) error {
		var primary bool
		if err := s.queryRow(ctx, tx.tx, `SELECT is_primary FROM resumes WHERE user_id = ? AND id = ?`, userID, id).Scan(&primary); err != nil {
			return wrap("delete resume", err)
		}
		res, err := s.exec(ctx, tx.tx, `DELETE FROM resumes WHERE user_id = ? AND id = ?`, userID, id)
		if err := mustAffect("delete resume", res, err); err != nil {
			return err
		}
		if !primary {
			return nil
		}
		_, err = s.exec(ctx, tx.tx, `UPDATE resumes SET is_primary = TRUE, updated_at = ? WHERE id = (
			SELECT id FROM resumes WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1)`, now.UTC(), userID)
		return wrap("delete resume", err)
	})
}

// PrimaryResumeVersion returns the id and last change of the user's primary resume ("" when none),
// so a cache of what was parsed from it can tell whether it is still current.
func (s *Store) PrimaryResumeVersion(ctx context.Context, userID string) (string, time.Time, error) {
	var id string
	var at time.Time
	err := s.queryRow(ctx, s.read, `SELECT id, updated_at FROM resumes WHERE user_id = ? AND is_primary`, userID).Scan(&id, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, nil
	}
	return id, at.UTC(), wrap("primary resume version", err)
}
