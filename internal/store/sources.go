package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// Source is a place postings are fetched from. Sources are shared by the whole instance.
type Source struct {
	ID                  string
	Kind                string
	Name                string
	Params              map[string]string
	Key                 string // kind + params, unique: the same board cannot be added twice
	Interval            time.Duration
	Enabled             bool
	CreatedBy           string // "" when the creator's account was deleted
	ETag                string
	LastModified        string
	ValidatorURL        string // the URL the ETag and Last-Modified belong to
	LastRunAt           time.Time
	LastSuccessAt       time.Time
	LastError           string
	ConsecutiveFailures int
	NextRunAt           time.Time
	CreatedAt           time.Time
	UpdatedAt           time.Time
	CloseHeldAt         time.Time // start of the run that held back a sharp drop's closing; zero when none
}

const sourceCols = `id, kind, name, params, source_key, interval_seconds, enabled, created_by, etag, last_modified, validator_url,
	last_run_at, last_success_at, last_error, consecutive_failures, next_run_at, created_at, updated_at, close_held_at`

func scanSource(row interface{ Scan(...any) error }) (Source, error) {
	var s Source
	var params string
	var secs int64
	var by sql.NullString
	var lastRun, lastOK, next, held sql.NullTime
	err := row.Scan(&s.ID, &s.Kind, &s.Name, &params, &s.Key, &secs, &s.Enabled, &by, &s.ETag, &s.LastModified, &s.ValidatorURL,
		&lastRun, &lastOK, &s.LastError, &s.ConsecutiveFailures, &next, &s.CreatedAt, &s.UpdatedAt, &held)
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal([]byte(params), &s.Params); err != nil {
		return s, fmt.Errorf("decode params: %w", err)
	}
	s.Interval = time.Duration(secs) * time.Second
	s.CreatedBy = by.String
	s.LastRunAt, s.LastSuccessAt, s.NextRunAt, s.CloseHeldAt = utcOf(lastRun), utcOf(lastOK), utcOf(next), utcOf(held)
	s.CreatedAt, s.UpdatedAt = s.CreatedAt.UTC(), s.UpdatedAt.UTC()
	return s, nil
}

// utcOf returns a nullable time in UTC, or the zero time.
func utcOf(t sql.NullTime) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time.UTC()
}

// nullTime stores the zero time as NULL.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// badID reports an id PostgreSQL's UUID columns would refuse; such an id names no row.
func badID(id string) bool {
	_, err := uuid.Parse(id)
	return err != nil
}

// CreateSource inserts a source; a source with the same Key answers ErrConflict.
func (s *Store) CreateSource(ctx context.Context, src Source) (Source, error) {
	params, err := json.Marshal(src.Params)
	if err != nil {
		return src, fmt.Errorf("store: create source: %w", err)
	}
	_, err = s.exec(ctx, s.write, `INSERT INTO sources (`+sourceCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', '', NULL, NULL, '', 0, ?, ?, ?, NULL)`,
		src.ID, src.Kind, src.Name, string(params), src.Key, int64(src.Interval/time.Second), src.Enabled, nullString(src.CreatedBy),
		nullTime(src.NextRunAt), src.CreatedAt.UTC(), src.UpdatedAt.UTC())
	if err != nil {
		return src, wrap("create source", err)
	}
	return s.Source(ctx, src.ID)
}

// Source loads one source.
func (s *Store) Source(ctx context.Context, id string) (Source, error) {
	if badID(id) {
		return Source{}, fmt.Errorf("store: get source: %w", ErrNotFound)
	}
	src, err := scanSource(s.queryRow(ctx, s.read, `SELECT `+sourceCols+` FROM sources WHERE id = ?`, id))
	return src, wrap("get source", err)
}

// SourceByKey loads the source with a key (the file-import sources are found this way).
func (s *Store) SourceByKey(ctx context.Context, key string) (Source, error) {
	src, err := scanSource(s.queryRow(ctx, s.read, `SELECT `+sourceCols+` FROM sources WHERE source_key = ?`, key))
	return src, wrap("get source by key", err)
}

// ListSources returns every source, newest first.
func (s *Store) ListSources(ctx context.Context) ([]Source, error) {
	return s.listSources(ctx, `SELECT `+sourceCols+` FROM sources ORDER BY created_at DESC, id DESC`)
}

// DueSources returns enabled sources whose next run is at or before now, most overdue first.
func (s *Store) DueSources(ctx context.Context, now time.Time, limit int) ([]Source, error) {
	return s.listSources(ctx, `SELECT `+sourceCols+` FROM sources WHERE enabled AND next_run_at IS NOT NULL AND next_run_at <= ?
		ORDER BY next_run_at LIMIT ?`, now.UTC(), limit)
}

