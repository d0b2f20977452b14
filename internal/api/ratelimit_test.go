package api_test

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/metrics"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/server"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/user"
)

// newLimitedHarness is the harness with the rate limiter wired as serve.go wires it: one counter
// shared by the request limiter and the login limiter, the limiter inside /api/v1 after authentication.
func newLimitedHarness(t *testing.T, counter ratelimit.Counter, limits server.RateLimits) *harness {
	t.Helper()
	st := storetest.Open(t, store.SQLite)
	h := &harness{t: t, st: st, now: time.Now()}
	h.users = user.New(st, user.Config{Secret: []byte(secret), AccessTTL: 15 * time.Minute, RefreshTTL: 24 * time.Hour, SessionTTL: 24 * time.Hour,
		Registration: "open", LoginMaxAttempts: 5, LoginWindow: 15 * time.Minute}, counter)
	lim := server.NewLimiter(counter, limits, server.LimiterOptions{})
	a := api.New(api.Deps{Users: h.users, Profiles: profile.NewService(st), RateLimit: lim.Middleware})
	h.srv = httptest.NewServer(server.Handler(server.Options{Metrics: metrics.New(st.Stats), API: a.Routes}))
	t.Cleanup(h.srv.Close)
	return h
}

func TestRateLimitPerUserAfterAuthentication(t *testing.T) {
	now := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	counter := ratelimit.NewMemory(func() time.Time { return now })
	h := newLimitedHarness(t, counter, server.RateLimits{
		Auth:   ratelimit.Rate{Limit: 3, Window: time.Minute},
		Writes: ratelimit.Rate{Limit: 2, Window: time.Minute},
		Reads:  ratelimit.Rate{Limit: 3, Window: time.Minute},
	})

	// Auth routes are counted per IP (the caller is anonymous): two registrations use 2 of 3.
	ada, _ := h.registerAPI("ada@example.com")
	bob, _ := h.registerAPI("bob@example.com")
	// Reading the CSRF token is a read, not an attempt: it leaves the auth budget alone.
	r := h.apiClient().expect("GET", "/api/v1/auth/csrf", nil, 200)
	if r.header.Get("RateLimit-Policy") != `"reads";q=3;w=60` {
		t.Fatalf("csrf headers %v", r.header)
	}
	me := ada.expect("GET", "/api/v1/auth/me", nil, 200).json(t) // a read too, per user: 1 of Ada's 3
	r = h.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "cy@example.com", "password": "correct horse 9"}, 201)
	if r.header.Get("RateLimit") != `"auth";r=0;t=60` || r.header.Get("RateLimit-Policy") != `"auth";q=3;w=60` {
		t.Fatalf("auth headers %v", r.header)
	}
	r = h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse 9"}, 429)
	if r.header.Get("Retry-After") != "60" || r.header.Get("RateLimit") != `"auth";r=0;t=60` {
		t.Fatalf("429 headers %v", r.header)
	}
	if p := r.json(t); p["title"] != "Too many requests" || p["status"] != 429.0 {
		t.Fatalf("429 body %s", r.body)
	}

	// Signed-in reads are per user: Ada spends hers, Bob from the same IP still has his.
	for i := 1; i >= 0; i-- {
		r := ada.expect("GET", "/api/v1/profile", nil, 200)
		if got, want := r.header.Get("RateLimit"), `"reads";r=`+string(rune('0'+i))+`;t=60`; got != want {
			t.Fatalf("ada read: %q, want %q", got, want)
		}
	}
	now = now.Add(20 * time.Second)
	r = ada.expect("GET", "/api/v1/profile", nil, 429)
	if r.header.Get("Retry-After") != "40" || r.header.Get("RateLimit") != `"reads";r=0;t=40` || r.header.Get("RateLimit-Policy") != `"reads";q=3;w=60` {
		t.Fatalf("ada over budget %v", r.header)
	}
	if r := bob.expect("GET", "/api/v1/profile", nil, 200); r.header.Get("RateLimit") != `"reads";r=2;t=60` {
		t.Fatalf("bob read %q", r.header.Get("RateLimit"))
	}
	// Writes are a budget of their own.
	if r := ada.expect("PATCH", "/api/v1/preferences", map[string]any{"job_alerts": true}, 200); r.header.Get("RateLimit") != `"writes";r=1;t=60` {
		t.Fatalf("ada write %q", r.header.Get("RateLimit"))
	}

	// The counter holds the per-user key, so the count is shared wherever the counter is (Redis).
	if n, _, _ := counter.Peek(context.Background(), "reads:u:"+me["id"].(string), time.Minute); n != 4 {
		t.Fatalf("reads counted for ada: %d", n)
	}

	// The login limiter shares the counter: its failures are under its own keys.
	if n, _, _ := counter.Peek(context.Background(), "login:ip:127.0.0.1", 15*time.Minute); n != 0 {
		t.Fatalf("login failures %d before any failed login", n)
	}

	// Health is never limited.
	for i := 0; i < 5; i++ {
		h.apiClient().expect("GET", "/health/live", nil, 200)
	}
}
