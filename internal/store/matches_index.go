package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"
)

// IndexPosting is a posting as the in-memory match index loads it.
type IndexPosting struct {
	StoredPosting
	SourceID string // the first source that listed it
	// SourceKinds are the kinds of every source that lists it, sorted, each once.
	SourceKinds []string
	// Changed is when the row last changed: modified or closed, whichever is later.
	Changed time.Time
}

// changedExpr is when a posting row last changed: modified or closed, whichever is later (changedAt in Go).
const changedExpr = `(CASE WHEN p.closed_at IS NOT NULL AND p.closed_at > p.modified_at THEN p.closed_at ELSE p.modified_at END)`

// afterChange selects, oldest change first, the rows changed after a cursor: its arguments are the
// cursor's time twice, its posting id, and the limit (see changeCursor).
const afterChange = `WHERE ` + changedExpr + ` > ? OR (` + changedExpr + ` = ? AND p.id > ?)
		ORDER BY ` + changedExpr + `, p.id LIMIT ?`

// changeCursor is afterChange's arguments for the rows after (since, afterID), "" reading from the start.
func changeCursor(since time.Time, afterID string, limit int) []any {
	if afterID == "" {
		afterID = "00000000-0000-0000-0000-000000000000"
	}
	return []any{since.UTC(), since.UTC(), afterID, limit}
}

// changedAt is when a posting row last changed, as changedExpr says in SQL.
func changedAt(modified, closed time.Time) time.Time {
	if closed.After(modified) {
		return closed
	}
	return modified
}

// IndexPostings returns up to limit postings changed (modified or closed) after (since, afterID), oldest change
// first, for building and refreshing the index. Pass the last row's Changed and ID to read the next page.
func (s *Store) IndexPostings(ctx context.Context, since time.Time, afterID string, limit int) ([]IndexPosting, error) {
	if limit <= 0 {
		limit = 1000
	}
	return s.indexPostings(ctx, afterChange, changeCursor(since, afterID, limit)...)
}

// IndexPostingsByID returns the postings of ids that exist, as IndexPostings reads them, in no order.
func (s *Store) IndexPostingsByID(ctx context.Context, ids []string) ([]IndexPosting, error) {
	var out []IndexPosting
	for chunk := range slices.Chunk(ids, 500) {
		args := make([]any, 0, len(chunk))
		for _, id := range chunk {
			if !badID(id) {
				args = append(args, id)
			}
		}
		if len(args) == 0 {
			continue
		}
		rows, err := s.indexPostings(ctx, `WHERE p.id IN (`+placeholders(len(args), 1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
	}
	return out, nil
}

// IndexChange is when a posting last changed (modified or closed), as a refresh reads it before the posting.
type IndexChange struct {
	ID      string
	Changed time.Time
}

// IndexChanges returns up to limit (id, change) pairs after (since, afterID), oldest change first: what a
// refresh reads again within its overlap without reading the postings themselves.
func (s *Store) IndexChanges(ctx context.Context, since time.Time, afterID string, limit int) ([]IndexChange, error) {
	rows, err := s.query(ctx, s.read, `SELECT p.id, p.modified_at, p.closed_at FROM postings p `+afterChange,
		changeCursor(since, afterID, limit)...)
	if err != nil {
		return nil, wrap("index changes", err)
	}
	defer rows.Close()
	var out []IndexChange
	for rows.Next() {
		var c IndexChange
		var modified time.Time
		var closed sql.NullTime
		if err := rows.Scan(&c.ID, &modified, &closed); err != nil {
			return nil, wrap("index changes", err)
		}
		c.Changed = changedAt(modified.UTC(), utcOf(closed))
		out = append(out, c)
	}
	return out, wrap("index changes", rows.Err())
}

// indexPostings reads the postings a clause selects, with their first source and every source's kind.
func (s *Store) indexPostings(ctx context.Context, clause string, args ...any) ([]IndexPosting, error) {
	kindList := `group_concat(DISTINCT src.kind)` // separated by commas
	if s.dialect == Postgres {
		kindList = `string_agg(DISTINCT src.kind, ',')`
	}
	rows, err := s.query(ctx, s.read, `SELECT `+postingCols+`,
		COALESCE((SELECT CAST(l.source_id AS TEXT) FROM posting_sources l WHERE l.posting_id = p.id ORDER BY l.first_seen_at, l.source_id LIMIT 1), ''),
		COALESCE((SELECT `+kindList+` FROM posting_sources l JOIN sources src ON src.id = l.source_id WHERE l.posting_id = p.id), '')
		FROM postings p `+clause, args...)
	if err != nil {
		return nil, wrap("index postings", err)
	}
	defer rows.Close()
	var out []IndexPosting
	for rows.Next() {
		var ip IndexPosting
		var src, kinds string
		p, err := scanPosting(rows, &src, &kinds)
		if err != nil {
			return nil, wrap("index postings", err)
		}
		ip.StoredPosting, ip.SourceID, ip.Changed = p, src, changedAt(p.ModifiedAt, p.ClosedAt)
		if kinds != "" {
			ip.SourceKinds = strings.Split(kinds, ",")
			slices.Sort(ip.SourceKinds)
		}
		out = append(out, ip)
	}
	return out, wrap("index postings", rows.Err())
}
