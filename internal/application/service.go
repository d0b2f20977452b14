package application

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
)

// Application, Event and the other records are the store's rows; the domain adds the rules.
type (
	// Application is one tracked application.
	Application = store.Application
	// Event is one timeline entry.
	Event = store.Event
	// Note is a Markdown note.
	Note = store.Note
	// Contact is a person at a company.
	Contact = store.Contact
	// Interview is a scheduled interview.
	Interview = store.Interview
	// Reminder is a due to-do.
	Reminder = store.Reminder
	// Document is a file or link used for an application.
	Document = store.Document
	// Notification is an in-app message.
	Notification = store.Notification
)

// PostingDraft is what tracking a posting copies onto the application.
type PostingDraft struct {
	Company, Title, URL, Location, Salary string
}

// PostingLookup finds a posting by id for "Track"; it returns an error wrapping store.ErrNotFound when there is none.
type PostingLookup func(ctx context.Context, postingID string) (PostingDraft, error)

// Service is the tracker.
type Service struct {
	st      *store.Store
	prefs   *profile.Service
	posting PostingLookup
	now     func() time.Time
}

// NewService builds the tracker on the store; prefs gives each user's time zone and follow-up days.
func NewService(st *store.Store, prefs *profile.Service) *Service {
	s := &Service{st: st, prefs: prefs, now: time.Now}
	s.posting = s.storePosting
	return s
}

// SetPostingLookup replaces how "Track" fills company, title, URL and location from a posting id (the store's postings by default).
func (s *Service) SetPostingLookup(fn PostingLookup) { s.posting = fn }

// SetClock replaces the clock, for tests.
func (s *Service) SetClock(now func() time.Time) { s.now = now }

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

func newEvent(kind, origin, detail string, at time.Time) Event {
	return Event{ID: uuid.NewString(), Kind: kind, Origin: origin, Detail: detail, OccurredAt: at}
}

// location is the user's time zone from preferences, UTC when unset or unreadable.
func (s *Service) location(ctx context.Context, userID string) (*time.Location, error) {
	p, err := s.prefs.Preferences(ctx, userID)
	if err != nil {
		return nil, fmt.Errorf("application: preferences: %w", err)
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		return time.UTC, nil
	}
	return loc, nil
}

// errNotFound is the store's sentinel, so the API answers 404 for a missing or foreign object.
var errNotFound = store.ErrNotFound

// storeAll lists every application in creation order.
var storeAll = store.ApplicationFilter{Sort: "created_at"}
