package user

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// ErrInvalidToken is returned for any token that is malformed, expired, tampered with or revoked.
var ErrInvalidToken = errors.New("user: invalid or expired token")

// claims are the access token's contents.
type claims struct {
	Role string `json:"role"`
	TV   int    `json:"tv"` // the user's token version; bumping it revokes every access token
	jwt.RegisteredClaims
}

const issuer = "career-copilot"

func (s *Service) signAccess(u Account, now time.Time) (string, error) {
	c := claims{Role: u.Role, TV: u.tokenVersion, RegisteredClaims: jwt.RegisteredClaims{
		Subject: u.ID, Issuer: issuer, IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(s.cfg.AccessTTL)),
	}}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.cfg.Secret)
	if err != nil {
		return "", fmt.Errorf("user: sign access token: %w", err)
	}
	return tok, nil
}

// parseAccess verifies signature, algorithm (HS256 only: "none" and others are refused), issuer and expiry.
func (s *Service) parseAccess(raw string, now time.Time) (*claims, error) {
	c := &claims{}
	_, err := jwt.ParseWithClaims(raw, c, func(t *jwt.Token) (any, error) { return s.cfg.Secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer(issuer),
		jwt.WithExpirationRequired(), jwt.WithTimeFunc(func() time.Time { return now }))
	if err != nil {
		return nil, ErrInvalidToken
	}
	return c, nil
}

// randomToken returns 32 random bytes, URL-safe base64.
func randomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("user: crypto/rand failed: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is how opaque tokens are stored: a SHA-256, since they are already high-entropy.
func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}
