package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

var t0 = time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)

func newUser(t *testing.T, s *store.Store, email string) store.User {
	t.Helper()
	u, err := s.CreateUser(context.Background(), store.User{ID: uuid.NewString(), Email: email, PasswordHash: "h", CreatedAt: t0, UpdatedAt: t0}, store.NewUser{FirstIsAdmin: true})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestMigrationsUpDownUp(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s := storetest.OpenEmpty(t, d)
		n, err := s.MigrateUp(ctx)
		if err != nil || n == 0 {
			t.Fatalf("up: %d %v", n, err)
		}
		st, err := s.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if pending, _ := s.Pending(ctx); pending != 0 {
			t.Fatalf("pending after up = %d", pending)
		}
		down, err := s.MigrateDown(ctx, len(st))
		if err != nil || down != len(st) {
			t.Fatalf("down: %d of %d, %v", down, len(st), err)
		}
		if v, _ := s.SchemaVersion(ctx); v != 0 {
			t.Fatalf("version after full down = %d", v)
		}
		if p, _ := s.Pending(ctx); p != len(st) {
			t.Fatalf("pending after down = %d, want %d", p, len(st))
		}
		if _, err := s.MigrateUp(ctx); err != nil {
			t.Fatalf("up again: %v", err)
		}
		v, _ := s.SchemaVersion(ctx)
		if v != st[len(st)-1].Version {
			t.Fatalf("version %d, want %d", v, st[len(st)-1].Version)
		}
		hist, err := s.MigrationHistory(ctx)
		if err != nil || len(hist) != len(st) {
			t.Fatalf("history: %d rows, %v", len(hist), err)
		}
		// The schema works after the round trip.
		newUser(t, s, "after@roundtrip.test")
	})
}

func TestUsers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		a := newUser(t, s, "  First@Example.COM ")
		if a.Role != "admin" || a.Email != "first@example.com" {
			t.Fatalf("first user %+v", a)
		}
		b := newUser(t, s, "second@example.com")
		if b.Role != "user" {
			t.Fatalf("second user role %s", b.Role)
		}
		_, err := s.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: "SECOND@example.com", PasswordHash: "x", CreatedAt: t0, UpdatedAt: t0}, store.NewUser{})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate email: %v", err)
		}
		got, err := s.UserByEmail(ctx, "First@example.com")
		if err != nil || got.ID != a.ID || !got.CreatedAt.Equal(t0) {
			t.Fatalf("by email: %+v %v", got, err)
		}
		if _, err := s.UserByID(ctx, uuid.NewString()); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("missing user: %v", err)
		}
		if n, _ := s.CountUsers(ctx); n != 2 {
			t.Fatalf("count %d", n)
		}
	})
}

func TestConcurrentFirstUsersOneAdmin(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s := storetest.Open(t, d)
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				_, err := s.CreateUser(context.Background(), store.User{ID: uuid.NewString(), Email: uuid.NewString() + "@x.test", PasswordHash: "h", CreatedAt: t0, UpdatedAt: t0}, store.NewUser{FirstIsAdmin: true})
				errs <- err
			}(i)
		}
		wg.Wait()
		close(errs)
		ok := 0
		for err := range errs {
			if err == nil {
				ok++
			}
		}
		var admins int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM users WHERE role = 'admin'`).Scan(&admins); err != nil {
			t.Fatal(err)
		}
		if ok == 0 || admins != 1 {
			t.Fatalf("%d users created, %d admins; want exactly one admin", ok, admins)
		}
	})
}

func TestRefreshTokenRotation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "r@x.test")
		fam := uuid.NewString()
		first := store.RefreshToken{ID: uuid.NewString(), UserID: u.ID, FamilyID: fam, TokenHash: "h1", CreatedAt: t0, ExpiresAt: t0.Add(time.Hour)}
		if err := s.CreateRefreshToken(ctx, first); err != nil {
			t.Fatal(err)
		}
		old, err := s.RotateRefreshToken(ctx, "h1", store.RefreshToken{ID: uuid.NewString(), TokenHash: "h2", CreatedAt: t0, ExpiresAt: t0.Add(time.Hour)}, t0.Add(time.Minute))
		if err != nil || old.UsedAt != nil || old.FamilyID != fam {
			t.Fatalf("first rotation: %+v %v", old, err)
		}
		again, err := s.RotateRefreshToken(ctx, "h1", store.RefreshToken{ID: uuid.NewString(), TokenHash: "h3", CreatedAt: t0, ExpiresAt: t0.Add(time.Hour)}, t0.Add(2*time.Minute))
		if err != nil || again.UsedAt == nil {
			t.Fatalf("reuse must report the token as used: %+v %v", again, err)
		}
		if _, err := s.RefreshTokenByHash(ctx, "h3"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("a reused token must not mint a successor: %v", err)
		}
		if err := s.RevokeFamily(ctx, fam, t0.Add(3*time.Minute)); err != nil {
			t.Fatal(err)
		}
		h2, err := s.RefreshTokenByHash(ctx, "h2")
		if err != nil || h2.RevokedAt == nil {
			t.Fatalf("successor must be revoked with its family: %+v %v", h2, err)
		}
	})
}

func TestSessionsAndPasswordChange(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "s@x.test")
		keep := store.Session{ID: uuid.NewString(), UserID: u.ID, TokenHash: "keep", CreatedAt: t0, ExpiresAt: t0.Add(time.Hour)}
		other := store.Session{ID: uuid.NewString(), UserID: u.ID, TokenHash: "other", CreatedAt: t0, ExpiresAt: t0.Add(time.Hour)}
		for _, se := range []store.Session{keep, other} {
			if err := s.CreateSession(ctx, se); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.SessionByHash(ctx, "keep", t0.Add(2*time.Hour)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("expired session must not load: %v", err)
		}
		if err := s.SetPassword(ctx, u.ID, "newhash", keep.ID, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionByHash(ctx, "keep", t0); err != nil {
			t.Fatalf("current session kept: %v", err)
		}
		if _, err := s.SessionByHash(ctx, "other", t0); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other session must go: %v", err)
		}
		got, _ := s.UserByID(ctx, u.ID)
		if got.PasswordHash != "newhash" || got.TokenVersion != 2 {
			t.Fatalf("after password change %+v", got)
		}
		n, err := s.PruneExpired(ctx, t0.Add(2*time.Hour))
		if err != nil || n != 1 {
			t.Fatalf("prune: %d %v", n, err)
		}
	})
}

func TestDocsAndCascade(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u := newUser(t, s, "d@x.test")
		if _, err := s.GetDoc(ctx, "profile", u.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no profile yet: %v", err)
		}
		if err := s.PutDoc(ctx, "profile", u.ID, []byte(`{"full_name":"Ada"}`), t0); err != nil {
			t.Fatal(err)
		}
		if err := s.PutDoc(ctx, "profile", u.ID, []byte(`{"full_name":"Ada L"}`), t0.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
		doc, err := s.GetDoc(ctx, "profile", u.ID)
		// PostgreSQL's jsonb re-spaces the document; the content is what matters.
		if err != nil || (string(doc.Data) != `{"full_name": "Ada L"}` && string(doc.Data) != `{"full_name":"Ada L"}`) || !doc.UpdatedAt.Equal(t0.Add(time.Second)) {
			t.Fatalf("profile %s %v %v", doc.Data, doc.UpdatedAt, err)
		}
		if err := s.DeleteUser(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetDoc(ctx, "profile", u.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("profile must go with its user: %v", err)
		}
	})
}
