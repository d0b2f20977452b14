// Package config reads Career Copilot's typed configuration from the environment and flags.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/ratelimit"
)

// Config is the whole configuration, read once at startup and passed down explicitly.
type Config struct {
	Addr              string
	DataDir           string
	DatabaseURL       string
	RedisURL          string
	JWTSecret         string
	AutoMigrate       bool
	Registration      string
	LogFormat         string
	LogLevel          string
	BaseURL           string
	AllowPrivateFetch bool
	FlagsFile         string
	ShutdownTimeout   time.Duration
	AccessTokenTTL    time.Duration
	RefreshTokenTTL   time.Duration
	SessionTTL        time.Duration
	CookieSecure      bool
	TrustProxy        bool
	DBMaxConns        int
	Role              string
	LoginMaxAttempts  int
	LoginWindow       time.Duration
	AlertInterval     time.Duration
	RateAuth          ratelimit.Rate
	RateWrites        ratelimit.Rate
	RateReads         ratelimit.Rate
	WorkerConcurrency int
	MemoryLimit       int64 // bytes; 0 is no limit
	SMTPHost          string
	SMTPPort          int
	SMTPUsername      string
	SMTPPassword      string
	SMTPFrom          string
	SMTPTLS           string
}

// Postgres reports whether the configured database is PostgreSQL rather than the embedded SQLite.
func (c *Config) Postgres() bool {
	return strings.HasPrefix(c.DatabaseURL, "postgres://") || strings.HasPrefix(c.DatabaseURL, "postgresql://")
}

// SQLitePath is the embedded database file.
func (c *Config) SQLitePath() string { return filepath.Join(c.DataDir, "copilot.db") }

// Error names the setting whose value is invalid.
type Error struct {
	Env    string
	Value  string
	Reason string
}

func (e *Error) Error() string {
	return fmt.Sprintf("config: %s=%q is invalid: %s", e.Env, e.Value, e.Reason)
}

// Load reads every setting from lookup (usually os.LookupEnv), then applies flag values
// (keyed by environment name), and validates the result.
func Load(lookup func(string) (string, bool), flags map[string]string) (*Config, error) {
	c := &Config{}
	var errs []error
	for _, s := range Settings {
		v := s.Default
		if got, ok := lookup(s.Env); ok {
			v = got
		}
		if got, ok := flags[s.Env]; ok {
			v = got
		}
		if err := s.apply(c, v); err != nil {
			errs = append(errs, &Error{Env: s.Env, Value: mask(s, v), Reason: err.Error()})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// FromEnv loads the configuration from the process environment alone.
func FromEnv() (*Config, error) { return Load(os.LookupEnv, nil) }

// Validate checks the rules that span several settings.
func (c *Config) Validate() error {
	if c.DatabaseURL != "" && !c.Postgres() {
		return &Error{Env: "DATABASE_URL", Value: redactURL(c.DatabaseURL), Reason: "must start with postgres:// or postgresql:// (leave it empty for the embedded SQLite)"}
	}
	if c.Postgres() {
		if _, err := url.Parse(c.DatabaseURL); err != nil {
			return &Error{Env: "DATABASE_URL", Value: "…", Reason: "not a URL"}
		}
		if c.JWTSecret == "" {
			return &Error{Env: "JWT_SECRET", Reason: "is required with PostgreSQL (production); generate one with `openssl rand -base64 48`"}
		}
	}
	if c.JWTSecret != "" && len(c.JWTSecret) < 32 {
		return &Error{Env: "JWT_SECRET", Value: "…", Reason: "must be at least 32 characters"}
	}
	if c.RedisURL != "" && !strings.HasPrefix(c.RedisURL, "redis://") && !strings.HasPrefix(c.RedisURL, "rediss://") {
		return &Error{Env: "REDIS_URL", Value: redactURL(c.RedisURL), Reason: "must start with redis:// or rediss://"}
	}
	return nil
}

func mask(s Setting, v string) string {
	if s.Secret && v != "" {
		return "…"
	}
	return v
}

func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "…"
	}
	if u.User != nil {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Dump lists every setting with its effective value, secrets masked, for `copilot config`.
func (c *Config) Dump() []string {
	var out []string
	for _, s := range Settings {
		v := s.get(c)
		if s.Secret && v != "" {
			v = "(set)"
		} else if strings.Contains(s.Env, "URL") {
			v = redactURL(v)
		}
		out = append(out, s.Env+"="+v)
	}
	return out
}
