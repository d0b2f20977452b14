package application

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/validate"
)

// InterviewInput is what a client sets on an interview. StartsAt and EndsAt are RFC 3339 instants,
// or wall-clock times read in Timezone (the user's zone when empty).
type InterviewInput struct {
	Kind         string   `json:"kind"`
	StartsAt     string   `json:"starts_at"`
	EndsAt       string   `json:"ends_at"`
	Timezone     string   `json:"timezone"`
	Location     string   `json:"location"`
	MeetingURL   string   `json:"meeting_url"`
	Interviewers []string `json:"interviewers"`
	Outcome      string   `json:"outcome"`
	Notes        string   `json:"notes"`
}

// InterviewKinds are the kinds of interview; Outcomes the results.
var (
	InterviewKinds = []string{"phone_screen", "recruiter", "technical", "take_home", "onsite", "behavioral", "panel", "final", "other"}
	Outcomes       = []string{"", "pending", "passed", "failed", "cancelled"}
)

func oneOf(v string, set []string) bool {
	for _, x := range set {
		if x == v {
			return true
		}
	}
	return false
}

// InterviewView is an interview with its times also shown in its own zone.
type InterviewView struct {
	Interview
	StartsLocal string `json:"starts_local"`
	EndsLocal   string `json:"ends_local"`
}

// View adds the wall-clock times in the interview's zone.
func View(i Interview) InterviewView {
	return InterviewView{Interview: i, StartsLocal: Local(i.StartsAt, i.Timezone), EndsLocal: Local(i.EndsAt, i.Timezone)}
}

func (s *Service) buildInterview(ctx context.Context, userID string, in InterviewInput, i *Interview) error {
	var fe validate.Errors
	in.Kind = strings.TrimSpace(in.Kind)
	if in.Kind == "" {
		in.Kind = "other"
	}
	if !oneOf(in.Kind, InterviewKinds) {
		fe.Add("kind", "must be one of "+strings.Join(InterviewKinds, ", "))
	}
	if !oneOf(in.Outcome, Outcomes) {
		fe.Add("outcome", "must be one of pending, passed, failed, cancelled or empty")
	}
	var loc *time.Location
	if in.Timezone == "" {
		l, err := s.location(ctx, userID)
		if err != nil {
			return err
		}
		loc, in.Timezone = l, l.String()
	} else if l, err := time.LoadLocation(in.Timezone); err != nil || strings.EqualFold(in.Timezone, "local") {
		fe.Add("timezone", "must be an IANA time zone such as Europe/Berlin")
		loc = time.UTC
	} else {
		loc = l
	}
	start, err := ParseWhen(strings.TrimSpace(in.StartsAt), loc)
	if err != nil {
		fe.Add("starts_at", err.Error())
	}
	var end time.Time
	if strings.TrimSpace(in.EndsAt) == "" {
		end = start.Add(time.Hour)
	} else if end, err = ParseWhen(strings.TrimSpace(in.EndsAt), loc); err != nil {
		fe.Add("ends_at", err.Error())
	} else if !start.IsZero() && !end.After(start) {
		fe.Add("ends_at", "must be after starts_at")
	} else if end.Sub(start) > 24*time.Hour {
		fe.Add("ends_at", "an interview lasts at most 24 hours")
	}
	in.Location = checkText(&fe, "location", in.Location, 300, false)
	in.MeetingURL = checkURL(&fe, "meeting_url", in.MeetingURL)
	in.Notes = checkText(&fe, "notes", in.Notes, 20000, false)
	var who []string
	for k, w := range in.Interviewers {
		if w = checkText(&fe, fmt.Sprintf("interviewers[%d]", k), w, 200, false); w != "" {
			who = append(who, w)
		}
	}
	if err := fe.Err(); err != nil {
		return err
	}
	i.Kind, i.StartsAt, i.EndsAt, i.Timezone, i.Location, i.MeetingURL = in.Kind, start, end, in.Timezone, in.Location, in.MeetingURL
	i.Interviewers, i.Outcome, i.Notes = append([]string{}, who...), in.Outcome, in.Notes
	return nil
}

// AddInterview schedules an interview.
func (s *Service) AddInterview(ctx context.Context, userID, appID string, in InterviewInput) (Interview, error) {
	now := s.clock()
	i := Interview{ID: uuid.NewString(), UserID: userID, ApplicationID: appID, CreatedAt: now, UpdatedAt: now}
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return i, err
	}
	if err := s.buildInterview(ctx, userID, in, &i); err != nil {
		return i, err
	}
	detail := i.Kind + " at " + Local(i.StartsAt, i.Timezone)
	return i, s.st.CreateInterview(ctx, i, event(ctx, appID, userID, EventInterview, detail, now))
}

