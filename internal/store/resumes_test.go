package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestResumes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "cv@example.com")
		other := newUser(t, s, "other@example.com")
		mk := func(name string, at time.Time) store.Resume {
			r, err := s.CreateResume(ctx, store.Resume{ID: uuid.NewString(), UserID: u.ID, Filename: name, Format: "text",
				SizeBytes: 42, Parsed: []byte(`{"Text":"hello"}`), CreatedAt: at, UpdatedAt: at})
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		a := mk("a.txt", t0)
		b := mk("b.txt", t0.Add(time.Minute))
		if !a.Primary || b.Primary {
			t.Fatalf("first resume must be primary: a=%v b=%v", a.Primary, b.Primary)
		}
		list, err := s.Resumes(ctx, u.ID)
		if err != nil || len(list) != 2 || list[0].ID != b.ID {
			t.Fatalf("list = %+v, %v", list, err)
		}
		got, err := s.Resume(ctx, u.ID, a.ID)
		if err != nil || string(got.Parsed) == "" || got.Filename != "a.txt" || !got.CreatedAt.Equal(t0) {
			t.Fatalf("get = %+v, %v", got, err)
		}
		if _, err := s.Resume(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's resume: %v", err)
		}
		if err := s.SetPrimaryResume(ctx, other.ID, b.ID, t0); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user sets primary: %v", err)
		}
		if err := s.SetPrimaryResume(ctx, u.ID, b.ID, t0); err != nil {
			t.Fatal(err)
		}
		if p, _ := s.PrimaryResume(ctx, u.ID); p.ID != b.ID {
			t.Fatalf("primary = %s, want b", p.ID)
		}
		if err := s.DeleteResume(ctx, other.ID, b.ID, t0); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user deletes: %v", err)
		}
		if err := s.DeleteResume(ctx, u.ID, b.ID, t0); err != nil {
			t.Fatal(err)
		}
		if p, err := s.PrimaryResume(ctx, u.ID); err != nil || p.ID != a.ID {
			t.Fatalf("after deleting the primary, a must be primary: %+v %v", p, err)
		}
		if err := s.DeleteResume(ctx, u.ID, a.ID, t0); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PrimaryResume(ctx, u.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no resumes left: %v", err)
		}
	})
}
