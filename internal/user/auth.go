package user

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
)

// IssueTokens starts a new refresh-token family and signs an access token.
func (s *Service) IssueTokens(ctx context.Context, a Account) (Tokens, error) {
	now := s.now()
	raw := randomToken()
	err := s.st.CreateRefreshToken(ctx, store.RefreshToken{ID: uuid.NewString(), UserID: a.ID, FamilyID: uuid.NewString(),
		TokenHash: hashToken(raw), CreatedAt: now, ExpiresAt: now.Add(s.cfg.RefreshTTL)})
	if err != nil {
		return Tokens{}, fmt.Errorf("user: issue tokens: %w", err)
	}
	return s.tokens(a, raw, now)
}

func (s *Service) tokens(a Account, refresh string, now time.Time) (Tokens, error) {
	access, err := s.signAccess(a, now)
	if err != nil {
		return Tokens{}, err
	}
	return Tokens{AccessToken: access, RefreshToken: refresh, TokenType: "Bearer", ExpiresIn: int(s.cfg.AccessTTL.Seconds())}, nil
}

// Refresh rotates a refresh token. Presenting a token that was already used revokes its
// whole family, since one of the two holders must be a thief.
func (s *Service) Refresh(ctx context.Context, raw string) (Tokens, error) {
	if raw == "" {
		return Tokens{}, ErrInvalidToken
	}
	now := s.now()
	next := randomToken()
	old, err := s.st.RotateRefreshToken(ctx, hashToken(raw), store.RefreshToken{ID: uuid.NewString(), TokenHash: hashToken(next), CreatedAt: now, ExpiresAt: now.Add(s.cfg.RefreshTTL)}, now)
	if errors.Is(err, store.ErrNotFound) {
		return Tokens{}, ErrInvalidToken
	}
	if err != nil {
		return Tokens{}, fmt.Errorf("user: refresh: %w", err)
	}
	if old.UsedAt != nil {
		if err := s.st.RevokeFamily(ctx, old.FamilyID, now); err != nil {
			return Tokens{}, err
		}
		return Tokens{}, ErrInvalidToken
	}
	if old.RevokedAt != nil || !old.ExpiresAt.After(now) {
		return Tokens{}, ErrInvalidToken
	}
	u, err := s.st.UserByID(ctx, old.UserID)
	if err != nil {
		return Tokens{}, ErrInvalidToken
	}
	return s.tokens(toAccount(u), next, now)
}

// RevokeRefresh revokes the family of a refresh token (API logout). Unknown tokens are ignored.
func (s *Service) RevokeRefresh(ctx context.Context, raw string) error {
	t, err := s.st.RefreshTokenByHash(ctx, hashToken(raw))
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.st.RevokeFamily(ctx, t.FamilyID, s.now())
}

// AuthenticateAccess checks a bearer access token and that it was not revoked by a password change.
func (s *Service) AuthenticateAccess(ctx context.Context, raw string) (Account, error) {
	c, err := s.parseAccess(raw, s.now())
	if err != nil {
		return Account{}, err
	}
	a, err := s.account(ctx, c.Subject)
	if err != nil || a.tokenVersion != c.TV {
		return Account{}, ErrInvalidToken
	}
	return a, nil
}

// StartSession creates a browser session and returns the cookie value.
func (s *Service) StartSession(ctx context.Context, a Account) (token string, expires time.Time, err error) {
	now := s.now()
	token = randomToken()
	expires = now.Add(s.cfg.SessionTTL)
	err = s.st.CreateSession(ctx, store.Session{ID: uuid.NewString(), UserID: a.ID, TokenHash: hashToken(token), CreatedAt: now, ExpiresAt: expires})
	if err != nil {
		return "", time.Time{}, fmt.Errorf("user: start session: %w", err)
	}
	return token, expires, nil
}

// AuthenticateSession checks a session cookie and returns its account and session id.
func (s *Service) AuthenticateSession(ctx context.Context, token string) (Account, string, error) {
	if token == "" {
		return Account{}, "", ErrInvalidToken
	}
	se, err := s.st.SessionByHash(ctx, hashToken(token), s.now())
	if err != nil {
		return Account{}, "", ErrInvalidToken
	}
	a, err := s.account(ctx, se.UserID)
	if err != nil {
		return Account{}, "", ErrInvalidToken
	}
	return a, se.ID, nil
}

// EndSession deletes a browser session.
func (s *Service) EndSession(ctx context.Context, sessionID string) error {
	return s.st.DeleteSession(ctx, sessionID)
}
