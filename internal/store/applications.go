package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Application is one job application a user tracks, linked to a posting or entered by hand.
type Application struct {
	ID              string               `json:"id"`
	UserID          string               `json:"-"`
	PostingID       string               `json:"posting_id"`
	Company         string               `json:"company"`
	CompanyKey      string               `json:"-"`
	Title           string               `json:"title"`
	URL             string               `json:"url"`
	Location        string               `json:"location"`
	Salary          string               `json:"salary"`
	Stage           string               `json:"stage"`
	Position        int                  `json:"position"`
	Priority        int                  `json:"priority"`
	Excitement      int                  `json:"excitement"`
	Tags            []string             `json:"tags"`
	ExpectedSalary  string               `json:"expected_salary"`
	OfferedSalary   string               `json:"offered_salary"`
	FoundVia        string               `json:"found_via"`
	Referral        string               `json:"referral"`
	StageDates      map[string]time.Time `json:"stage_dates"`
	AppliedAt       *time.Time           `json:"applied_at"`
	FirstResponseAt *time.Time           `json:"first_response_at"`
	CreatedAt       time.Time            `json:"created_at"`
	UpdatedAt       time.Time            `json:"updated_at"`
}

const applicationCols = `id, user_id, COALESCE(posting_id, ''), company, company_key, title, url, location, salary, stage, position,
	priority, excitement, tags, expected_salary, offered_salary, found_via, referral, stage_dates, applied_at, first_response_at, created_at, updated_at`

func scanApplication(row interface{ Scan(...any) error }) (Application, error) {
	var a Application
	var tags, dates string
	err := row.Scan(&a.ID, &a.UserID, &a.PostingID, &a.Company, &a.CompanyKey, &a.Title, &a.URL, &a.Location, &a.Salary, &a.Stage, &a.Position,
		&a.Priority, &a.Excitement, &tags, &a.ExpectedSalary, &a.OfferedSalary, &a.FoundVia, &a.Referral, &dates, &a.AppliedAt, &a.FirstResponseAt, &a.CreatedAt, &a.UpdatedAt)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(tags), &a.Tags); err != nil {
		return a, fmt.Errorf("decode tags: %w", err)
	}
	if err := json.Unmarshal([]byte(dates), &a.StageDates); err != nil {
		return a, fmt.Errorf("decode stage dates: %w", err)
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	if a.StageDates == nil {
		a.StageDates = map[string]time.Time{}
	}
	for k, v := range a.StageDates {
		a.StageDates[k] = v.UTC()
	}
	a.AppliedAt, a.FirstResponseAt = appUTC(a.AppliedAt), appUTC(a.FirstResponseAt)
	a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	return a, nil
}

func appUTC(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func appNullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC()
}

func appNullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func appJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// NewApplication is an application to insert with its first events and notes.
type NewApplication struct {
	App    Application
	Events []Event
	Notes  []Note
}

