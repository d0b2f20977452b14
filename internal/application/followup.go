package application

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"
	"github.com/riverqueue/river"
)

// SweepFollowUps suggests a follow-up reminder for every application waiting in "applied" without a response,
// due follow_up_days after the date applied (in the user's zone). It is idempotent: one per application, ever.
func (s *Service) SweepFollowUps(ctx context.Context) (int, error) {
	cands, err := s.st.FollowUpCandidates(ctx, 1000)
	if err != nil {
		return 0, fmt.Errorf("application: follow-ups: %w", err)
	}
	type pref struct {
		days int
		loc  *time.Location
	}
	prefs := map[string]pref{}
	now, created := s.clock(), 0
	for _, a := range cands {
		p, ok := prefs[a.UserID]
		if !ok {
			pr, err := s.prefs.Preferences(ctx, a.UserID)
			if err != nil {
				return created, fmt.Errorf("application: follow-ups: %w", err)
			}
			loc, err := time.LoadLocation(pr.Timezone)
			if err != nil {
				loc = time.UTC
			}
			p = pref{days: max(1, pr.FollowUpDays), loc: loc}
			prefs[a.UserID] = p
		}
		r := Reminder{ID: uuid.NewString(), UserID: a.UserID, ApplicationID: a.ID, Kind: "follow_up",
			Title: "Follow up with " + a.Company + " about " + a.Title, DueAt: FollowUpDue(*a.AppliedAt, p.days, p.loc), CreatedAt: now}
		e := newEvent(EventReminder, OriginSystem, fmt.Sprintf("follow-up suggested for %s (%d days after applying)", r.DueAt.In(p.loc).Format("2006-01-02"), p.days), now)
		ok, err := s.st.CreateFollowUp(ctx, r, e)
		if err != nil {
			return created, fmt.Errorf("application: follow-ups: %w", err)
		}
		if ok {
			created++
		}
	}
	return created, nil
}

// NotifyDue turns every due, open reminder into one in-app notification (deduplicated per reminder).
func (s *Service) NotifyDue(ctx context.Context) (int, error) {
	now := s.clock()
	due, err := s.st.DueReminders(ctx, now, 1000)
	if err != nil {
		return 0, fmt.Errorf("application: due reminders: %w", err)
	}
	n := 0
	for _, d := range due {
		note := Notification{ID: uuid.NewString(), UserID: d.UserID, Kind: "reminder", Title: d.Reminder.Title,
			Body: d.Company + " — " + d.Title, Link: "/applications/" + d.ApplicationID, DedupKey: "reminder:" + d.ID, CreatedAt: now}
		ok, err := s.st.NotifyReminder(ctx, d.ID, note, now)
		if err != nil {
			return n, fmt.Errorf("application: notify reminder: %w", err)
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// RemindersArgs asks for one pass of follow-up suggestions and due-reminder notifications.
type RemindersArgs struct{}

// Kind names the task in River's table.
func (RemindersArgs) Kind() string { return "application_reminders" }

// RemindersWorker runs SweepFollowUps then NotifyDue.
type RemindersWorker struct {
	river.WorkerDefaults[RemindersArgs]
	Service *Service
}

// Work runs one pass.
func (w *RemindersWorker) Work(ctx context.Context, _ *river.Job[RemindersArgs]) error {
	made, err := w.Service.SweepFollowUps(ctx)
	if err != nil {
		return err
	}
	sent, err := w.Service.NotifyDue(ctx)
	if err != nil {
		return err
	}
	if made > 0 || sent > 0 {
		slog.InfoContext(ctx, "application reminders", "follow_ups", made, "notifications", sent)
	}
	return nil
}

// RemindersPeriodic schedules the pass every five minutes.
func RemindersPeriodic() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(5*time.Minute), func() (river.JobArgs, *river.InsertOpts) {
		return RemindersArgs{}, nil
	}, &river.PeriodicJobOpts{ID: "application_reminders", RunOnStart: true})
}

// Notifications lists the user's in-app notifications.
func (s *Service) Notifications(ctx context.Context, userID string, unreadOnly bool) ([]Notification, error) {
	return s.st.Notifications(ctx, userID, unreadOnly, 200)
}

// UnreadCount counts the user's unread notifications.
func (s *Service) UnreadCount(ctx context.Context, userID string) (int, error) {
	return s.st.UnreadNotifications(ctx, userID)
}

// MarkRead marks one notification read.
func (s *Service) MarkRead(ctx context.Context, userID, id string) error {
	return s.st.MarkNotificationRead(ctx, userID, id, s.clock())
}