// EditInterview changes an interview; a new time or outcome is recorded on the timeline.
func (s *Service) EditInterview(ctx context.Context, userID, appID, id string, patch func(*InterviewInput) error) (Interview, error) {
	i, err := s.st.Interview(ctx, userID, appID, id)
	if err != nil {
		return i, err
	}
	in := InterviewInput{Kind: i.Kind, StartsAt: i.StartsAt.Format(time.RFC3339), EndsAt: i.EndsAt.Format(time.RFC3339), Timezone: i.Timezone,
		Location: i.Location, MeetingURL: i.MeetingURL, Interviewers: i.Interviewers, Outcome: i.Outcome, Notes: i.Notes}
	if err := patch(&in); err != nil {
		return i, err
	}
	before := i
	if err := s.buildInterview(ctx, userID, in, &i); err != nil {
		return i, err
	}
	i.UpdatedAt = s.clock()
	var e Event
	if !before.StartsAt.Equal(i.StartsAt) || before.Outcome != i.Outcome {
		detail := i.Kind + " at " + Local(i.StartsAt, i.Timezone)
		if i.Outcome != "" {
			detail += ": " + i.Outcome
		}
		e = event(ctx, appID, userID, EventInterviewChanged, detail, i.UpdatedAt)
	}
	return i, s.st.UpdateInterview(ctx, i, e)
}

// DeleteInterview removes an interview.
func (s *Service) DeleteInterview(ctx context.Context, userID, appID, id string) error {
	return s.st.DeleteInterview(ctx, userID, appID, id)
}

// Interviews lists an application's interviews.
func (s *Service) Interviews(ctx context.Context, userID, appID string) ([]Interview, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return nil, err
	}
	return s.st.Interviews(ctx, userID, appID)
}

// Interview loads one interview.
func (s *Service) Interview(ctx context.Context, userID, appID, id string) (Interview, error) {
	return s.st.Interview(ctx, userID, appID, id)
}

// ReminderInput is what a client sets on a reminder; DueAt is an instant or a wall-clock time in the user's zone.
type ReminderInput struct {
	Title string `json:"title"`
	DueAt string `json:"due_at"`
	Done  bool   `json:"done"`
}

// AddReminder adds a manual reminder.
func (s *Service) AddReminder(ctx context.Context, userID, appID string, in ReminderInput) (Reminder, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return Reminder{}, err
	}
	now := s.clock()
	r := Reminder{ID: uuid.NewString(), UserID: userID, ApplicationID: appID, Kind: "manual", CreatedAt: now}
	if err := s.fillReminder(ctx, userID, in, &r, now); err != nil {
		return r, err
	}
	return r, s.st.CreateReminder(ctx, r, event(ctx, appID, userID, EventReminder, r.Title+" due "+r.DueAt.Format(time.RFC3339), now))
}

func (s *Service) fillReminder(ctx context.Context, userID string, in ReminderInput, r *Reminder, now time.Time) error {
	var fe validate.Errors
	r.Title = checkText(&fe, "title", in.Title, 300, true)
	loc, err := s.location(ctx, userID)
	if err != nil {
		return err
	}
	due, err := ParseWhen(strings.TrimSpace(in.DueAt), loc)
	if err != nil {
		fe.Add("due_at", err.Error())
	}
	if err := fe.Err(); err != nil {
		return err
	}
	r.DueAt = due
	switch {
	case in.Done && r.DoneAt == nil:
		r.DoneAt = &now
	case !in.Done:
		r.DoneAt = nil
	}
	return nil
}

// EditReminder changes a reminder or marks it done.
func (s *Service) EditReminder(ctx context.Context, userID, appID, id string, patch func(*ReminderInput) error) (Reminder, error) {
	r, err := s.st.Reminder(ctx, userID, appID, id)
	if err != nil {
		return r, err
	}
	in := ReminderInput{Title: r.Title, DueAt: r.DueAt.Format(time.RFC3339Nano), Done: r.DoneAt != nil}
	if err := patch(&in); err != nil {
		return r, err
	}
	wasDone := r.DoneAt != nil
	now := s.clock()
	if err := s.fillReminder(ctx, userID, in, &r, now); err != nil {
		return r, err
	}
	var e Event
	if !wasDone && r.DoneAt != nil {
		e = event(ctx, appID, userID, EventReminderDone, r.Title, now)
	}
	if err := s.st.UpdateReminder(ctx, r, e); err != nil {
		return r, err
	}
	return s.st.Reminder(ctx, userID, appID, id)
}

// DeleteReminder removes a reminder.
func (s *Service) DeleteReminder(ctx context.Context, userID, appID, id string) error {
	return s.st.DeleteReminder(ctx, userID, appID, id)
}

// Reminders lists an application's reminders.
func (s *Service) Reminders(ctx context.Context, userID, appID string) ([]Reminder, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return nil, err
	}
	return s.st.Reminders(ctx, userID, appID)
}
