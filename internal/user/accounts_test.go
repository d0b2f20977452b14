package user

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A password change through one replica revokes its access tokens there at once, and on another
// replica once authTTL has passed.
func TestAccessTokenRevokedAcrossReplicas(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx, st := context.Background(), storetest.Open(t, d)
		cfg := Config{Secret: []byte("test-secret-test-secret-test-secret-0123"), AccessTTL: 15 * time.Minute, RefreshTTL: time.Hour,
			SessionTTL: time.Hour, Registration: "open", LoginMaxAttempts: 5, LoginWindow: time.Minute}
		a, b := New(st, cfg, nil), New(st, cfg, nil)
		clock := time.Now()
		a.SetClock(func() time.Time { return clock })
		b.SetClock(func() time.Time { return clock })
		acct, err := a.Register(ctx, Registration{Email: "r@example.com", Password: "correct horse 9"})
		if err != nil {
			t.Fatal(err)
		}
		tok, err := a.IssueTokens(ctx, acct)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []*Service{a, b} {
			if _, err := s.AuthenticateAccess(ctx, tok.AccessToken); err != nil {
				t.Fatalf("fresh token refused: %v", err)
			}
		}
		if err := a.ChangePassword(ctx, acct.ID, "", "correct horse 9", "battery staple 10"); err != nil {
			t.Fatal(err)
		}
		if _, err := a.AuthenticateAccess(ctx, tok.AccessToken); !errors.Is(err, ErrInvalidToken) {
			t.Fatalf("the replica that changed the password still takes the old token: %v", err)
		}
		clock = clock.Add(authTTL - time.Millisecond)
		if _, err := b.AuthenticateAccess(ctx, tok.AccessToken); err != nil {
			t.Fatalf("within authTTL the other replica answers from memory: %v", err)
		}
		clock = clock.Add(time.Millisecond)
		if _, err := b.AuthenticateAccess(ctx, tok.AccessToken); !errors.Is(err, ErrInvalidToken) {
			t.Fatalf("after authTTL the other replica still takes the old token: %v", err)
		}
	})
}
