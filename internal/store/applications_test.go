package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func newApp(userID, company, title, stage string) store.Application {
	return store.Application{ID: uuid.NewString(), UserID: userID, Company: company, CompanyKey: company, Title: title, Stage: stage,
		Tags: []string{}, StageDates: map[string]time.Time{stage: t0}, CreatedAt: t0, UpdatedAt: t0}
}

func stageEvent(from, to, origin string, at time.Time) store.Event {
	return store.Event{ID: uuid.NewString(), Kind: "stage_changed", FromStage: from, ToStage: to, Origin: origin, OccurredAt: at}
}

func TestApplicationsCRUDAndOwnership(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u, other := newUser(t, s, "a@x.test"), newUser(t, s, "b@x.test")
		a := newApp(u.ID, "acme", "Backend Engineer", "saved")
		a.PostingID, a.Tags, a.Priority = "gh:123", []string{"go", "remote"}, 2
		applied := t0.Add(-48 * time.Hour)
		a.AppliedAt = &applied
		b := newApp(u.ID, "globex", "SRE", "saved")
		if err := s.CreateApplications(ctx, []store.NewApplication{{App: a, Events: []store.Event{stageEvent("", "saved", "api", t0)}}, {App: b}}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Application(ctx, u.ID, a.ID)
		if err != nil || got.PostingID != "gh:123" || len(got.Tags) != 2 || got.Tags[1] != "remote" || got.Priority != 2 ||
			!got.AppliedAt.Equal(applied) || !got.StageDates["saved"].Equal(t0) || got.FirstResponseAt != nil {
			t.Fatalf("loaded %+v %v", got, err)
		}
		// b went on top of the saved column, above a.
		if gb, _ := s.Application(ctx, u.ID, b.ID); gb.Position >= got.Position {
			t.Fatalf("positions a=%d b=%d: the newer card must be on top", got.Position, gb.Position)
		}
		if byPosting, err := s.ApplicationByPosting(ctx, u.ID, "gh:123"); err != nil || byPosting.ID != a.ID {
			t.Fatalf("by posting %v %v", byPosting.ID, err)
		}
		// Another user sees nothing and changes nothing.
		if _, err := s.Application(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's read: %v", err)
		}
		if _, err := s.MutateApplications(ctx, other.ID, []string{a.ID}, nil, func(x *store.Application) ([]store.Event, error) { x.Stage = "offer"; return nil, nil }); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's mutation: %v", err)
		}
		if _, err := s.Events(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's events: %v", err)
		}
		if err := s.DeleteApplication(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's delete: %v", err)
		}
		// A bulk mutation is all or none: one foreign id rolls every change back.
		_, err = s.MutateApplications(ctx, u.ID, []string{a.ID, uuid.NewString()}, nil, func(x *store.Application) ([]store.Event, error) {
			x.Stage = "applied"
			return []store.Event{stageEvent("saved", "applied", "bulk", t0)}, nil
		})
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("bulk with a missing id: %v", err)
		}
		if g, _ := s.Application(ctx, u.ID, a.ID); g.Stage != "saved" {
			t.Fatalf("a failed bulk change left stage %s", g.Stage)
		}
		if ev, _ := s.Events(ctx, u.ID, a.ID); len(ev) != 1 {
			t.Fatalf("a failed bulk change left %d events", len(ev))
		}
		if err := s.DeleteApplication(ctx, u.ID, b.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Application(ctx, u.ID, b.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("deleted: %v", err)
		}
	})
}

func TestApplicationReorderPersists(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "o@x.test")
		var ids []string
		for i := 0; i < 4; i++ {
			a := newApp(u.ID, fmt.Sprintf("c%d", i), "T", "applied")
			a.CreatedAt = t0.Add(time.Duration(i) * time.Minute)
			if err := s.CreateApplications(ctx, []store.NewApplication{{App: a}}); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, a.ID)
		}
		order := func() []string {
			list, err := s.ListApplications(ctx, u.ID, store.ApplicationFilter{Stages: []string{"applied"}})
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, a := range list {
				out = append(out, a.Company)
			}
			return out
		}
		if got := fmt.Sprint(order()); got != "[c3 c2 c1 c0]" {
			t.Fatalf("initial order %s", got)
		}
		two := 2
		if _, err := s.MutateApplications(ctx, u.ID, []string{ids[3]}, &two, func(*store.Application) ([]store.Event, error) { return nil, nil }); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(order()); got != "[c2 c1 c3 c0]" {
			t.Fatalf("after moving c3 to index 2: %s", got)
		}
		big := 99
		if _, err := s.MutateApplications(ctx, u.ID, []string{ids[2]}, &big, func(*store.Application) ([]store.Event, error) { return nil, nil }); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(order()); got != "[c1 c3 c0 c2]" {
			t.Fatalf("after moving c2 past the end: %s", got)
		}
	})
}

func TestConcurrentStageChangesKeepHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "c@x.test")
		a := newApp(u.ID, "acme", "Dev", "saved")
		if err := s.CreateApplications(ctx, []store.NewApplication{{App: a, Events: []store.Event{stageEvent("", "saved", "api", t0)}}}); err != nil {
			t.Fatal(err)
		}
		stages := []string{"applied", "screening", "interviewing", "offer", "rejected", "ghosted", "withdrawn", "accepted"}
		var wg sync.WaitGroup
		errs := make(chan error, 24)
		for i := 0; i < 24; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				to := stages[i%len(stages)]
				_, err := s.MutateApplications(ctx, u.ID, []string{a.ID}, nil, func(x *store.Application) ([]store.Event, error) {
					if x.Stage == to {
						return nil, nil
					}
					e := stageEvent(x.Stage, to, "api", t0.Add(time.Duration(i)*time.Second))
					x.Stage = to
					return []store.Event{e}, nil
				})
				errs <- err
			}(i)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("concurrent move: %v", err)
			}
		}
		ev, err := s.Events(ctx, u.ID, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		// The history is one unbroken chain: each move starts where the previous one ended, and it ends at the stored stage.
		prev := ""
		for i, e := range ev {
			if e.Seq != i+1 || e.FromStage != prev {
				t.Fatalf("event %d: seq %d from %q, want seq %d from %q (%+v)", i, e.Seq, e.FromStage, i+1, prev, ev)
			}
			prev = e.ToStage
		}
		final, _ := s.Application(ctx, u.ID, a.ID)
		if prev != final.Stage || len(ev) < 2 {
			t.Fatalf("history ends at %q after %d events, stage is %q", prev, len(ev), final.Stage)
		}
	})
}

func TestApplicationFilters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u, other := newUser(t, s, "f@x.test"), newUser(t, s, "g@x.test")
		mk := func(uid, company, title, stage string, tags []string, applied *time.Time, prio int) store.Application {
			a := newApp(uid, company, title, stage)
			a.Tags, a.AppliedAt, a.Priority, a.Location = tags, applied, prio, "Berlin"
			if err := s.CreateApplications(ctx, []store.NewApplication{{App: a}}); err != nil {
				t.Fatal(err)
			}
			return a
		}
		jan, feb := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC), time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC)
		a := mk(u.ID, "acme", "Go Engineer", "applied", []string{"go", "remote"}, &jan, 1)
		b := mk(u.ID, "globex", "100% Remote SRE", "interviewing", []string{"remote"}, &feb, 3)
		mk(u.ID, "initech", "Manager", "saved", nil, nil, 0)
		mk(other.ID, "acme", "Go Engineer", "applied", []string{"go"}, &jan, 1)
		note := store.Note{ID: uuid.NewString(), UserID: u.ID, ApplicationID: a.ID, Body: "Talked to Priya about Kubernetes", CreatedAt: t0, UpdatedAt: t0}
		if err := s.CreateNote(ctx, note, store.Event{ID: uuid.NewString(), Kind: "note_added", OccurredAt: t0}); err != nil {
			t.Fatal(err)
		}
		ids := func(f store.ApplicationFilter) string {
			list, err := s.ListApplications(ctx, u.ID, f)
			if err != nil {
				t.Fatal(err)
			}
			out := ""
			for _, x := range list {
				out += x.Company + " "
			}
			return out
		}
		mar := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		cases := []struct {
			f    store.ApplicationFilter
			want string
		}{
			{store.ApplicationFilter{Sort: "company"}, "acme globex initech "},
			{store.ApplicationFilter{Sort: "-priority"}, "globex acme initech "},
			{store.ApplicationFilter{Sort: "applied_at"}, "acme globex initech "},
			{store.ApplicationFilter{Sort: "-applied_at"}, "globex acme initech "},
			{store.ApplicationFilter{Stages: []string{"applied", "interviewing"}, Sort: "company"}, "acme globex "},
			{store.ApplicationFilter{Tag: "remote", Sort: "company"}, "acme globex "},
			{store.ApplicationFilter{Tag: "go"}, "acme "},
			{store.ApplicationFilter{CompanyKey: "globex"}, "globex "},
			{store.ApplicationFilter{Query: "kubernetes"}, "acme "},
			{store.ApplicationFilter{Query: "100%"}, "globex "},
			{store.ApplicationFilter{Query: "0%"}, "globex "},
			{store.ApplicationFilter{Query: "_"}, ""},
			{store.ApplicationFilter{AppliedAfter: &feb, AppliedBefore: &mar}, "globex "},
			{store.ApplicationFilter{AppliedBefore: &feb}, "acme "},
			{store.ApplicationFilter{Sort: "company", Limit: 1, Offset: 1}, "globex "},
		}
		for i, c := range cases {
			if got := ids(c.f); got != c.want {
				t.Errorf("case %d %+v: got %q want %q", i, c.f, got, c.want)
			}
		}
		_ = b
	})
}

func TestFollowUpsAndNotificationsOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "n@x.test")
		a := newApp(u.ID, "acme", "Dev", "applied")
		applied := t0.Add(-10 * 24 * time.Hour)
		a.AppliedAt = &applied
		if err := s.CreateApplications(ctx, []store.NewApplication{{App: a}}); err != nil {
			t.Fatal(err)
		}
		c, err := s.FollowUpCandidates(ctx, 10)
		if err != nil || len(c) != 1 || c[0].ID != a.ID {
			t.Fatalf("candidates %v %v", c, err)
		}
		r := store.Reminder{ID: uuid.NewString(), UserID: u.ID, ApplicationID: a.ID, Kind: "follow_up", Title: "Follow up", DueAt: applied.Add(7 * 24 * time.Hour), CreatedAt: t0}
		var wg sync.WaitGroup
		var mu sync.Mutex
		made := 0
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := r
				r.ID = uuid.NewString()
				ok, err := s.CreateFollowUp(ctx, r, store.Event{ID: uuid.NewString(), Kind: "reminder_added", Origin: "system", OccurredAt: t0})
				if err != nil {
					t.Error(err)
				}
				if ok {
					mu.Lock()
					made++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if made != 1 {
			t.Fatalf("%d follow-ups created, want 1", made)
		}
		if c, _ := s.FollowUpCandidates(ctx, 10); len(c) != 0 {
			t.Fatalf("still a candidate after its follow-up: %v", c)
		}
		due, err := s.DueReminders(ctx, t0, 10)
		if err != nil || len(due) != 1 || due[0].Company != "acme" || due[0].UserID != u.ID {
			t.Fatalf("due %+v %v", due, err)
		}
		n := store.Notification{ID: uuid.NewString(), UserID: u.ID, Kind: "reminder", Title: "Follow up", DedupKey: "reminder:" + due[0].ID, CreatedAt: t0}
		if ok, err := s.NotifyReminder(ctx, due[0].ID, n, t0); err != nil || !ok {
			t.Fatalf("notify: %v %v", ok, err)
		}
		n.ID = uuid.NewString()
		if ok, err := s.CreateNotification(ctx, n); err != nil || ok {
			t.Fatalf("a second notification with the same key: %v %v", ok, err)
		}
		if due, _ := s.DueReminders(ctx, t0, 10); len(due) != 0 {
			t.Fatalf("notified reminder still due: %v", due)
		}
		if k, _ := s.UnreadNotifications(ctx, u.ID); k != 1 {
			t.Fatalf("unread %d", k)
		}
		list, _ := s.Notifications(ctx, u.ID, true, 10)
		if err := s.MarkNotificationRead(ctx, uuid.NewString(), list[0].ID, t0); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("another user marks read: %v", err)
		}
		if err := s.MarkNotificationRead(ctx, u.ID, list[0].ID, t0); err != nil {
			t.Fatal(err)
		}
		if k, _ := s.UnreadNotifications(ctx, u.ID); k != 0 {
			t.Fatalf("unread after read %d", k)
		}
		// Deleting the user takes everything.
		if err := s.DeleteUser(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		var left int
		for _, tbl := range []string{"applications", "reminders", "notifications", "application_events"} {
			if err := s.DB().QueryRow(`SELECT COUNT(*) FROM ` + tbl).Scan(&left); err != nil || left != 0 {
				t.Fatalf("%s: %d rows left after deleting the user (%v)", tbl, left, err)
			}
		}
	})
}
