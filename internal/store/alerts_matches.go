package store

import (
	"context"
	"fmt"
	"time"
)

// AlertMatch is one posting an alert matched; Status is pending until a batch sends or skips it.
type AlertMatch struct {
	AlertID    string     `json:"-"`
	PostingID  string     `json:"posting_id"`
	UserID     string     `json:"-"`
	CompanyKey string     `json:"-"`
	Score      int        `json:"score"`
	Status     string     `json:"status"` // pending, sent, skipped
	BatchID    string     `json:"-"`
	MatchedAt  time.Time  `json:"matched_at"`
	SentAt     *time.Time `json:"sent_at"`
}

// NewPostingsSince lists open postings first seen at or after since, oldest first, at most limit.
// The bound is inclusive so postings stored in the same instant as the cursor are not lost;
// alert_postings' key makes seeing one twice harmless.
func (s *Store) NewPostingsSince(ctx context.Context, since time.Time, limit int) ([]StoredPosting, error) {
	rows, err := s.query(ctx, s.read, `SELECT `+postingCols+` FROM postings p WHERE p.first_seen_at >= ? AND p.closed_at IS NULL
		ORDER BY p.first_seen_at, p.id LIMIT ?`, since.UTC(), limit)
	if err != nil {
		return nil, wrap("new postings", err)
	}
	defer rows.Close()
	out := []StoredPosting{}
	for rows.Next() {
		p, err := scanPosting(rows)
		if err != nil {
			return nil, wrap("new postings", err)
		}
		out = append(out, p)
	}
	return out, wrap("new postings", rows.Err())
}

// AddAlertMatches records matches (keeping any earlier row of the same posting) and moves the alert's cursor.
func (s *Store) AddAlertMatches(ctx context.Context, alertID string, ms []AlertMatch, cursor time.Time) (int, error) {
	added := 0
	err := s.InTx(ctx, func(tx *Tx) error {
		for _, m := range ms {
			res, err := s.exec(ctx, tx.tx, `INSERT INTO alert_postings (alert_id, posting_id, user_id, company_key, score, status, matched_at)
				VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (alert_id, posting_id) DO NOTHING`,
				alertID, m.PostingID, m.UserID, m.CompanyKey, m.Score, m.MatchedAt.UTC())
			if err != nil {
				return wrap("add alert match", err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				added++
			}
		}
		_, err := s.exec(ctx, tx.tx, `UPDATE alerts SET cursor_at = ? WHERE id = ? AND cursor_at < ?`, cursor.UTC(), alertID, cursor.UTC())
		return wrap("move alert cursor", err)
	})
	return added, err
}

// AlertMatches lists an alert's matches of one status ("" for all), best score first.
func (s *Store) AlertMatches(ctx context.Context, userID, alertID, status string, limit int) ([]AlertMatch, error) {
	if badID(alertID) {
		return nil, fmt.Errorf("store: alert matches: %w", ErrNotFound)
	}
	q := `SELECT alert_id, posting_id, user_id, company_key, score, status, batch_id, matched_at, sent_at FROM alert_postings
		WHERE alert_id = ? AND user_id = ?`
	args := []any{alertID, userID}
	if status != "" {
		q += ` AND status = ?`
		args = append(args, status)
	}
	if limit <= 0 {
		limit = 500
	}
	rows, err := s.query(ctx, s.read, q+` ORDER BY score DESC, matched_at, posting_id LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, wrap("alert matches", err)
	}
	defer rows.Close()
	out := []AlertMatch{}
	for rows.Next() {
		var m AlertMatch
		if err := rows.Scan(&m.AlertID, &m.PostingID, &m.UserID, &m.CompanyKey, &m.Score, &m.Status, &m.BatchID, &m.MatchedAt, &m.SentAt); err != nil {
			return nil, wrap("alert matches", err)
		}
		m.MatchedAt, m.SentAt = m.MatchedAt.UTC(), appUTC(m.SentAt)
		out = append(out, m)
	}
	return out, wrap("alert matches", rows.Err())
}

// AlertBatch is one dispatch of an alert: the matches it sends, those it drops (over the per-company cap),
// and the deliveries (one per channel) that carry it.
type AlertBatch struct {
	AlertID    string
	BatchID    string
	Send       []string // posting ids
	Skip       []string
	Digest     bool
	Deliveries []Delivery
	Now        time.Time
}

// CommitAlertBatch marks the batch's matches sent or skipped and stores its deliveries, in one transaction.
// A match already taken by another batch makes it answer ErrConflict and change nothing.
func (s *Store) CommitAlertBatch(ctx context.Context, b AlertBatch) error {
	return s.InTx(ctx, func(tx *Tx) error {
		for _, set := range []struct {
			ids    []string
			status string
		}{{b.Send, "sent"}, {b.Skip, "skipped"}} {
			for _, id := range set.ids {
				res, err := s.exec(ctx, tx.tx, `UPDATE alert_postings SET status = ?, batch_id = ?, sent_at = ? WHERE alert_id = ? AND posting_id = ? AND status = 'pending'`,
					set.status, b.BatchID, b.Now.UTC(), b.AlertID, id)
				if err := mustAffect("commit alert batch", res, err); err != nil {
					return fmt.Errorf("store: commit alert batch: %w", ErrConflict)
				}
			}
		}
		if b.Digest {
			if _, err := s.exec(ctx, tx.tx, `UPDATE alerts SET last_digest_at = ? WHERE id = ?`, b.Now.UTC(), b.AlertID); err != nil {
				return wrap("commit alert batch", err)
			}
		}
		for _, d := range b.Deliveries {
			if _, err := s.insertDelivery(ctx, tx.tx, d); err != nil {
				return err
			}
		}
		return nil
	})
}

// MarkDigestChecked records that a digest slot passed with nothing to send, so it is not retried until the next slot.
func (s *Store) MarkDigestChecked(ctx context.Context, alertID string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `UPDATE alerts SET last_digest_at = ? WHERE id = ?`, now.UTC(), alertID)
	return wrap("mark digest", err)
}
