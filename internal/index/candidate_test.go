package index

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// Two replicas share a database: a profile or resume saved through one is what the other matches
// with once userTTL has passed, and at once on the replica that saved it.
func TestCandidateFollowsOtherReplica(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st := storetest.Open(t, d)
		u, err := st.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: "r@example.com", PasswordHash: "h", CreatedAt: t0, UpdatedAt: t0}, store.NewUser{})
		if err != nil {
			t.Fatal(err)
		}
		a, b := New(st, profile.NewService(st)), New(st, profile.NewService(st))
		clockA, clockB := t0, t0
		a.SetClock(func() time.Time { return clockA })
		b.SetClock(func() time.Time { return clockB })
		c1, err := b.Candidate(ctx, u.ID)
		if err != nil || len(c1.Skills()) != 0 {
			t.Fatalf("empty profile: %v %v", c1.Skills(), err)
		}
		if _, err := a.Candidate(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		p := profile.DefaultProfile()
		p.Skills = []string{"Python"}
		if _, err := a.profiles.SaveProfile(ctx, u.ID, p); err != nil {
			t.Fatal(err)
		}
		if ca, _ := a.Candidate(ctx, u.ID); len(ca.Skills()) != 1 {
			t.Fatalf("replica a did not see its own save at once: %+v", ca.Skills())
		}
		clockB = clockB.Add(userTTL - time.Millisecond)
		if c, _ := b.Candidate(ctx, u.ID); c != c1 {
			t.Fatal("within userTTL replica b must answer without reading the versions again")
		}
		clockB = clockB.Add(time.Millisecond)
		c2, _ := b.Candidate(ctx, u.ID)
		if len(c2.Skills()) != 1 || c2.Skills()[0].Skill != "Python" {
			t.Fatalf("replica b did not see the profile after userTTL: %+v", c2.Skills())
		}
		clockB = clockB.Add(time.Hour)
		if c3, _ := b.Candidate(ctx, u.ID); c3 != c2 {
			t.Error("an unchanged profile must reuse the prepared candidate")
		}
		if _, err := a.UploadResume(ctx, u.ID, "cv.txt", []byte("Jane Roe\n\nExperience\nBackend Engineer, Acme\nJan 2020 - Present\n• Built services in Go and Kafka with PostgreSQL.\n\nSkills\nPostgreSQL, Kafka\n")); err != nil {
			t.Fatal(err)
		}
		if ca, _ := a.Candidate(ctx, u.ID); len(ca.Skills()) < 3 {
			t.Fatalf("replica a did not see its own resume at once: %+v", ca.Skills())
		}
		clockB = clockB.Add(userTTL)
		c4, _ := b.Candidate(ctx, u.ID)
		if len(c4.Skills()) < 3 {
			t.Fatalf("replica b did not see the resume: %+v", c4.Skills())
		}
	})
}