// CreateApplications inserts applications with their events and notes in one transaction (all or none);
// new cards go on top of their column.
func (s *Store) CreateApplications(ctx context.Context, apps []NewApplication) error {
	return s.InTx(ctx, func(tx *Tx) error {
		for _, n := range apps {
			a := n.App
			var top int
			if err := s.queryRow(ctx, tx.tx, `SELECT COALESCE(MIN(position), 0) FROM applications WHERE user_id = ? AND stage = ?`, a.UserID, a.Stage).Scan(&top); err != nil {
				return wrap("create application: position", err)
			}
			a.Position = top - 1
			if err := s.insertApplication(ctx, tx, a); err != nil {
				return err
			}
			for _, e := range n.Events {
				e.UserID, e.ApplicationID = a.UserID, a.ID
				if err := s.appendEvent(ctx, tx, e); err != nil {
					return err
				}
			}
			for _, note := range n.Notes {
				if _, err := s.exec(ctx, tx.tx, `INSERT INTO application_notes (id, user_id, application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
					note.ID, a.UserID, a.ID, note.Body, note.CreatedAt.UTC(), note.UpdatedAt.UTC()); err != nil {
					return wrap("create application: note", err)
				}
			}
		}
		return nil
	})
}

func (s *Store) insertApplication(ctx context.Context, tx *Tx, a Application) error {
	_, err := s.exec(ctx, tx.tx, `INSERT INTO applications (`+strings.ReplaceAll(applicationCols, "COALESCE(posting_id, '')", "posting_id")+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.UserID, appNullString(a.PostingID), a.Company, a.CompanyKey, a.Title, a.URL, a.Location, a.Salary, a.Stage, a.Position,
		a.Priority, a.Excitement, appJSON(appList(a.Tags)), a.ExpectedSalary, a.OfferedSalary, a.FoundVia, a.Referral, appJSON(a.StageDates),
		appNullTime(a.AppliedAt), appNullTime(a.FirstResponseAt), a.CreatedAt.UTC(), a.UpdatedAt.UTC())
	return wrap("create application", err)
}

func appList(t []string) []string {
	if t == nil {
		return []string{}
	}
	return t
}

// Application loads one of the user's applications.
func (s *Store) Application(ctx context.Context, userID, id string) (Application, error) {
	a, err := scanApplication(s.queryRow(ctx, s.read, `SELECT `+applicationCols+` FROM applications WHERE id = ? AND user_id = ?`, id, userID))
	return a, wrap("application", err)
}

// ApplicationByPosting finds the user's application for a posting.
func (s *Store) ApplicationByPosting(ctx context.Context, userID, postingID string) (Application, error) {
	a, err := scanApplication(s.queryRow(ctx, s.read, `SELECT `+applicationCols+` FROM applications WHERE user_id = ? AND posting_id = ? ORDER BY created_at LIMIT 1`, userID, postingID))
	return a, wrap("application by posting", err)
}

// Mutation changes one loaded application inside the transaction and returns the events it caused.
type Mutation func(a *Application) ([]Event, error)

// MutateApplications locks each application, applies fn, saves it and appends its events, all in one
// transaction: concurrent stage changes are serialized, so the history stays one unbroken chain.
// When reorderTo is not nil the (single) application is moved to that index of its stage column.
func (s *Store) MutateApplications(ctx context.Context, userID string, ids []string, reorderTo *int, fn Mutation) ([]Application, error) {
	out := make([]Application, 0, len(ids))
	err := s.InTx(ctx, func(tx *Tx) error {
		out = out[:0]
		for _, id := range ids {
			a, err := s.lockApplication(ctx, tx, userID, id)
			if err != nil {
				return err
			}
			events, err := fn(&a)
			if err != nil {
				return err
			}
			if err := s.saveApplication(ctx, tx, a); err != nil {
				return err
			}
			for _, e := range events {
				e.UserID, e.ApplicationID = userID, a.ID
				if err := s.appendEvent(ctx, tx, e); err != nil {
					return err
				}
			}
			if reorderTo != nil {
				if a.Position, err = s.reorder(ctx, tx, a, *reorderTo); err != nil {
					return err
				}
			}
			out = append(out, a)
		}
		return nil
	})
	return out, err
}

func (s *Store) lockApplication(ctx context.Context, tx *Tx, userID, id string) (Application, error) {
	q := `SELECT ` + applicationCols + ` FROM applications WHERE id = ? AND user_id = ?`
	if s.dialect == Postgres {
		q += ` FOR UPDATE`
	}
	a, err := scanApplication(s.queryRow(ctx, tx.tx, q, id, userID))
	return a, wrap("lock application", err)
}

func (s *Store) saveApplication(ctx context.Context, tx *Tx, a Application) error {
	res, err := s.exec(ctx, tx.tx, `UPDATE applications SET posting_id = ?, company = ?, company_key = ?, title = ?, url = ?, location = ?, salary = ?,
		stage = ?, priority = ?, excitement = ?, tags = ?, expected_salary = ?, offered_salary = ?, found_via = ?, referral = ?, stage_dates = ?,
		applied_at = ?, first_response_at = ?, updated_at = ? WHERE id = ? AND user_id = ?`,
		appNullString(a.PostingID), a.Company, a.CompanyKey, a.Title, a.URL, a.Location, a.Salary, a.Stage, a.Priority, a.Excitement,
		appJSON(appList(a.Tags)), a.ExpectedSalary, a.OfferedSalary, a.FoundVia, a.Referral, appJSON(a.StageDates),
		appNullTime(a.AppliedAt), appNullTime(a.FirstResponseAt), a.UpdatedAt.UTC(), a.ID, a.UserID)
	return mustAffect("save application", res, err)
}

// reorder puts a at index of its stage column and renumbers the column 0..n-1.
func (s *Store) reorder(ctx context.Context, tx *Tx, a Application, index int) (int, error) {
	rows, err := s.query(ctx, tx.tx, `SELECT id FROM applications WHERE user_id = ? AND stage = ? AND id <> ? ORDER BY position, created_at DESC, id`, a.UserID, a.Stage, a.ID)
	if err != nil {
		return 0, wrap("reorder", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, wrap("reorder", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, wrap("reorder", err)
	}
	index = max(0, min(index, len(ids)))
	ids = append(ids[:index], append([]string{a.ID}, ids[index:]...)...)
	for i, id := range ids {
		if _, err := s.exec(ctx, tx.tx, `UPDATE applications SET position = ? WHERE id = ? AND user_id = ?`, i, id, a.UserID); err != nil {
			return 0, wrap("reorder", err)
		}
	}
	return index, nil
}

// DeleteApplication removes one application and, by cascade, everything attached to it.
func (s *Store) DeleteApplication(ctx context.Context, userID, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM applications WHERE id = ? AND user_id = ?`, id, userID)
	return mustAffect("delete application", res, err)
}
