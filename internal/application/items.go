package application

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/validate"
)

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func event(ctx context.Context, applicationID, userID, kind, detail string, at time.Time) Event {
	e := newEvent(kind, originOf(ctx), detail, at)
	e.UserID, e.ApplicationID = userID, applicationID
	return e
}

// AddNote stores a Markdown note (rendered sanitized by the UI, never as raw HTML).
func (s *Service) AddNote(ctx context.Context, userID, appID, body string) (Note, error) {
	body = strings.TrimSpace(body)
	var fe validate.Errors
	checkText(&fe, "body", body, 20000, true)
	if err := fe.Err(); err != nil {
		return Note{}, err
	}
	now := s.clock()
	n := Note{ID: uuid.NewString(), UserID: userID, ApplicationID: appID, Body: body, CreatedAt: now, UpdatedAt: now}
	if err := s.st.CreateNote(ctx, n, event(ctx, appID, userID, EventNote, excerpt(body, 120), now)); err != nil {
		return Note{}, err
	}
	return n, nil
}

// EditNote replaces a note's body.
func (s *Service) EditNote(ctx context.Context, userID, appID, noteID, body string) (Note, error) {
	body = strings.TrimSpace(body)
	var fe validate.Errors
	checkText(&fe, "body", body, 20000, true)
	if err := fe.Err(); err != nil {
		return Note{}, err
	}
	n := Note{ID: noteID, UserID: userID, ApplicationID: appID, Body: body, UpdatedAt: s.clock()}
	if err := s.st.UpdateNote(ctx, n); err != nil {
		return Note{}, err
	}
	all, err := s.st.Notes(ctx, userID, appID)
	if err != nil {
		return n, err
	}
	for _, x := range all {
		if x.ID == noteID {
			return x, nil
		}
	}
	return n, nil
}

// DeleteNote removes a note and records it on the timeline.
func (s *Service) DeleteNote(ctx context.Context, userID, appID, noteID string) error {
	if err := s.st.DeleteNote(ctx, userID, appID, noteID); err != nil {
		return err
	}
	return s.st.AppendEvent(ctx, event(ctx, appID, userID, EventNoteDeleted, "", s.clock()))
}

// Notes lists an application's notes.
func (s *Service) Notes(ctx context.Context, userID, appID string) ([]Note, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return nil, err
	}
	return s.st.Notes(ctx, userID, appID)
}

// ContactInput is what a client sets on a contact.
type ContactInput struct {
	Name       string `json:"name"`
	Role       string `json:"role"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
	ProfileURL string `json:"profile_url"`
}

func (c *ContactInput) normalize() validate.Errors {
	var fe validate.Errors
	c.Name = checkText(&fe, "name", c.Name, 200, true)
	c.Role = checkText(&fe, "role", c.Role, 200, false)
	c.Email = checkText(&fe, "email", c.Email, 254, false)
	if c.Email != "" && (!strings.Contains(c.Email, "@") || strings.ContainsAny(c.Email, " <>")) {
		fe.Add("email", "must be an e-mail address")
	}
	c.Phone = checkText(&fe, "phone", c.Phone, 50, false)
	c.ProfileURL = checkURL(&fe, "profile_url", c.ProfileURL)
	return fe
}

// Contacts lists the contacts at the application's company (shared by all its applications).
func (s *Service) Contacts(ctx context.Context, userID, appID string) ([]Contact, error) {
	a, err := s.st.Application(ctx, userID, appID)
	if err != nil {
		return nil, err
	}
	cs, err := s.st.Contacts(ctx, userID, a.CompanyKey)
	for i := range cs {
		cs[i].Company = a.Company
	}
	return cs, err
}

// AddContact adds a contact at the application's company.
func (s *Service) AddContact(ctx context.Context, userID, appID string, in ContactInput) (Contact, error) {
	a, err := s.st.Application(ctx, userID, appID)
	if err != nil {
		return Contact{}, err
	}
	if err := in.normalize().Err(); err != nil {
		return Contact{}, err
	}
	now := s.clock()
	c := Contact{ID: uuid.NewString(), UserID: userID, CompanyKey: a.CompanyKey, Company: a.Company, Name: in.Name, Role: in.Role, Email: in.Email,
		Phone: in.Phone, ProfileURL: in.ProfileURL, CreatedAt: now, UpdatedAt: now}
	detail := in.Name
	if in.Role != "" {
		detail += " (" + in.Role + ")"
	}
	return c, s.st.CreateContact(ctx, c, event(ctx, appID, userID, EventContact, detail, now))
}

// EditContact saves a contact at the application's company.
func (s *Service) EditContact(ctx context.Context, userID, appID, contactID string, patch func(*ContactInput) error) (Contact, error) {
	cs, err := s.Contacts(ctx, userID, appID)
	if err != nil {
		return Contact{}, err
	}
	for _, c := range cs {
		if c.ID != contactID {
			continue
		}
		in := ContactInput{Name: c.Name, Role: c.Role, Email: c.Email, Phone: c.Phone, ProfileURL: c.ProfileURL}
		if err := patch(&in); err != nil {
			return Contact{}, err
		}
		if err := in.normalize().Err(); err != nil {
			return Contact{}, err
		}
		c.Name, c.Role, c.Email, c.Phone, c.ProfileURL, c.UpdatedAt = in.Name, in.Role, in.Email, in.Phone, in.ProfileURL, s.clock()
		return c, s.st.UpdateContact(ctx, c)
	}
	return Contact{}, fmt.Errorf("application: contact: %w", errNotFound)
}

// DeleteContact removes a contact at the application's company.
func (s *Service) DeleteContact(ctx context.Context, userID, appID, contactID string) error {
	a, err := s.st.Application(ctx, userID, appID)
	if err != nil {
		return err
	}
	return s.st.DeleteContact(ctx, userID, a.CompanyKey, contactID)
}
