package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/redis/go-redis/v9"

	"github.com/career-copilot/copilot/internal/metrics"
	"github.com/career-copilot/copilot/internal/ratelimit"
)

var testLimits = RateLimits{
	Auth:   ratelimit.Rate{Limit: 2, Window: time.Minute},
	Writes: ratelimit.Rate{Limit: 3, Window: 30 * time.Second},
	Reads:  ratelimit.Rate{Limit: 4, Window: time.Minute},
}

// limitedHandler is the real root router with the limiter mounted inside /api/v1 (as the API does)
// and on the extra routes; the user is whoever the X-Test-User header names.
func limitedHandler(c ratelimit.Counter, trustProxy bool) http.Handler {
	l := NewLimiter(c, testLimits, LimiterOptions{TrustProxy: trustProxy, UserID: func(r *http.Request) string { return r.Header.Get("X-Test-User") }})
	ok := func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) }
	return Handler(Options{Metrics: metrics.New(func() (int, int) { return 0, 1 }),
		API: func(r chi.Router) {
			r.Use(l.Middleware)
			r.Get("/items", ok)
			r.Post("/items", ok)
			r.Post("/auth/login", ok)
			r.Get("/auth/me", ok)
		},
		Extra: func(r chi.Router) { r.Get("/calendar/{token}.ics", ok) },
		Limit: l.Middleware,
		UI:    http.HandlerFunc(ok),
	})
}

type hit struct {
	status                      int
	limit, policy, retry, ctype string
	body                        string
}

func send(t *testing.T, h http.Handler, method, path string, hdr map[string]string) hit {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	req.RemoteAddr = "203.0.113.7:5555"
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return hit{rec.Code, rec.Header().Get("RateLimit"), rec.Header().Get("RateLimit-Policy"), rec.Header().Get("Retry-After"), rec.Header().Get("Content-Type"), string(b)}
}

func TestLimiterHeadersAndClasses(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	h := limitedHandler(ratelimit.NewMemory(func() time.Time { return now }), false)

	// Reads: 4 per minute per IP; each answer says what is left.
	for i := 1; i <= 4; i++ {
		got := send(t, h, "GET", "/api/v1/items", nil)
		if got.status != 200 || got.policy != `"reads";q=4;w=60` || got.limit != `"reads";r=`+string(rune('0'+4-i))+`;t=60` || got.retry != "" {
			t.Fatalf("read %d: %+v", i, got)
		}
	}
	now = now.Add(15 * time.Second)
	got := send(t, h, "GET", "/api/v1/items", nil)
	if got.status != 429 || got.limit != `"reads";r=0;t=45` || got.policy != `"reads";q=4;w=60` || got.retry != "45" || got.ctype != "application/problem+json" {
		t.Fatalf("over budget: %+v", got)
	}
	var p map[string]any
	if err := json.Unmarshal([]byte(got.body), &p); err != nil || p["status"] != 429.0 || p["title"] != "Too many requests" ||
		p["detail"] != "The limit is 4 reads requests per 1m0s. Try again in 45 seconds." || p["instance"] != "/api/v1/items" {
		t.Fatalf("problem %s", got.body)
	}

	// Writes and auth are separate budgets from the same IP.
	if got := send(t, h, "POST", "/api/v1/items", nil); got.status != 200 || got.limit != `"writes";r=2;t=30` || got.policy != `"writes";q=3;w=30` {
		t.Fatalf("write: %+v", got)
	}
	for i := 0; i < 2; i++ {
		send(t, h, "POST", "/api/v1/auth/login", nil)
	}
	if got := send(t, h, "POST", "/api/v1/auth/login", nil); got.status != 429 || got.limit != `"auth";r=0;t=60` || got.retry != "60" {
		t.Fatalf("auth: %+v", got)
	}

	// Reading who is signed in is a read: a page load must not spend the login budget, spent above.
	if got := send(t, h, "GET", "/api/v1/auth/me", map[string]string{"X-Test-User": "u2"}); got.status != 200 || got.policy != `"reads";q=4;w=60` {
		t.Fatalf("GET /auth/me: %+v", got)
	}

	// A signed-in user has an own budget, apart from the anonymous IP's.
	if got := send(t, h, "GET", "/api/v1/items", map[string]string{"X-Test-User": "u1"}); got.status != 200 || got.limit != `"reads";r=3;t=60` {
		t.Fatalf("user read: %+v", got)
	}

	// Extra routes are limited as reads; health, metrics and the UI are not limited at all.
	if got := send(t, h, "GET", "/calendar/abc.ics", nil); got.status != 429 {
		t.Fatalf("extra route shares the IP's read budget: %+v", got)
	}
	for _, path := range []string{"/health", "/health/live", "/metrics", "/", "/jobs"} {
		if got := send(t, h, "GET", path, nil); got.status != 200 || got.limit != "" || got.policy != "" {
			t.Fatalf("%s must not be limited: %+v", path, got)
		}
	}

	// The window ends: a fresh budget.
	now = now.Add(45 * time.Second)
	if got := send(t, h, "GET", "/api/v1/items", nil); got.status != 200 || got.limit != `"reads";r=3;t=60` {
		t.Fatalf("new window: %+v", got)
	}
}

