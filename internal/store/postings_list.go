package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// PostingFilter selects postings for a list; zero fields do not filter.
type PostingFilter struct {
	UserID      string    // whose saved/dismissed state to read and filter on
	SourceID    string    // postings with a link to this source
	CompanyKey  string    // normalize.CompanyKey of the company
	Status      string    // "open", "closed" or "" for both
	PostedSince time.Time // listed (posted, or else updated before we first saw it, or first seen) at or after
	Saved       bool      // only the user's saved postings
	Dismissed   string    // "exclude" (default), "only" or "include"
	Cursor      string    // from the previous page's NextCursor
	Limit       int       // page size, 1..200 (default 50)
}

// ErrBadCursor is returned for a cursor this store did not issue.
var ErrBadCursor = fmt.Errorf("store: bad cursor")

// ListPostings returns one page of postings, newest first (by posting date, or else the earlier of the
// board's update date and our first-seen date), and the cursor of the next page ("" on the last one).
// Links are not loaded.
func (s *Store) ListPostings(ctx context.Context, f PostingFilter) ([]StoredPosting, string, error) {
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.SourceID != "" {
		if badID(f.SourceID) {
			return []StoredPosting{}, "", nil
		}
		add(`EXISTS (SELECT 1 FROM posting_sources l WHERE l.posting_id = p.id AND l.source_id = ?)`, f.SourceID)
	}
	if f.CompanyKey != "" {
		add(`p.company_key = ?`, f.CompanyKey)
	}
	switch f.Status {
	case "open":
		add(`p.closed_at IS NULL`)
	case "closed":
		add(`p.closed_at IS NOT NULL`)
	}
	if !f.PostedSince.IsZero() {
		add(`p.listed_at >= ?`, f.PostedSince.UTC())
	}
	if f.Saved {
		add(`st.saved_at IS NOT NULL`)
	}
	switch f.Dismissed {
	case "only":
		add(`st.dismissed_at IS NOT NULL`)
	case "include":
	default:
		add(`st.dismissed_at IS NULL`)
	}
	if f.Cursor != "" {
		at, id, err := decodeCursor(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		add(`(p.listed_at < ? OR (p.listed_at = ? AND p.id < ?))`, at, at, id)
	}
	q := `SELECT ` + postingCols + `, p.listed_at, st.saved_at, st.dismissed_at FROM postings p
		LEFT JOIN posting_user_state st ON st.posting_id = p.id AND st.user_id = ?`
	args = append([]any{nullString(f.UserID)}, args...)
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY p.listed_at DESC, p.id DESC LIMIT ?`
	args = append(args, f.Limit+1)
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, "", wrap("list postings", err)
	}
	defer rows.Close()
	out := []StoredPosting{}
	var lastAt time.Time
	for rows.Next() {
		var listed time.Time
		var saved, dismissed sql.NullTime
		p, err := scanPosting(rows, &listed, &saved, &dismissed)
		if err != nil {
			return nil, "", wrap("list postings", err)
		}
		p.SavedAt, p.DismissedAt = utcOf(saved), utcOf(dismissed)
		if len(out) == f.Limit {
			return out, encodeCursor(lastAt, out[len(out)-1].ID), rows.Err()
		}
		lastAt = listed.UTC()
		out = append(out, p)
	}
	return out, "", wrap("list postings", rows.Err())
}

func encodeCursor(at time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(at.UTC().Format(time.RFC3339Nano) + "|" + id))
}

func decodeCursor(c string) (time.Time, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return time.Time{}, "", ErrBadCursor
	}
	ts, id, ok := strings.Cut(string(b), "|")
	at, err := time.Parse(time.RFC3339Nano, ts)
	if !ok || err != nil || badID(id) {
		return time.Time{}, "", ErrBadCursor
	}
	return at, id, nil
}
