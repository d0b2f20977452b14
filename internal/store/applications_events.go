package store

import (
	"context"
	"time"
)

// Event is one entry of an application's timeline: a stage change, a note, an interview, a reminder or a document.
type Event struct {
	ID            string    `json:"id"`
	UserID        string    `json:"-"`
	ApplicationID string    `json:"application_id"`
	Seq           int       `json:"seq"`
	Kind          string    `json:"kind"`
	FromStage     string    `json:"from_stage"`
	ToStage       string    `json:"to_stage"`
	Origin        string    `json:"origin"`
	Detail        string    `json:"detail"`
	OccurredAt    time.Time `json:"occurred_at"`
}

// appendEvent adds e at the end of its application's timeline. The caller holds the application's row
// lock (MutateApplications) or has just inserted it, so seq numbers never race.
func (s *Store) appendEvent(ctx context.Context, tx *Tx, e Event) error {
	_, err := s.exec(ctx, tx.tx, `INSERT INTO application_events (id, user_id, application_id, seq, kind, from_stage, to_stage, origin, detail, occurred_at)
		SELECT ?, ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ? FROM application_events WHERE application_id = ?`,
		e.ID, e.UserID, e.ApplicationID, e.Kind, e.FromStage, e.ToStage, e.Origin, e.Detail, e.OccurredAt.UTC(), e.ApplicationID)
	return wrap("append event", err)
}

// AppendEvent locks the user's application and adds one event to its timeline.
func (s *Store) AppendEvent(ctx context.Context, e Event) error {
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := s.lockApplication(ctx, tx, e.UserID, e.ApplicationID); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, e)
	})
}

// withEvent runs fn and appends e (when e.ID is set) in the same transaction, after locking the application (so it must be the user's).
func (s *Store) withEvent(ctx context.Context, userID, applicationID string, e Event, fn func(tx *Tx) error) error {
	e.UserID, e.ApplicationID = userID, applicationID
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := s.lockApplication(ctx, tx, userID, applicationID); err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			return err
		}
		if e.ID == "" {
			return nil
		}
		return s.appendEvent(ctx, tx, e)
	})
}

// Events returns an application's timeline, oldest first.
func (s *Store) Events(ctx context.Context, userID, applicationID string) ([]Event, error) {
	if _, err := s.Application(ctx, userID, applicationID); err != nil {
		return nil, err
	}
	rows, err := s.query(ctx, s.read, `SELECT id, application_id, seq, kind, from_stage, to_stage, origin, detail, occurred_at
		FROM application_events WHERE user_id = ? AND application_id = ? ORDER BY seq`, userID, applicationID)
	if err != nil {
		return nil, wrap("events", err)
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.ID, &e.ApplicationID, &e.Seq, &e.Kind, &e.FromStage, &e.ToStage, &e.Origin, &e.Detail, &e.OccurredAt); err != nil {
			return nil, wrap("events", err)
		}
		e.UserID, e.OccurredAt = userID, e.OccurredAt.UTC()
		out = append(out, e)
	}
	return out, wrap("events", rows.Err())
}
