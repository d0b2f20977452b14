// Package user manages accounts: registration, login, sessions, tokens and password changes.
package user

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Errors the API maps to HTTP statuses.
var (
	ErrBadCredentials     = errors.New("user: invalid email or password")
	ErrEmailTaken         = errors.New("user: email already registered")
	ErrRegistrationClosed = errors.New("user: registration is closed")
	ErrInviteRequired     = errors.New("user: a valid invite code is required")
	ErrNotFound           = errors.New("user: not found")
)

// RateLimited is returned when too many login attempts were made; RetryAfter says when to try again.
type RateLimited struct{ RetryAfter time.Duration }

func (e *RateLimited) Error() string {
	return fmt.Sprintf("user: too many login attempts, retry in %s", e.RetryAfter.Round(time.Second))
}

// Account is a user as the rest of the product sees it.
type Account struct {
	ID           string    `json:"id"`
	Email        string    `json:"email"`
	Role         string    `json:"role"`
	CreatedAt    time.Time `json:"created_at"`
	tokenVersion int
}

// IsAdmin reports whether the account has the admin role.
func (a Account) IsAdmin() bool { return a.Role == "admin" }

// Tokens is what an API client receives at login and refresh.
type Tokens struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
}

// Config is the part of the configuration the service needs.
type Config struct {
	Secret           []byte
	AccessTTL        time.Duration
	RefreshTTL       time.Duration
	SessionTTL       time.Duration
	Registration     string // open, invite, closed
	LoginMaxAttempts int
	LoginWindow      time.Duration
}

// Service implements account operations over the store.
type Service struct {
	st       *store.Store
	cfg      Config
	limiter  ratelimit.Counter
	now      func() time.Time
	accounts accountCache // what authentication read, for authTTL (accounts.go)
}

// New builds the service; limiter counts login attempts (in memory or in Redis).
func New(st *store.Store, cfg Config, limiter ratelimit.Counter) *Service {
	if limiter == nil {
		limiter = ratelimit.NewMemory(nil)
	}
	return &Service{st: st, cfg: cfg, limiter: limiter, now: time.Now}
}

// SetClock replaces the clock, for tests.
func (s *Service) SetClock(now func() time.Time) { s.now = now }

func toAccount(u store.User) Account {
	return Account{ID: u.ID, Email: u.Email, Role: u.Role, CreatedAt: u.CreatedAt, tokenVersion: u.TokenVersion}
}

