package application

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/calendar"
	"github.com/career-copilot/copilot/internal/store"
)

func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// NewCalendarToken makes a new secret feed token for the user, revoking the previous one. Only its hash is kept.
func (s *Service) NewCalendarToken(ctx context.Context, userID string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("application: calendar token: %w", err)
	}
	tok := base64.RawURLEncoding.EncodeToString(b)
	if err := s.st.SetCalendarToken(ctx, userID, hashToken(tok), s.clock()); err != nil {
		return "", err
	}
	return tok, nil
}

// RevokeCalendarToken turns the user's feed off.
func (s *Service) RevokeCalendarToken(ctx context.Context, userID string) error {
	return s.st.DeleteCalendarToken(ctx, userID)
}

// CalendarTokenCreated says when the current feed token was made, or ErrNoCalendar.
func (s *Service) CalendarTokenCreated(ctx context.Context, userID string) (time.Time, error) {
	t, err := s.st.CalendarTokenCreated(ctx, userID)
	if errors.Is(err, store.ErrNotFound) {
		return t, ErrNoCalendar
	}
	return t, err
}

// FeedByToken renders the calendar of the token's user; an unknown or revoked token is ErrNotFound.
func (s *Service) FeedByToken(ctx context.Context, token string) ([]byte, error) {
	if token == "" {
		return nil, errNotFound
	}
	userID, err := s.st.CalendarTokenUser(ctx, hashToken(token))
	if err != nil {
		return nil, err
	}
	return s.Feed(ctx, userID)
}

// Feed is the user's interviews and open reminders as one calendar.
func (s *Service) Feed(ctx context.Context, userID string) ([]byte, error) {
	apps, err := s.st.ListApplications(ctx, userID, store.ApplicationFilter{})
	if err != nil {
		return nil, err
	}
	byID := map[string]Application{}
	for _, a := range apps {
		byID[a.ID] = a
	}
	ivs, err := s.st.Interviews(ctx, userID, "")
	if err != nil {
		return nil, err
	}
	rems, err := s.st.Reminders(ctx, userID, "")
	if err != nil {
		return nil, err
	}
	c := calendar.Calendar{Name: "Career Copilot"}
	for _, i := range ivs {
		c.Events = append(c.Events, interviewEvent(i, byID[i.ApplicationID]))
	}
	for _, r := range rems {
		if r.DoneAt != nil {
			continue
		}
		a := byID[r.ApplicationID]
		c.Events = append(c.Events, calendar.Event{UID: "reminder-" + r.ID + "@career-copilot", Start: r.DueAt, End: r.DueAt.Add(15 * time.Minute),
			Summary: r.Title, Description: a.Company + " — " + a.Title, Updated: r.CreatedAt, URL: a.URL})
	}
	return c.Bytes(), nil
}

// InterviewICS is one interview as a calendar file to download.
func (s *Service) InterviewICS(ctx context.Context, userID, appID, id string) ([]byte, error) {
	a, err := s.st.Application(ctx, userID, appID)
	if err != nil {
		return nil, err
	}
	i, err := s.st.Interview(ctx, userID, appID, id)
	if err != nil {
		return nil, err
	}
	return calendar.Calendar{Events: []calendar.Event{interviewEvent(i, a)}}.Bytes(), nil
}

func interviewEvent(i Interview, a Application) calendar.Event {
	kind := strings.ReplaceAll(i.Kind, "_", " ")
	desc := []string{a.Title + " at " + a.Company}
	if len(i.Interviewers) > 0 {
		desc = append(desc, "Interviewers: "+strings.Join(i.Interviewers, ", "))
	}
	if i.MeetingURL != "" {
		desc = append(desc, "Join: "+i.MeetingURL)
	}
	if i.Notes != "" {
		desc = append(desc, i.Notes)
	}
	desc = append(desc, "Time zone: "+i.Timezone)
	loc := i.Location
	if loc == "" {
		loc = i.MeetingURL
	}
	return calendar.Event{UID: "interview-" + i.ID + "@career-copilot", Start: i.StartsAt, End: i.EndsAt,
		Summary: strings.ToUpper(kind[:1]) + kind[1:] + " interview: " + a.Company, Description: strings.Join(desc, "\n"),
		Location: loc, URL: i.MeetingURL, Updated: i.UpdatedAt, Alarm: 30 * time.Minute}
}
