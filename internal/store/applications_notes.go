package store

import (
	"context"
	"time"
)

// Note is a Markdown note on an application.
type Note struct {
	ID            string    `json:"id"`
	UserID        string    `json:"-"`
	ApplicationID string    `json:"application_id"`
	Body          string    `json:"body"`
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`
}

// CreateNote stores a note and its timeline event in one transaction.
func (s *Store) CreateNote(ctx context.Context, n Note, e Event) error {
	return s.withEvent(ctx, n.UserID, n.ApplicationID, e, func(tx *Tx) error {
		_, err := s.exec(ctx, tx.tx, `INSERT INTO application_notes (id, user_id, application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
			n.ID, n.UserID, n.ApplicationID, n.Body, n.CreatedAt.UTC(), n.UpdatedAt.UTC())
		return wrap("create note", err)
	})
}

// UpdateNote replaces a note's body.
func (s *Store) UpdateNote(ctx context.Context, n Note) error {
	res, err := s.exec(ctx, s.write, `UPDATE application_notes SET body = ?, updated_at = ? WHERE id = ? AND application_id = ? AND user_id = ?`,
		n.Body, n.UpdatedAt.UTC(), n.ID, n.ApplicationID, n.UserID)
	return mustAffect("update note", res, err)
}

// DeleteNote removes a note.
func (s *Store) DeleteNote(ctx context.Context, userID, applicationID, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM application_notes WHERE id = ? AND application_id = ? AND user_id = ?`, id, applicationID, userID)
	return mustAffect("delete note", res, err)
}

// Notes lists an application's notes, oldest first.
func (s *Store) Notes(ctx context.Context, userID, applicationID string) ([]Note, error) {
	rows, err := s.query(ctx, s.read, `SELECT id, application_id, body, created_at, updated_at FROM application_notes
		WHERE user_id = ? AND application_id = ? ORDER BY created_at, id`, userID, applicationID)
	if err != nil {
		return nil, wrap("notes", err)
	}
	defer rows.Close()
	out := []Note{}
	for rows.Next() {
		n := Note{UserID: userID}
		if err := rows.Scan(&n.ID, &n.ApplicationID, &n.Body, &n.CreatedAt, &n.UpdatedAt); err != nil {
			return nil, wrap("notes", err)
		}
		n.CreatedAt, n.UpdatedAt = n.CreatedAt.UTC(), n.UpdatedAt.UTC()
		out = append(out, n)
	}
	return out, wrap("notes", rows.Err())
}

// Contact is a person at a company; every application of that company shares the user's contacts.
type Contact struct {
	ID         string    `json:"id"`
	UserID     string    `json:"-"`
	CompanyKey string    `json:"-"`
	Company    string    `json:"company"`
	Name       string    `json:"name"`
	Role       string    `json:"role"`
	Email      string    `json:"email"`
	Phone      string    `json:"phone"`
	ProfileURL string    `json:"profile_url"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// CreateContact stores a contact (e's application must be the user's) with its timeline event.
func (s *Store) CreateContact(ctx context.Context, c Contact, e Event) error {
	return s.withEvent(ctx, c.UserID, e.ApplicationID, e, func(tx *Tx) error {
		_, err := s.exec(ctx, tx.tx, `INSERT INTO contacts (id, user_id, company_key, name, role, email, phone, profile_url, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.UserID, c.CompanyKey, c.Name, c.Role, c.Email, c.Phone, c.ProfileURL, c.CreatedAt.UTC(), c.UpdatedAt.UTC())
		return wrap("create contact", err)
	})
}

// UpdateContact saves a contact of the user's company.
func (s *Store) UpdateContact(ctx context.Context, c Contact) error {
	res, err := s.exec(ctx, s.write, `UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, profile_url = ?, updated_at = ?
		WHERE id = ? AND user_id = ? AND company_key = ?`, c.Name, c.Role, c.Email, c.Phone, c.ProfileURL, c.UpdatedAt.UTC(), c.ID, c.UserID, c.CompanyKey)
	return mustAffect("update contact", res, err)
}

// DeleteContact removes a contact of the user's company.
func (s *Store) DeleteContact(ctx context.Context, userID, companyKey, id string) error {
	res, err := s.exec(ctx, s.write, `DELETE FROM contacts WHERE id = ? AND user_id = ? AND company_key = ?`, id, userID, companyKey)
	return mustAffect("delete contact", res, err)
}

// Contacts lists the user's contacts at a company, or at every company when companyKey is empty.
func (s *Store) Contacts(ctx context.Context, userID, companyKey string) ([]Contact, error) {
	q := `SELECT id, company_key, name, role, email, phone, profile_url, created_at, updated_at FROM contacts WHERE user_id = ?`
	args := []any{userID}
	if companyKey != "" {
		q += ` AND company_key = ?`
		args = append(args, companyKey)
	}
	rows, err := s.query(ctx, s.read, q+` ORDER BY LOWER(name), id`, args...)
	if err != nil {
		return nil, wrap("contacts", err)
	}
	defer rows.Close()
	out := []Contact{}
	for rows.Next() {
		c := Contact{UserID: userID}
		if err := rows.Scan(&c.ID, &c.CompanyKey, &c.Name, &c.Role, &c.Email, &c.Phone, &c.ProfileURL, &c.CreatedAt, &c.UpdatedAt); err != nil {
			return nil, wrap("contacts", err)
		}
		c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
		out = append(out, c)
	}
	return out, wrap("contacts", rows.Err())
}
