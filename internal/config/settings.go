package config

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/ratelimit"
)

// Setting is one configuration variable: the table below is the single source for
// loading, validation messages and the generated configuration reference.
type Setting struct {
	Env         string // environment variable
	Flag        string // serve flag, when there is one
	Default     string
	Description string
	Secret      bool
	apply       func(c *Config, v string) error
	get         func(c *Config) string
}

// Settings is every variable the binary reads.
var Settings = []Setting{
	str("COPILOT_ADDR", "addr", ":8000", "HTTP listen address.", func(c *Config) *string { return &c.Addr }, validAddr),
	str("COPILOT_DATA_DIR", "data-dir", "./data", "Directory of the embedded SQLite database, the generated JWT secret and uploads.", func(c *Config) *string { return &c.DataDir }, nonEmpty),
	str("DATABASE_URL", "", "", "PostgreSQL URL (postgres://user:pass@host:5432/db). Empty: the embedded SQLite in the data dir.", func(c *Config) *string { return &c.DatabaseURL }, nil),
	str("REDIS_URL", "", "", "Redis URL (redis://host:6379/0) for rate limits shared by replicas. Empty: in-process limits.", func(c *Config) *string { return &c.RedisURL }, nil),
	secret("JWT_SECRET", "Secret signing access tokens (≥ 32 characters). Generated into the data dir on the embedded default; required with PostgreSQL.", func(c *Config) *string { return &c.JWTSecret }),
	boolean("COPILOT_AUTO_MIGRATE", "", "false", "Apply pending migrations at startup on PostgreSQL (the embedded SQLite always does).", func(c *Config) *bool { return &c.AutoMigrate }),
	str("COPILOT_REGISTRATION", "", "open", "Who may register: open, invite (an admin's invite code), or closed (only `copilot user create`).", func(c *Config) *string { return &c.Registration }, oneOf("open", "invite", "closed")),
	str("COPILOT_LOG_FORMAT", "", "text", "Log format: text or json.", func(c *Config) *string { return &c.LogFormat }, oneOf("text", "json")),
	str("COPILOT_LOG_LEVEL", "", "info", "Log level: debug, info, warn or error.", func(c *Config) *string { return &c.LogLevel }, oneOf("debug", "info", "warn", "error")),
	str("COPILOT_BASE_URL", "", "http://localhost:8000", "Public URL of the server, used in links sent by email and in calendar feeds.", func(c *Config) *string { return &c.BaseURL }, validURL),
	boolean("COPILOT_ALLOW_PRIVATE_FETCH", "", "false", "Allow sources whose URLs resolve to loopback, private or link-local addresses (for self-hosted mirrors).", func(c *Config) *bool { return &c.AllowPrivateFetch }),
	str("COPILOT_FLAGS_FILE", "", "", "JSON file of feature flags, reloaded on change. Empty: built-in defaults.", func(c *Config) *string { return &c.FlagsFile }, nil),
	duration("COPILOT_SHUTDOWN_TIMEOUT", "", "15s", "How long in-flight requests and tasks get to finish on SIGTERM.", func(c *Config) *time.Duration { return &c.ShutdownTimeout }),
	duration("COPILOT_ACCESS_TOKEN_TTL", "", "15m", "Lifetime of a JWT access token.", func(c *Config) *time.Duration { return &c.AccessTokenTTL }),
	duration("COPILOT_REFRESH_TOKEN_TTL", "", "720h", "Lifetime of a refresh token.", func(c *Config) *time.Duration { return &c.RefreshTokenTTL }),
	duration("COPILOT_SESSION_TTL", "", "720h", "Lifetime of a browser session cookie.", func(c *Config) *time.Duration { return &c.SessionTTL }),
	boolean("COPILOT_COOKIE_SECURE", "", "false", "Mark cookies Secure (set true behind HTTPS).", func(c *Config) *bool { return &c.CookieSecure }),
	boolean("COPILOT_TRUST_PROXY", "", "false", "Take the client IP from X-Forwarded-For (only behind a trusted reverse proxy).", func(c *Config) *bool { return &c.TrustProxy }),
	integer("COPILOT_DB_MAX_CONNS", "", "10", "Maximum open database connections (PostgreSQL; SQLite uses one writer and this many readers).", 1, 1000, func(c *Config) *int { return &c.DBMaxConns }),
	str("COPILOT_ROLE", "role", "all", "What this process runs: all, api (HTTP only) or worker (background tasks only).", func(c *Config) *string { return &c.Role }, oneOf("all", "api", "worker")),
	integer("COPILOT_LOGIN_MAX_ATTEMPTS", "", "10", "Failed-login budget per account and window (per IP: three times as many).", 1, 10000, func(c *Config) *int { return &c.LoginMaxAttempts }),
	duration("COPILOT_ALERT_INTERVAL", "", "15s", "How often instant alerts look for new matching postings (River's leader runs the pass; POST /api/v1/alerts/check runs it at once).", func(c *Config) *time.Duration { return &c.AlertInterval }),
	duration("COPILOT_LOGIN_WINDOW", "", "15m", "Window of the login rate limit.", func(c *Config) *time.Duration { return &c.LoginWindow }),
	rate("COPILOT_RATE_AUTH", "20/1m", "Sign-in, sign-up and other non-GET requests to /api/v1/auth/* per client and window, as N/window (per user when signed in, else per IP).", func(c *Config) *ratelimit.Rate { return &c.RateAuth }),
	rate("COPILOT_RATE_WRITES", "120/1m", "Other unsafe API requests (POST, PUT, PATCH, DELETE) per client and window, as N/window.", func(c *Config) *ratelimit.Rate { return &c.RateWrites }),
	rate("COPILOT_RATE_READS", "600/1m", "Other API reads (GET, HEAD) per client and window, as N/window.", func(c *Config) *ratelimit.Rate { return &c.RateReads }),
	integer("COPILOT_WORKER_CONCURRENCY", "", "4", "Background tasks run at once by this process.", 1, 256, func(c *Config) *int { return &c.WorkerConcurrency }),
	size("COPILOT_MEMORY_LIMIT", "110MiB", "Soft limit of the server's Go memory (as GOMEMLIMIT, which wins when set): the garbage collector works harder near it. Raised to the live heap plus half when that is more, so a big corpus costs memory, not endless collection. 0 turns it off.", func(c *Config) *int64 { return &c.MemoryLimit }),
	str("SMTP_HOST", "", "", "SMTP server for email notifications. Empty: email is off.", func(c *Config) *string { return &c.SMTPHost }, nil),
	integer("SMTP_PORT", "", "587", "SMTP port.", 1, 65535, func(c *Config) *int { return &c.SMTPPort }),
	str("SMTP_USERNAME", "", "", "SMTP user name.", func(c *Config) *string { return &c.SMTPUsername }, nil),
	secret("SMTP_PASSWORD", "SMTP password.", func(c *Config) *string { return &c.SMTPPassword }),
	str("SMTP_FROM", "", "Career Copilot <copilot@localhost>", "Sender address of notification emails.", func(c *Config) *string { return &c.SMTPFrom }, nil),
	str("SMTP_TLS", "", "starttls", "SMTP transport security: starttls, tls or none.", func(c *Config) *string { return &c.SMTPTLS }, oneOf("starttls", "tls", "none")),
}

