package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Alert is a saved search that notifies its owner of new matching postings.
type Alert struct {
	ID              string          `json:"id"`
	UserID          string          `json:"-"`
	Name            string          `json:"name"`
	Query           string          `json:"query"`
	Filters         json.RawMessage `json:"filters"`
	MinScore        int             `json:"min_score"`
	Frequency       string          `json:"frequency"` // default, instant, daily, weekly
	Channels        []string        `json:"channels"`  // inapp, email, webhook, slack
	MaxPerCompany   int             `json:"max_per_company"`
	DigestHour      int             `json:"digest_hour"`
	QuietHoursStart string          `json:"quiet_hours_start"` // "HH:MM" in the user's zone, "" for none
	QuietHoursEnd   string          `json:"quiet_hours_end"`
	Enabled         bool            `json:"enabled"`
	CursorAt        time.Time       `json:"-"` // postings first seen after this are still to evaluate
	LastDigestAt    *time.Time      `json:"last_digest_at"`
	CreatedAt       time.Time       `json:"created_at"`
	UpdatedAt       time.Time       `json:"updated_at"`
}

const alertCols = `id, user_id, name, query, filters, min_score, frequency, channels, max_per_company, digest_hour,
	quiet_hours_start, quiet_hours_end, enabled, cursor_at, last_digest_at, created_at, updated_at`

func scanAlert(row interface{ Scan(...any) error }) (Alert, error) {
	var a Alert
	var filters, channels string
	var last sql.NullTime
	err := row.Scan(&a.ID, &a.UserID, &a.Name, &a.Query, &filters, &a.MinScore, &a.Frequency, &channels, &a.MaxPerCompany, &a.DigestHour,
		&a.QuietHoursStart, &a.QuietHoursEnd, &a.Enabled, &a.CursorAt, &last, &a.CreatedAt, &a.UpdatedAt)
	if err != nil {
		return a, err
	}
	a.Filters = json.RawMessage(filters)
	if err := json.Unmarshal([]byte(channels), &a.Channels); err != nil {
		return a, fmt.Errorf("decode channels: %w", err)
	}
	if a.Channels == nil {
		a.Channels = []string{}
	}
	if last.Valid {
		t := last.Time.UTC()
		a.LastDigestAt = &t
	}
	a.CursorAt, a.CreatedAt, a.UpdatedAt = a.CursorAt.UTC(), a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	return a, nil
}

func alertJSON(a Alert) (string, string, error) {
	f := a.Filters
	if len(f) == 0 {
		f = json.RawMessage(`{}`)
	}
	ch := a.Channels
	if ch == nil {
		ch = []string{}
	}
	c, err := json.Marshal(ch)
	return string(f), string(c), err
}

// CreateAlert inserts an alert.
func (s *Store) CreateAlert(ctx context.Context, a Alert) error {
	f, c, err := alertJSON(a)
	if err != nil {
		return fmt.Errorf("store: create alert: %w", err)
	}
	_, err = s.exec(ctx, s.write, `INSERT INTO alerts (`+alertCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.UserID, a.Name, a.Query, f, a.MinScore, a.Frequency, c, a.MaxPerCompany, a.DigestHour, a.QuietHoursStart, a.QuietHoursEnd,
		a.Enabled, a.CursorAt.UTC(), appNullTime(a.LastDigestAt), a.CreatedAt.UTC(), a.UpdatedAt.UTC())
	return wrap("create alert", err)
}

// UpdateAlert replaces the editable fields of one of the user's alerts.
func (s *Store) UpdateAlert(ctx context.Context, a Alert) error {
	if badID(a.ID) {
		return fmt.Errorf("store: update alert: %w", ErrNotFound)
	}
	f, c, err := alertJSON(a)
	if err != nil {
		return fmt.Errorf("store: update alert: %w", err)
	}
	res, err := s.exec(ctx, s.write, `UPDATE alerts SET name = ?, query = ?, filters = ?, min_score = ?, frequency = ?, channels = ?, max_per_company = ?,
		digest_hour = ?, quiet_hours_start = ?, quiet_hours_end = ?, enabled = ?, updated_at = ? WHERE id = ? AND user_id = ?`,
		a.Name, a.Query, f, a.MinScore, a.Frequency, c, a.MaxPerCompany, a.DigestHour, a.QuietHoursStart, a.QuietHoursEnd, a.Enabled,
		a.UpdatedAt.UTC(), a.ID, a.UserID)
	return mustAffect("update alert", res, err)
}

// Alert loads one of the user's alerts.
func (s *Store) Alert(ctx context.Context, userID, id string) (Alert, error) {
	if badID(id) {
		return Alert{}, fmt.Errorf("store: get alert: %w", ErrNotFound)
	}
	a, err := scanAlert(s.queryRow(ctx, s.read, `SELECT `+alertCols+` FROM alerts WHERE id = ? AND user_id = ?`, id, userID))
	return a, wrap("get alert", err)
}

// AlertByID loads an alert whoever owns it (for tasks and signed unsubscribe links).
func (s *Store) AlertByID(ctx context.Context, id string) (Alert, error) {
	if badID(id) {
		return Alert{}, fmt.Errorf("store: get alert: %w", ErrNotFound)
	}
	a, err := scanAlert(s.queryRow(ctx, s.read, `SELECT `+alertCols+` FROM alerts WHERE id = ?`, id))
	return a, wrap("get alert", err)
}

// Alerts lists the user's alerts, oldest first.
func (s *Store) Alerts(ctx context.Context, userID string) ([]Alert, error) {
	return s.alerts(ctx, `SELECT `+alertCols+` FROM alerts WHERE user_id = ? ORDER BY created_at, id`, userID)
}

// EnabledAlerts lists every enabled alert of every user, for the evaluation pass.
func (s *Store) EnabledAlerts(ctx context.Context) ([]Alert, error) {
	return s.alerts(ctx, `SELECT `+alertCols+` FROM alerts WHERE enabled ORDER BY user_id, created_at, id`)
}

func (s *Store) alerts(ctx context.Context, q string, args ...any) ([]Alert, error) {
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, wrap("alerts", err)
	}
	defer rows.Close()
	out := []Alert{}
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, wrap("alerts", err)
		}
		out = append(out, a)
	}
	return out, wrap("alerts", rows.Err())
}

// DeleteAlert removes one of the user's alerts.
func (s *Store) DeleteAlert(ctx context.Context, userID, id string) error {
	if badID(id) {
		return fmt.Errorf("store: delete alert: %w", ErrNotFound)
	}
	res, err := s.exec(ctx, s.write, `DELETE FROM alerts WHERE id = ? AND user_id = ?`, id, userID)
	return mustAffect("delete alert", res, err)
}

// DisableAlertEmail removes the email channel from an alert (the unsubscribe link).
func (s *Store) DisableAlertEmail(ctx context.Context, id string, now time.Time) error {
	a, err := s.AlertByID(ctx, id)
	if err != nil {
		return err
	}
	keep := []string{}
	for _, c := range a.Channels {
		if c != "email" {
			keep = append(keep, c)
		}
	}
	a.Channels, a.UpdatedAt = keep, now
	return s.UpdateAlert(ctx, a)
}