func TestClientNet(t *testing.T) {
	cases := []struct {
		remote, xff string
		trust       bool
		want        string
	}{
		{"203.0.113.7:1", "", false, "203.0.113.7"},
		{"203.0.113.7:1", "198.51.100.1, 10.0.0.1", false, "203.0.113.7"},
		{"203.0.113.7:1", "198.51.100.1, 10.0.0.1", true, "198.51.100.1"},
		{"203.0.113.7:1", "garbage", true, "203.0.113.7"},
		{"[2001:db8:1:2:aaaa:bbbb:cccc:dddd]:1", "", false, "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.1]:1", "", false, "192.0.2.1"},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = c.remote
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := clientNet(r, c.trust); got != c.want {
			t.Errorf("%+v: %q", c, got)
		}
	}
}

// Two replicas sharing the real Redis share one budget.
func TestLimiterSharedThroughRedis(t *testing.T) {
	raw := os.Getenv("COPILOT_TEST_REDIS_URL")
	if raw == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("COPILOT_TEST_REDIS_URL must be set in CI")
		}
		t.Skip("COPILOT_TEST_REDIS_URL not set")
	}
	opt, err := redis.ParseURL(raw)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	prefix := "copilot:rl:test:" + hex.EncodeToString(b) + ":"
	c1, c2 := redis.NewClient(opt), redis.NewClient(opt)
	defer c1.Close()
	defer c2.Close()
	t.Cleanup(func() {
		keys, _ := c1.Keys(context.Background(), prefix+"*").Result()
		if len(keys) > 0 {
			c1.Del(context.Background(), keys...)
		}
	})
	a := limitedHandler(ratelimit.NewRedis(c1, prefix), false)
	bh := limitedHandler(ratelimit.NewRedis(c2, prefix), false)
	for i, h := range []http.Handler{a, bh, a} {
		if got := send(t, h, "POST", "/api/v1/items", nil); got.status != 200 || got.limit != `"writes";r=`+string(rune('0'+2-i))+`;t=30` {
			t.Fatalf("request %d: %+v", i, got)
		}
	}
	got := send(t, bh, "POST", "/api/v1/items", nil)
	if got.status != 429 || got.limit != `"writes";r=0;t=30` || got.retry != "30" || got.policy != `"writes";q=3;w=30` {
		t.Fatalf("fourth write across replicas: %+v", got)
	}
	if v, _ := c1.Get(context.Background(), prefix+"writes:ip:203.0.113.7").Int(); v != 4 {
		t.Fatalf("redis key count %d", v)
	}
}
