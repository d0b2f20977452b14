package store

import (
	"context"
	"time"
)

// Document is a file (uploaded, content in the database) or a link used for an application.
type Document struct {
	ID            string    `json:"id"`
	UserID        string    `json:"-"`
	ApplicationID string    `json:"application_id"`
	Kind          string    `json:"kind"`
	Name          string    `json:"name"`
	URL           string    `json:"url"`
	ContentType   string    `json:"content_type"`
	Size          int64     `json:"size"`
	Content       []byte    `json:"-"`
	CreatedAt     time.Time `json:"created_at"`
}

// CreateDocument stores a document and its timeline event.
func (s *Store) CreateDocument(ctx context.Context, d Document, e Event) error {
	return s.withEvent(ctx, d.UserID, d.ApplicationID, e, func(tx *Tx) error {
		_, err := s.exec(ctx, tx.tx, `INSERT INTO application_documents (id, user_id, application_id, kind, name, url, content_type, size, content, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, d.UserID, d.ApplicationID, d.Kind, d.Name, d.URL, d.ContentType, d.Size, d.Content, d.CreatedAt.UTC())
		return wrap("create document", err)
	})
}

// DeleteDocument removes a document and records the removal on the timeline.
func (s *Store) DeleteDocument(ctx context.Context, userID, applicationID, id string, e Event) error {
	return s.withEvent(ctx, userID, applicationID, e, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `DELETE FROM application_documents WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID)
		return mustAffect("delete document", res, err)
	})
}

// Documents lists an application's documents without their content.
func (s *Store) Documents(ctx context.Context, userID, applicationID string) ([]Document, error) {
	rows, err := s.query(ctx, s.read, `SELECT id, application_id, kind, name, url, content_type, size, created_at FROM application_documents
		WHERE user_id = ? AND application_id = ? ORDER BY created_at, id`, userID, applicationID)
	if err != nil {
		return nil, wrap("documents", err)
	}
	defer rows.Close()
	out := []Document{}
	for rows.Next() {
		d := Document{UserID: userID}
		if err := rows.Scan(&d.ID, &d.ApplicationID, &d.Kind, &d.Name, &d.URL, &d.ContentType, &d.Size, &d.CreatedAt); err != nil {
			return nil, wrap("documents", err)
		}
		d.CreatedAt = d.CreatedAt.UTC()
		out = append(out, d)
	}
	return out, wrap("documents", rows.Err())
}

// Document loads one of the user's documents with its content.
func (s *Store) Document(ctx context.Context, userID, applicationID, id string) (Document, error) {
	d := Document{UserID: userID}
	err := s.queryRow(ctx, s.read, `SELECT id, application_id, kind, name, url, content_type, size, content, created_at FROM application_documents
		WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID).
		Scan(&d.ID, &d.ApplicationID, &d.Kind, &d.Name, &d.URL, &d.ContentType, &d.Size, &d.Content, &d.CreatedAt)
	d.CreatedAt = d.CreatedAt.UTC()
	return d, wrap("document", err)
}

// SetCalendarToken stores the hash of the user's calendar feed token, replacing (revoking) the previous one.
func (s *Store) SetCalendarToken(ctx context.Context, userID, hash string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO calendar_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`, userID, hash, now.UTC())
	return wrap("set calendar token", err)
}

// DeleteCalendarToken revokes the user's calendar feed.
func (s *Store) DeleteCalendarToken(ctx context.Context, userID string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM calendar_tokens WHERE user_id = ?`, userID)
	return mustAffect("delete calendar token", res, err)
}

// CalendarTokenUser returns the user whose calendar token has this hash.
func (s *Store) CalendarTokenUser(ctx context.Context, hash string) (string, error) {
	var id string
	err := s.queryRow(ctx, s.read, `SELECT user_id FROM calendar_tokens WHERE token_hash = ?`, hash).Scan(&id)
	return id, wrap("calendar token", err)
}

// CalendarTokenCreated says when the user's current calendar token was made.
func (s *Store) CalendarTokenCreated(ctx context.Context, userID string) (time.Time, error) {
	var t time.Time
	err := s.queryRow(ctx, s.read, `SELECT created_at FROM calendar_tokens WHERE user_id = ?`, userID).Scan(&t)
	return t.UTC(), wrap("calendar token", err)
}
