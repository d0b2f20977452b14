package store

import (
	"context"
	"encoding/json"
	"time"
)

// Interview is one scheduled interview: start and end are instants, Timezone is the zone it was arranged in.
type Interview struct {
	ID            string    `json:"id"`
	UserID        string    `json:"-"`
	ApplicationID string    `json:"application_id"`
	Kind          string    `json:"kind"`
	StartsAt      time.Time `json:"starts_at"`
	EndsAt        time.Time `json:"ends_at"`
	Timezone      string    `json:"timezone"`
	Location      string    `json:"location"`
	MeetingURL    string    `json:"meeting_url"`
	Interviewers  []string  `json:"interviewers"`
	Outcome       string    `json:"outcome"`
	Notes         string    `json:"notes"`
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`
}

const interviewCols = `id, application_id, kind, starts_at, ends_at, timezone, location, meeting_url, interviewers, outcome, notes, created_at, updated_at`

func scanInterview(row interface{ Scan(...any) error }) (Interview, error) {
	var i Interview
	var who string
	if err := row.Scan(&i.ID, &i.ApplicationID, &i.Kind, &i.StartsAt, &i.EndsAt, &i.Timezone, &i.Location, &i.MeetingURL, &who, &i.Outcome, &i.Notes, &i.CreatedAt, &i.UpdatedAt); err != nil {
		return i, err
	}
	if err := json.Unmarshal([]byte(who), &i.Interviewers); err != nil || i.Interviewers == nil {
		i.Interviewers = []string{}
	}
	i.StartsAt, i.EndsAt, i.CreatedAt, i.UpdatedAt = i.StartsAt.UTC(), i.EndsAt.UTC(), i.CreatedAt.UTC(), i.UpdatedAt.UTC()
	return i, nil
}

// CreateInterview stores an interview and its timeline event.
func (s *Store) CreateInterview(ctx context.Context, i Interview, e Event) error {
	return s.withEvent(ctx, i.UserID, i.ApplicationID, e, func(tx *Tx) error {
		_, err := s.exec(ctx, tx.tx, `INSERT INTO interviews (user_id, `+interviewCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			i.UserID, i.ID, i.ApplicationID, i.Kind, i.StartsAt.UTC(), i.EndsAt.UTC(), i.Timezone, i.Location, i.MeetingURL,
			appJSON(appList(i.Interviewers)), i.Outcome, i.Notes, i.CreatedAt.UTC(), i.UpdatedAt.UTC())
		return wrap("create interview", err)
	})
}

// UpdateInterview saves an interview, with an event when e.ID is set.
func (s *Store) UpdateInterview(ctx context.Context, i Interview, e Event) error {
	return s.withEvent(ctx, i.UserID, i.ApplicationID, e, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `UPDATE interviews SET kind = ?, starts_at = ?, ends_at = ?, timezone = ?, location = ?, meeting_url = ?,
			interviewers = ?, outcome = ?, notes = ?, updated_at = ? WHERE id = ? AND application_id = ? AND user_id = ?`,
			i.Kind, i.StartsAt.UTC(), i.EndsAt.UTC(), i.Timezone, i.Location, i.MeetingURL, appJSON(appList(i.Interviewers)), i.Outcome, i.Notes,
			i.UpdatedAt.UTC(), i.ID, i.ApplicationID, i.UserID)
		return mustAffect("update interview", res, err)
	})
}

// DeleteInterview removes an interview.
func (s *Store) DeleteInterview(ctx context.Context, userID, applicationID, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM interviews WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID)
	return mustAffect("delete interview", res, err)
}

// Interview loads one of the user's interviews.
func (s *Store) Interview(ctx context.Context, userID, applicationID, id string) (Interview, error) {
	i, err := scanInterview(s.queryRow(ctx, s.read, `SELECT `+interviewCols+` FROM interviews WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID))
	i.UserID = userID
	return i, wrap("interview", err)
}

// Interviews lists interviews by start time: one application's, or all of the user's when applicationID is empty.
func (s *Store) Interviews(ctx context.Context, userID, applicationID string) ([]Interview, error) {
	q, args := `SELECT `+interviewCols+` FROM interviews WHERE user_id = ?`, []any{userID}
	if applicationID != "" {
		q += ` AND application_id = ?`
		args = append(args, applicationID)
	}
	rows, err := s.query(ctx, s.read, q+` ORDER BY starts_at, id`, args...)
	if err != nil {
		return nil, wrap("interviews", err)
	}
	defer rows.Close()
	out := []Interview{}
	for rows.Next() {
		i, err := scanInterview(rows)
		if err != nil {
			return nil, wrap("interviews", err)
		}
		i.UserID = userID
		out = append(out, i)
	}
	return out, wrap("interviews", rows.Err())
}

