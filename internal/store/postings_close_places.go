package store

import (
	"context"
	"database/sql"
	"slices"
	"time"
)

// remergePlaces sets each given posting that still has an open link to the places its open links say
// together, as a batch merges them, so that a link's places leave its posting when the link closes. A
// posting left with no open link is closed and keeps the places it had. The ids are sorted and, on
// PostgreSQL, already locked.
func (s *Store) remergePlaces(ctx context.Context, tx *sql.Tx, ids []string, now time.Time) error {
	for chunk := range slices.Chunk(ids, 500) {
		stored, err := s.openPlaces(ctx, tx, chunk)
		if err != nil {
			return wrap("posting places", err)
		}
		b := newUpsertBatch(s, tx, nil, "", now)
		b.places = make(map[string]*postingPlaces, len(chunk))
		if err := b.loadPlacesChunk(ctx, chunk); err != nil {
			return wrap("link places", err)
		}
		for _, id := range chunk {
			st, open := stored[id]
			pp := b.places[id]
			if !open || pp == nil || !slices.ContainsFunc(pp.links, func(l *linkPlace) bool { return !l.closed }) {
				continue
			}
			slices.SortFunc(pp.links, linkOrder)
			m := mergeWhere(pp.links)
			if st.known && m.equal(st.w) {
				continue
			}
			j := m.encode()
			if _, err := s.exec(ctx, tx, `UPDATE postings SET locations = ?, work_mode = ?, remote_regions = ?, modified_at = ? WHERE id = ?`,
				j.locations, j.workMode, j.regions, now.UTC(), id); err != nil {
				return wrap("merge places", err)
			}
		}
	}
	return nil
}

// storedWhere is a posting row's places; known is false when their JSON is unreadable.
type storedWhere struct {
	w     where
	known bool
}

// openPlaces reads the places of those of the postings that are open.
func (s *Store) openPlaces(ctx context.Context, tx *sql.Tx, ids []string) (map[string]storedWhere, error) {
	q, args := `SELECT id, locations, work_mode, remote_regions FROM postings WHERE closed_at IS NULL AND id = ANY(?::uuid[])`, []any{ids}
	if s.dialect != Postgres {
		args = make([]any, 0, len(ids))
		for _, id := range ids {
			args = append(args, id)
		}
		q = `SELECT id, locations, work_mode, remote_regions FROM postings WHERE closed_at IS NULL AND id IN (` + placeholders(len(ids), 1) + `)`
	}
	rows, err := s.query(ctx, tx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]storedWhere, len(ids))
	for rows.Next() {
		var id, locs, mode, regions string
		if err := rows.Scan(&id, &locs, &mode, &regions); err != nil {
			return nil, err
		}
		w, ok := decodeWhere(locs, mode, regions)
		out[id] = storedWhere{w: w, known: ok}
	}
	return out, rows.Err()
}
