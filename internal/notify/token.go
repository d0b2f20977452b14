package notify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strings"
)

// ErrBadToken is returned for an unsubscribe token that was not signed by this server.
var ErrBadToken = errors.New("notify: invalid unsubscribe token")

// Tokens signs unsubscribe links with a key derived from the server secret, so a link works without logging in.
type Tokens struct{ key []byte }

// NewTokens derives the unsubscribe key from secret (the JWT secret); the derivation keeps the two keys apart.
func NewTokens(secret []byte) Tokens {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("copilot unsubscribe v1"))
	return Tokens{key: m.Sum(nil)}
}

func (t Tokens) mac(payload string) string {
	m := hmac.New(sha256.New, t.key)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// Sign makes the token of an alert's email unsubscribe link.
func (t Tokens) Sign(alertID string) string {
	p := "a." + alertID
	return base64.RawURLEncoding.EncodeToString([]byte(p)) + "." + t.mac(p)
}

// Verify returns the alert id a token was signed for.
func (t Tokens) Verify(token string) (string, error) {
	enc, sig, ok := strings.Cut(token, ".")
	if !ok {
		return "", ErrBadToken
	}
	raw, err := base64.RawURLEncoding.DecodeString(enc)
	if err != nil {
		return "", ErrBadToken
	}
	p := string(raw)
	if !hmac.Equal([]byte(sig), []byte(t.mac(p))) || !strings.HasPrefix(p, "a.") {
		return "", ErrBadToken
	}
	return strings.TrimPrefix(p, "a."), nil
}