func (s *Store) listSources(ctx context.Context, q string, args ...any) ([]Source, error) {
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, wrap("list sources", err)
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, wrap("list sources", err)
		}
		out = append(out, src)
	}
	return out, wrap("list sources", rows.Err())
}

// UpdateSource saves a source's user-editable fields: name, params, key, interval, enabled, next run.
func (s *Store) UpdateSource(ctx context.Context, src Source) (Source, error) {
	params, err := json.Marshal(src.Params)
	if err != nil {
		return src, fmt.Errorf("store: update source: %w", err)
	}
	if badID(src.ID) {
		return src, fmt.Errorf("store: update source: %w", ErrNotFound)
	}
	res, err := s.exec(ctx, s.write, `UPDATE sources SET name = ?, params = ?, source_key = ?, interval_seconds = ?, enabled = ?, next_run_at = ?,
		etag = CASE WHEN source_key = ? THEN etag ELSE '' END, last_modified = CASE WHEN source_key = ? THEN last_modified ELSE '' END,
		updated_at = ? WHERE id = ?`,
		src.Name, string(params), src.Key, int64(src.Interval/time.Second), src.Enabled, nullTime(src.NextRunAt), src.Key, src.Key, src.UpdatedAt.UTC(), src.ID)
	if err := mustAffect("update source", res, err); err != nil {
		return src, err
	}
	return s.Source(ctx, src.ID)
}

// DeleteSource removes a source, its runs and its links; postings left with no open link are closed.
func (s *Store) DeleteSource(ctx context.Context, id string, now time.Time) error {
	if badID(id) {
		return fmt.Errorf("store: delete source: %w", ErrNotFound)
	}
	return s.InTx(ctx, func(tx *Tx) error {
		ids, err := s.postingIDsOfSource(ctx, tx.tx, id)
		if err != nil {
			return err
		}
		res, err := s.exec(ctx, tx.tx, `DELETE FROM sources WHERE id = ?`, id)
		if err := mustAffect("delete source", res, err); err != nil {
			return err
		}
		_, err = s.closeOrphans(ctx, tx.tx, ids, now)
		return err
	})
}

// SourceOutcome is what a finished run changes in its source's status.
type SourceOutcome struct {
	At           time.Time
	OK           bool
	Error        string
	NextRunAt    time.Time
	ETag         string // validators of the listing when it was one request; empty clears them
	LastModified string
	ValidatorURL string
}

// RecordSourceOutcome updates a source's status after a run: success resets the failure count, failure increments it.
func (s *Store) RecordSourceOutcome(ctx context.Context, id string, o SourceOutcome) error {
	var q string
	var args []any
	if o.OK {
		q = `UPDATE sources SET last_run_at = ?, last_success_at = ?, last_error = '', consecutive_failures = 0, next_run_at = ?,
			etag = ?, last_modified = ?, validator_url = ? WHERE id = ?`
		args = []any{o.At.UTC(), o.At.UTC(), nullTime(o.NextRunAt), o.ETag, o.LastModified, o.ValidatorURL, id}
	} else {
		q = `UPDATE sources SET last_run_at = ?, last_error = ?, consecutive_failures = consecutive_failures + 1, next_run_at = ? WHERE id = ?`
		args = []any{o.At.UTC(), o.Error, nullTime(o.NextRunAt), id}
	}
	res, err := s.exec(ctx, s.write, q, args...)
	return mustAffect("record source outcome", res, err)
}

// SetSourceNextRun moves a source's next run (the scheduler does it when it queues the source).
func (s *Store) SetSourceNextRun(ctx context.Context, id string, next time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE sources SET next_run_at = ? WHERE id = ?`, nullTime(next), id)
	return mustAffect("set source next run", res, err)
}

// SetSourceCloseHold records the start of the run that held back a sharp drop's closing; the zero time clears it.
func (s *Store) SetSourceCloseHold(ctx context.Context, id string, at time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE sources SET close_held_at = ? WHERE id = ?`, nullTime(at), id)
	return mustAffect("set source close hold", res, err)
}

// SourceOpenCount counts the open links a source has: how many postings it currently lists.
func (s *Store) SourceOpenCount(ctx context.Context, id string) (int, error) {
	var n int
	err := s.queryRow(ctx, s.read, `SELECT COUNT(*) FROM posting_sources WHERE source_id = ? AND closed_at IS NULL`, id).Scan(&n)
	return n, wrap("count open links", err)
}
