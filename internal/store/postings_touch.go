package store

import (
	"context"
	"database/sql"
	"slices"
	"time"
)

// TouchSource marks every open link of a source as seen now (an answer of 304 Not Modified lists the same postings).
func (s *Store) TouchSource(ctx context.Context, sourceID string, now time.Time) (int, error) {
	var n int64
	err := s.InTx(ctx, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `UPDATE posting_sources SET last_seen_at = ? WHERE source_id = ? AND closed_at IS NULL`, now.UTC(), sourceID)
		if err != nil {
			return wrap("touch source", err)
		}
		n, _ = res.RowsAffected()
		_, err = s.exec(ctx, tx.tx, `UPDATE postings SET last_seen_at = ? WHERE id IN
			(SELECT posting_id FROM posting_sources WHERE source_id = ? AND closed_at IS NULL)`, now.UTC(), sourceID)
		return wrap("touch source postings", err)
	})
	return int(n), err
}

// CloseUnseen closes the open links of a source not seen since `since` (the run's start), except the
// external ids in keep (items the run could not read), closes postings left with no open link, and
// merges the places of the others again without the closed links. Only call it after a complete,
// trustworthy listing. It returns how many links it closed.
func (s *Store) CloseUnseen(ctx context.Context, sourceID string, since time.Time, keep []string, now time.Time) (int, error) {
	var closed int
	err := retry(ctx, func() error {
		return s.InTx(ctx, func(tx *Tx) error {
			ext, pids, err := s.unseenLinks(ctx, tx.tx, sourceID, since, keep)
			if err != nil {
				return err
			}
			pids = slices.Compact(slices.Sorted(slices.Values(pids)))
			if err := s.lockPostingRows(ctx, tx.tx, pids); err != nil {
				return wrap("lock postings", err)
			}
			for chunk := range slices.Chunk(ext, 500) {
				q, args := s.closeLinksStmt(sourceID, chunk, now.UTC())
				if _, err := s.exec(ctx, tx.tx, q, args...); err != nil {
					return wrap("close links", err)
				}
			}
			closed = len(ext)
			if _, err := s.closeOrphans(ctx, tx.tx, pids, now); err != nil {
				return err
			}
			return s.remergePlaces(ctx, tx.tx, pids, now)
		})
	})
	return closed, err
}

// lockPostingRows takes, on PostgreSQL, the row locks of the postings ids (sorted) in id order, as a batch
// takes those it merges, so that the two never wait for each other in a circle.
func (s *Store) lockPostingRows(ctx context.Context, tx *sql.Tx, ids []string) error {
	if s.dialect != Postgres {
		return nil
	}
	for chunk := range slices.Chunk(ids, 500) {
		if _, err := s.exec(ctx, tx, `SELECT 1 FROM postings WHERE id = ANY(?::uuid[]) ORDER BY id FOR NO KEY UPDATE`, chunk); err != nil {
			return err
		}
	}
	return nil
}

// closeOrphans closes those of the postings that no longer have an open link, 500 to a statement.
func (s *Store) closeOrphans(ctx context.Context, q querier, ids []string, now time.Time) (int, error) {
	n := 0
	for chunk := range slices.Chunk(ids, 500) {
		stmt, args := s.closeOrphansStmt(chunk, now.UTC())
		res, err := s.exec(ctx, q, stmt, args...)
		if err != nil {
			return n, wrap("close postings", err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, nil
}

func (s *Store) postingIDsOfSource(ctx context.Context, q querier, sourceID string) ([]string, error) {
	rows, err := s.query(ctx, q, `SELECT DISTINCT posting_id FROM posting_sources WHERE source_id = ?`, sourceID)
	if err != nil {
		return nil, wrap("postings of source", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, wrap("postings of source", err)
		}
		ids = append(ids, id)
	}
	return ids, wrap("postings of source", rows.Err())
}

// CountUnseen counts the open links of a source not seen since `since`, except the external ids in keep:
// how many a CloseUnseen would close.
func (s *Store) CountUnseen(ctx context.Context, sourceID string, since time.Time, keep []string) (int, error) {
	ext, _, err := s.unseenLinks(ctx, s.read, sourceID, since, keep)
	return len(ext), err
}

// unseenLinks lists the external and posting ids of a source's open links not seen since `since`, except keep.
func (s *Store) unseenLinks(ctx context.Context, q querier, sourceID string, since time.Time, keep []string) (ext, pids []string, err error) {
	rows, err := s.query(ctx, q, `SELECT external_id, posting_id FROM posting_sources WHERE source_id = ? AND closed_at IS NULL AND last_seen_at < ?`,
		sourceID, since.UTC())
	if err != nil {
		return nil, nil, wrap("unseen links", err)
	}
	defer rows.Close()
	skip := make(map[string]bool, len(keep))
	for _, k := range keep {
		skip[k] = true
	}
	for rows.Next() {
		var e, p string
		if err := rows.Scan(&e, &p); err != nil {
			return nil, nil, wrap("unseen links", err)
		}
		if !skip[e] {
			ext, pids = append(ext, e), append(pids, p)
		}
	}
	return ext, pids, wrap("unseen links", rows.Err())
}