func str(env, flag, def, desc string, field func(*Config) *string, check func(string) error) Setting {
	return Setting{Env: env, Flag: flag, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			v = strings.TrimSpace(v)
			if check != nil {
				if err := check(v); err != nil {
					return err
				}
			}
			*field(c) = v
			return nil
		},
		get: func(c *Config) string { return *field(c) }}
}

func secret(env, desc string, field func(*Config) *string) Setting {
	s := str(env, "", "", desc, field, nil)
	s.Secret = true
	return s
}

func boolean(env, flag, def, desc string, field func(*Config) *bool) Setting {
	return Setting{Env: env, Flag: flag, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			b, err := strconv.ParseBool(strings.TrimSpace(v))
			if err != nil {
				return fmt.Errorf("want true or false")
			}
			*field(c) = b
			return nil
		},
		get: func(c *Config) string { return strconv.FormatBool(*field(c)) }}
}

func duration(env, flag, def, desc string, field func(*Config) *time.Duration) Setting {
	return Setting{Env: env, Flag: flag, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			d, err := time.ParseDuration(strings.TrimSpace(v))
			if err != nil || d <= 0 {
				return fmt.Errorf("want a positive duration such as 30s, 15m or 720h")
			}
			*field(c) = d
			return nil
		},
		get: func(c *Config) string { return field(c).String() }}
}

func integer(env, flag, def, desc string, lo, hi int, field func(*Config) *int) Setting {
	return Setting{Env: env, Flag: flag, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < lo || n > hi {
				return fmt.Errorf("want a whole number from %d to %d", lo, hi)
			}
			*field(c) = n
			return nil
		},
		get: func(c *Config) string { return strconv.Itoa(*field(c)) }}
}

func rate(env, def, desc string, field func(*Config) *ratelimit.Rate) Setting {
	return Setting{Env: env, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			r, err := ratelimit.ParseRate(v)
			if err != nil {
				return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "ratelimit: "))
			}
			*field(c) = r
			return nil
		},
		get: func(c *Config) string { return field(c).String() }}
}

// sizeUnits are the suffixes a size may have, as GOMEMLIMIT writes them.
var sizeUnits = []struct {
	suffix string
	bytes  int64
}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}}

// parseSize reads a whole number of bytes with an optional unit: 0, 512MiB, 2GiB, 1048576.
func parseSize(v string) (int64, error) {
	v = strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range sizeUnits {
		if n, ok := strings.CutSuffix(v, u.suffix); ok {
			v, mult = strings.TrimSpace(n), u.bytes
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("want a size such as 110MiB, 2GiB or 0")
	}
	return n * mult, nil
}

// formatSize writes a size in the largest unit that divides it.
func formatSize(n int64) string {
	for _, u := range sizeUnits {
		if n != 0 && n%u.bytes == 0 {
			return strconv.FormatInt(n/u.bytes, 10) + u.suffix
		}
	}
	return "0"
}

func size(env, def, desc string, field func(*Config) *int64) Setting {
	return Setting{Env: env, Default: def, Description: desc,
		apply: func(c *Config, v string) error {
			n, err := parseSize(v)
			if err != nil {
				return err
			}
			*field(c) = n
			return nil
		},
		get: func(c *Config) string { return formatSize(*field(c)) }}
}

func oneOf(allowed ...string) func(string) error {
	return func(v string) error {
		for _, a := range allowed {
			if v == a {
				return nil
			}
		}
		return fmt.Errorf("want one of %s", strings.Join(allowed, ", "))
	}
}

func nonEmpty(v string) error {
	if v == "" {
		return fmt.Errorf("must not be empty")
	}
	return nil
}

func validAddr(v string) error {
	if _, port, err := net.SplitHostPort(v); err != nil {
		return fmt.Errorf("want host:port such as :8000 or 127.0.0.1:8000")
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("port must be a number from 0 to 65535")
	}
	return nil
}

func validURL(v string) error {
	if !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") {
		return fmt.Errorf("want an http:// or https:// URL")
	}
	return nil
}
