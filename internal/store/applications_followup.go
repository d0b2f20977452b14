package store

import (
	"context"
	"time"
)

// FollowUpCandidates are applications waiting in "applied" with no response and no follow-up reminder yet, of every user.
func (s *Store) FollowUpCandidates(ctx context.Context, limit int) ([]Application, error) {
	rows, err := s.query(ctx, s.read, `SELECT `+applicationCols+` FROM applications a WHERE stage = 'applied' AND applied_at IS NOT NULL
		AND first_response_at IS NULL AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.application_id = a.id AND r.kind = 'follow_up')
		ORDER BY applied_at, id LIMIT ?`, limit)
	if err != nil {
		return nil, wrap("follow-up candidates", err)
	}
	defer rows.Close()
	out := []Application{}
	for rows.Next() {
		a, err := scanApplication(rows)
		if err != nil {
			return nil, wrap("follow-up candidates", err)
		}
		out = append(out, a)
	}
	return out, wrap("follow-up candidates", rows.Err())
}

// CreateFollowUp inserts the single follow-up reminder of an application with its event; it reports false
// (and writes nothing) when one already exists, so concurrent sweeps create it once.
func (s *Store) CreateFollowUp(ctx context.Context, r Reminder, e Event) (bool, error) {
	created := false
	err := s.InTx(ctx, func(tx *Tx) error {
		if _, err := s.lockApplication(ctx, tx, r.UserID, r.ApplicationID); err != nil {
			return err
		}
		res, err := s.exec(ctx, tx.tx, `INSERT INTO reminders (`+reminderCols+`) VALUES (?, ?, ?, 'follow_up', ?, ?, NULL, NULL, ?) ON CONFLICT DO NOTHING`,
			r.ID, r.UserID, r.ApplicationID, r.Title, r.DueAt.UTC(), r.CreatedAt.UTC())
		if err != nil {
			return wrap("create follow-up", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		e.UserID, e.ApplicationID = r.UserID, r.ApplicationID
		if err := s.appendEvent(ctx, tx, e); err != nil {
			return err
		}
		created = true
		return nil
	})
	return created, err
}

// DueReminder is an open reminder whose time has come, with its application's headline.
type DueReminder struct {
	Reminder
	Company string
	Title   string
}

// DueReminders lists open, not yet notified reminders due at or before now, of every user.
func (s *Store) DueReminders(ctx context.Context, now time.Time, limit int) ([]DueReminder, error) {
	rows, err := s.query(ctx, s.read, `SELECT r.id, r.user_id, r.application_id, r.kind, r.title, r.due_at, r.done_at, r.notified_at, r.created_at, a.company, a.title
		FROM reminders r JOIN applications a ON a.id = r.application_id
		WHERE r.due_at <= ? AND r.done_at IS NULL AND r.notified_at IS NULL ORDER BY r.due_at, r.id LIMIT ?`, now.UTC(), limit)
	if err != nil {
		return nil, wrap("due reminders", err)
	}
	defer rows.Close()
	var out []DueReminder
	for rows.Next() {
		var d DueReminder
		if err := rows.Scan(&d.ID, &d.UserID, &d.ApplicationID, &d.Kind, &d.Reminder.Title, &d.DueAt, &d.DoneAt, &d.NotifiedAt, &d.CreatedAt, &d.Company, &d.Title); err != nil {
			return nil, wrap("due reminders", err)
		}
		d.DueAt = d.DueAt.UTC()
		out = append(out, d)
	}
	return out, wrap("due reminders", rows.Err())
}

// NotifyReminder stores the reminder's notification (at most once, by its dedup key) and marks it notified, in one transaction.
func (s *Store) NotifyReminder(ctx context.Context, reminderID string, n Notification, now time.Time) (bool, error) {
	created := false
	err := s.InTx(ctx, func(tx *Tx) error {
		var err error
		if created, err = s.insertNotification(ctx, tx.tx, n); err != nil {
			return err
		}
		_, err = s.exec(ctx, tx.tx, `UPDATE reminders SET notified_at = ? WHERE id = ? AND user_id = ? AND notified_at IS NULL`, now.UTC(), reminderID, n.UserID)
		return wrap("mark reminder notified", err)
	})
	return created, err
}