// Reminder is a to-do with a due time on an application; kind "follow_up" ones are suggested automatically.
type Reminder struct {
	ID            string     `json:"id"`
	UserID        string     `json:"-"`
	ApplicationID string     `json:"application_id"`
	Kind          string     `json:"kind"`
	Title         string     `json:"title"`
	DueAt         time.Time  `json:"due_at"`
	DoneAt        *time.Time `json:"done_at"`
	NotifiedAt    *time.Time `json:"notified_at"`
	CreatedAt     time.Time  `json:"created_at"`
}

const reminderCols = `id, user_id, application_id, kind, title, due_at, done_at, notified_at, created_at`

func scanReminder(row interface{ Scan(...any) error }) (Reminder, error) {
	var r Reminder
	err := row.Scan(&r.ID, &r.UserID, &r.ApplicationID, &r.Kind, &r.Title, &r.DueAt, &r.DoneAt, &r.NotifiedAt, &r.CreatedAt)
	r.DueAt, r.CreatedAt, r.DoneAt, r.NotifiedAt = r.DueAt.UTC(), r.CreatedAt.UTC(), appUTC(r.DoneAt), appUTC(r.NotifiedAt)
	return r, err
}

// CreateReminder stores a reminder and its event; a second follow-up for one application is ErrConflict.
func (s *Store) CreateReminder(ctx context.Context, r Reminder, e Event) error {
	return s.withEvent(ctx, r.UserID, r.ApplicationID, e, func(tx *Tx) error {
		_, err := s.exec(ctx, tx.tx, `INSERT INTO reminders (`+reminderCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.UserID, r.ApplicationID, r.Kind, r.Title, r.DueAt.UTC(), appNullTime(r.DoneAt), appNullTime(r.NotifiedAt), r.CreatedAt.UTC())
		return wrap("create reminder", err)
	})
}

// UpdateReminder saves a reminder's title, due time and done time (a reminder notifies once, whatever its edits).
func (s *Store) UpdateReminder(ctx context.Context, r Reminder, e Event) error {
	return s.withEvent(ctx, r.UserID, r.ApplicationID, e, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `UPDATE reminders SET title = ?, done_at = ?, due_at = ? WHERE id = ? AND application_id = ? AND user_id = ?`,
			r.Title, appNullTime(r.DoneAt), r.DueAt.UTC(), r.ID, r.ApplicationID, r.UserID)
		return mustAffect("update reminder", res, err)
	})
}

// DeleteReminder removes a reminder.
func (s *Store) DeleteReminder(ctx context.Context, userID, applicationID, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM reminders WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID)
	return mustAffect("delete reminder", res, err)
}

// Reminder loads one of the user's reminders.
func (s *Store) Reminder(ctx context.Context, userID, applicationID, id string) (Reminder, error) {
	r, err := scanReminder(s.queryRow(ctx, s.read, `SELECT `+reminderCols+` FROM reminders WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID))
	return r, wrap("reminder", err)
}

// Reminders lists reminders by due time: one application's, or all of the user's when applicationID is empty.
func (s *Store) Reminders(ctx context.Context, userID, applicationID string) ([]Reminder, error) {
	q, args := `SELECT `+reminderCols+` FROM reminders WHERE user_id = ?`, []any{userID}
	if applicationID != "" {
		q += ` AND application_id = ?`
		args = append(args, applicationID)
	}
	return s.reminders(ctx, q+` ORDER BY due_at, id`, args...)
}

func (s *Store) reminders(ctx context.Context, q string, args ...any) ([]Reminder, error) {
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, wrap("reminders", err)
	}
	defer rows.Close()
	out := []Reminder{}
	for rows.Next() {
		r, err := scanReminder(rows)
		if err != nil {
			return nil, wrap("reminders", err)
		}
		out = append(out, r)
	}
	return out, wrap("reminders", rows.Err())
}

// CloseFollowUps marks an application's open follow-up reminders done (a response arrived).
func (s *Store) CloseFollowUps(ctx context.Context, userID, applicationID string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `UPDATE reminders SET done_at = ? WHERE user_id = ? AND application_id = ? AND kind = 'follow_up' AND done_at IS NULL`,
		now.UTC(), userID, applicationID)
	return wrap("close follow-ups", err)
}
