package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// Run statuses.
const (
	RunQueued    = "queued"
	RunRunning   = "running"
	RunSucceeded = "succeeded"
	RunFailed    = "failed"
)

// Run is one ingestion of one source, with what it counted.
type Run struct {
	ID         string
	SourceID   string
	Reason     string // schedule, manual, cli, import
	Status     string
	QueuedAt   time.Time
	StartedAt  time.Time
	FinishedAt time.Time
	Fetched    int
	Created    int
	Linked     int
	Updated    int
	Unchanged  int
	Closed     int
	Complete   bool
	Error      string              // why the run failed, or a note (a suspicious listing that closed nothing)
	ItemErrors []posting.ItemError // items that could not be read or stored; the rest of the batch was kept
}

const runCols = `id, source_id, reason, status, queued_at, started_at, finished_at, fetched, created, linked, updated, unchanged, closed, complete, error, item_errors`

func scanRun(row interface{ Scan(...any) error }) (Run, error) {
	var r Run
	var started, finished sql.NullTime
	var items string
	err := row.Scan(&r.ID, &r.SourceID, &r.Reason, &r.Status, &r.QueuedAt, &started, &finished, &r.Fetched, &r.Created, &r.Linked,
		&r.Updated, &r.Unchanged, &r.Closed, &r.Complete, &r.Error, &items)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(items), &r.ItemErrors); err != nil {
		return r, fmt.Errorf("decode item errors: %w", err)
	}
	r.QueuedAt, r.StartedAt, r.FinishedAt = r.QueuedAt.UTC(), utcOf(started), utcOf(finished)
	return r, nil
}

// CreateRun records a queued run.
func (s *Store) CreateRun(ctx context.Context, r Run) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO source_runs (id, source_id, reason, status, queued_at) VALUES (?, ?, ?, ?, ?)`,
		r.ID, r.SourceID, r.Reason, RunQueued, r.QueuedAt.UTC())
	return wrap("create run", err)
}

// DeleteRun removes a run that was never queued (its task was a duplicate of one already waiting).
func (s *Store) DeleteRun(ctx context.Context, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM source_runs WHERE id = ? AND status = ?`, id, RunQueued)
	return mustAffect("delete run", res, err)
}

// StartRun marks a run as running.
func (s *Store) StartRun(ctx context.Context, id string, at time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE source_runs SET status = ?, started_at = ? WHERE id = ?`, RunRunning, at.UTC(), id)
	return mustAffect("start run", res, err)
}

// FinishRun stores a run's outcome and counts.
func (s *Store) FinishRun(ctx context.Context, r Run) error {
	items := r.ItemErrors
	if items == nil {
		items = []posting.ItemError{}
	}
	b, err := json.Marshal(items)
	if err != nil {
		return fmt.Errorf("store: finish run: %w", err)
	}
	res, err := s.exec(ctx, s.write, `UPDATE source_runs SET status = ?, finished_at = ?, fetched = ?, created = ?, linked = ?, updated = ?,
		unchanged = ?, closed = ?, complete = ?, error = ?, item_errors = ? WHERE id = ?`,
		r.Status, r.FinishedAt.UTC(), r.Fetched, r.Created, r.Linked, r.Updated, r.Unchanged, r.Closed, r.Complete, r.Error, string(b), r.ID)
	return mustAffect("finish run", res, err)
}

// Run loads one run.
func (s *Store) Run(ctx context.Context, id string) (Run, error) {
	if badID(id) {
		return Run{}, fmt.Errorf("store: get run: %w", ErrNotFound)
	}
	r, err := scanRun(s.queryRow(ctx, s.read, `SELECT `+runCols+` FROM source_runs WHERE id = ?`, id))
	return r, wrap("get run", err)
}

// ListRuns returns a source's runs, newest first.
func (s *Store) ListRuns(ctx context.Context, sourceID string, limit int) ([]Run, error) {
	rows, err := s.query(ctx, s.read, `SELECT `+runCols+` FROM source_runs WHERE source_id = ? ORDER BY queued_at DESC, id DESC LIMIT ?`, sourceID, limit)
	if err != nil {
		return nil, wrap("list runs", err)
	}
	defer rows.Close()
	out := []Run{}
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, wrap("list runs", err)
		}
		out = append(out, r)
	}
	return out, wrap("list runs", rows.Err())
}