// normalizeEmail validates and lower-cases an address.
func normalizeEmail(raw string) (string, string) {
	e := strings.ToLower(strings.TrimSpace(raw))
	if e == "" {
		return "", "is required"
	}
	if len(e) > 254 {
		return "", "must be at most 254 characters"
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || !strings.Contains(e[strings.IndexByte(e, '@')+1:], ".") {
		return "", "must be a valid email address"
	}
	return e, ""
}

// Registration is the input of Register.
type Registration struct {
	Email      string
	Password   string
	InviteCode string
	Admin      bool // only honoured for the CLI (Create)
}

// Register creates an account under the configured registration policy. The first user becomes admin.
func (s *Service) Register(ctx context.Context, r Registration) (Account, error) {
	n, err := s.st.CountUsers(ctx)
	if err != nil {
		return Account{}, err
	}
	opt := store.NewUser{FirstIsAdmin: true}
	// The very first account may always be made, so a fresh install in invite mode can be bootstrapped.
	if n > 0 {
		switch s.cfg.Registration {
		case "closed":
			return Account{}, ErrRegistrationClosed
		case "invite":
			if strings.TrimSpace(r.InviteCode) == "" {
				return Account{}, ErrInviteRequired
			}
			opt.InviteHash = hashToken(strings.TrimSpace(r.InviteCode))
		}
	}
	r.Admin = false
	a, err := s.create(ctx, r, opt)
	if errors.Is(err, store.ErrNotFound) && opt.InviteHash != "" {
		return Account{}, ErrInviteRequired
	}
	return a, err
}

// Create makes an account regardless of the registration policy, for `copilot user create`.
func (s *Service) Create(ctx context.Context, r Registration) (Account, error) {
	return s.create(ctx, r, store.NewUser{FirstIsAdmin: true})
}

func (s *Service) create(ctx context.Context, r Registration, opt store.NewUser) (Account, error) {
	var fe validate.Errors
	email, problem := normalizeEmail(r.Email)
	if problem != "" {
		fe.Add("email", problem)
	}
	if p := PasswordProblem(r.Password, email); p != "" {
		fe.Add("password", p)
	}
	if err := fe.Err(); err != nil {
		return Account{}, err
	}
	hash, err := HashPassword(r.Password)
	if err != nil {
		return Account{}, err
	}
	now := s.now().UTC()
	u := store.User{ID: uuid.NewString(), Email: email, PasswordHash: hash, CreatedAt: now, UpdatedAt: now}
	if r.Admin {
		u.Role = "admin"
	}
	u, err = s.st.CreateUser(ctx, u, opt)
	if errors.Is(err, store.ErrConflict) {
		return Account{}, ErrEmailTaken
	}
	if err != nil {
		return Account{}, fmt.Errorf("user: register: %w", err)
	}
	return toAccount(u), nil
}

// Login checks credentials, rate limited per account and per client IP.
func (s *Service) Login(ctx context.Context, email, password, ip string) (Account, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	acctKey, ipKey := "login:acct:"+email, "login:ip:"+ip
	for _, k := range []struct {
		key   string
		limit int
	}{{acctKey, s.cfg.LoginMaxAttempts}, {ipKey, 3 * s.cfg.LoginMaxAttempts}} {
		n, reset, err := s.limiter.Peek(ctx, k.key, s.cfg.LoginWindow)
		if err == nil && n >= k.limit {
			return Account{}, &RateLimited{RetryAfter: reset}
		}
	}
	fail := func() (Account, error) {
		_, _, _ = s.limiter.Add(ctx, acctKey, s.cfg.LoginWindow)
		_, _, _ = s.limiter.Add(ctx, ipKey, s.cfg.LoginWindow)
		return Account{}, ErrBadCredentials
	}
	u, err := s.st.UserByEmail(ctx, email)
	if errors.Is(err, store.ErrNotFound) {
		_, _ = CheckPassword(dummyHash, password)
		return fail()
	}
	if err != nil {
		return Account{}, fmt.Errorf("user: login: %w", err)
	}
	ok, err := CheckPassword(u.PasswordHash, password)
	if err != nil || !ok {
		return fail()
	}
	_ = s.limiter.Reset(ctx, acctKey)
	return toAccount(u), nil
}

// Get loads an account by id.
func (s *Service) Get(ctx context.Context, id string) (Account, error) {
	u, err := s.st.UserByID(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return Account{}, ErrNotFound
	}
	if err != nil {
		return Account{}, fmt.Errorf("user: get: %w", err)
	}
	return toAccount(u), nil
}

// ChangePassword verifies the current password, stores the new one and revokes every other
// session, every refresh token and every access token issued before.
func (s *Service) ChangePassword(ctx context.Context, userID, keepSessionID, current, next string) error {
	u, err := s.st.UserByID(ctx, userID)
	if err != nil {
		return fmt.Errorf("user: change password: %w", err)
	}
	if ok, _ := CheckPassword(u.PasswordHash, current); !ok {
		return validate.Errors{{Field: "current_password", Message: "is not your current password"}}
	}
	if p := PasswordProblem(next, u.Email); p != "" {
		return validate.Errors{{Field: "new_password", Message: p}}
	}
	hash, err := HashPassword(next)
	if err != nil {
		return err
	}
	defer s.Forget(userID)
	return s.st.SetPassword(ctx, userID, hash, keepSessionID, s.now())
}

// Delete removes the account and everything it owns, after checking the password.
func (s *Service) Delete(ctx context.Context, userID, password string) error {
	u, err := s.st.UserByID(ctx, userID)
	if err != nil {
		return fmt.Errorf("user: delete: %w", err)
	}
	if ok, _ := CheckPassword(u.PasswordHash, password); !ok {
		return validate.Errors{{Field: "password", Message: "is not your password"}}
	}
	defer s.Forget(userID)
	return s.st.DeleteUser(ctx, userID)
}

// CreateInvite returns a new single-use invite code valid for a week.
func (s *Service) CreateInvite(ctx context.Context, adminID string) (string, time.Time, error) {
	code := randomToken()[:22]
	now := s.now()
	exp := now.Add(7 * 24 * time.Hour)
	if err := s.st.CreateInvite(ctx, hashToken(code), adminID, now, exp); err != nil {
		return "", time.Time{}, err
	}
	return code, exp, nil
}
