package store

import (
	"context"
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

// IndexPostings returns up to limit postings changed (modified or closed) after (since, afterID), oldest change
// first, for building and refreshing the index. Pass the last row's Changed and ID to read the next page.
func (s *Store) IndexPostings(ctx context.Context, since time.Time, afterID string, limit int) ([]IndexPosting, error) {
	if limit <= 0 {
		limit = 1000
	}
	if afterID == "" {
		afterID = "00000000-0000-0000-0000-000000000000"
	}
	const changed = `(CASE WHEN p.closed_at IS NOT NULL AND p.closed_at > p.modified_at THEN p.closed_at ELSE p.modified_at END)`
	kindList := `group_concat(DISTINCT src.kind)` // separated by commas
	if s.dialect == Postgres {
		kindList = `string_agg(DISTINCT src.kind, ',')`
	}
	rows, err := s.query(ctx, s.read, `SELECT `+postingCols+`,
		COALESCE((SELECT CAST(l.source_id AS TEXT) FROM posting_sources l WHERE l.posting_id = p.id ORDER BY l.first_seen_at, l.source_id LIMIT 1), ''),
		COALESCE((SELECT `+kindList+` FROM posting_sources l JOIN sources src ON src.id = l.source_id WHERE l.posting_id = p.id), '')
		FROM postings p
		WHERE `+changed+` > ? OR (`+changed+` = ? AND p.id > ?)
		ORDER BY `+changed+`, p.id LIMIT ?`, since.UTC(), since.UTC(), afterID, limit)
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
		ip.StoredPosting, ip.SourceID, ip.Changed = p, src, p.ModifiedAt
		if kinds != "" {
			ip.SourceKinds = strings.Split(kinds, ",")
			slices.Sort(ip.SourceKinds)
		}
		if p.ClosedAt.After(p.ModifiedAt) {
			ip.Changed = p.ClosedAt
		}
		out = append(out, ip)
	}
	return out, wrap("index postings", rows.Err())
}
