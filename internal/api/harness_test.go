package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/analytics"
	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/metrics"
	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/inapp"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/server"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/user"
)

const secret = "test-secret-test-secret-test-secret-0123"

type harness struct {
	t     testing.TB
	srv   *httptest.Server
	st    *store.Store
	users *user.Service
	apps  *application.Service
	ing   *ingest.Service // sources and jobs; its queue records runs (sources_test.go)
	runs  *fakeQueue
	flags *flags.Service
	match *index.Service  // resumes, matches and search (resumes_test.go, matches_test.go)
	alert *notify.Service // alerts and deliveries, delivering inline (alerts_test.go)
	an    *analytics.Service
	limit func(http.Handler) http.Handler // the rate limit middleware, when a test sets one
	now   time.Time
}

type harnessOpt func(*user.Config)

func newHarness(t testing.TB, d store.Dialect, opts ...harnessOpt) *harness {
	t.Helper()
	st := storetest.Open(t, d)
	cfg := user.Config{Secret: []byte(secret), AccessTTL: 15 * time.Minute, RefreshTTL: 24 * time.Hour, SessionTTL: 24 * time.Hour,
		Registration: "open", LoginMaxAttempts: 5, LoginWindow: 15 * time.Minute}
	for _, o := range opts {
		o(&cfg)
	}
	h := &harness{t: t, st: st, now: time.Now()}
	h.users = user.New(st, cfg, ratelimit.NewMemory(nil))
	h.users.SetClock(func() time.Time { return h.now })
	profiles := profile.NewService(st)
	h.apps = application.NewService(st, profiles)
	h.apps.SetClock(func() time.Time { return h.now })
	h.flags = flags.New(flags.DB{St: st}, flags.Options{})
	h.ing = ingest.New(st, fetch.New(fetch.Options{MinHostDelay: -1, MaxRetries: -1, AllowAddr: allowLoopback}), ingest.Options{})
	h.runs = &fakeQueue{}
	h.ing.SetQueue(h.runs)
	h.match = index.New(st, profiles)
	h.match.SetClock(func() time.Time { return h.now })
	h.alert = notify.New(st, profiles, notify.NewResumeMatcher(h.match), []notify.Channel{inapp.New(st, nil)},
		notify.Options{BaseURL: "http://copilot.test", Tokens: notify.NewTokens([]byte(secret))})
	h.alert.SetClock(func() time.Time { return h.now })
	an := analytics.New(st, profiles, notify.NewResumeMatcher(h.match).Scores)
	an.UseMarks(h.match.Marks) // as serve wires it
	an.SetClock(func() time.Time { return h.now })
	h.an = an
	limit := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if h.limit == nil {
				next.ServeHTTP(w, r)
				return
			}
			h.limit(next).ServeHTTP(w, r)
		})
	}
	a := api.New(api.Deps{Users: h.users, Profiles: profiles, Applications: h.apps, Ingest: h.ing, Flags: h.flags, Matching: h.match, RateLimit: limit,
		Alerting: api.AlertingDeps{Alerts: h.alert, Analytics: an, Hub: inapp.NewHub(), Notifications: st}})
	m := metrics.New(st.Stats)
	h.srv = httptest.NewServer(server.Handler(server.Options{Metrics: m, API: func(r chi.Router) { a.Routes(r) },
		Checks: []server.Check{{Name: "database", Required: true, Probe: st.Ping}}}))
	t.Cleanup(h.srv.Close)
	return h
}

// client is a browser-like client with a cookie jar, or an API client with a bearer token.
type client struct {
	h      *harness
	jar    http.CookieJar
	bearer string
	noCSRF bool
}

func (h *harness) browser() *client {
	jar, _ := cookiejar.New(nil)
	c := &client{h: h, jar: jar}
	c.do("GET", "/api/v1/auth/csrf", nil)
	return c
}

func (h *harness) apiClient() *client { return &client{h: h} }

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %s", r.body)
	}
	return m
}

func (c *client) csrf() string {
	u, _ := url.Parse(c.h.srv.URL)
	for _, k := range c.jar.Cookies(u) {
		if k.Name == api.CSRFCookie {
			return k.Value
		}
	}
	return ""
}

func (c *client) do(method, path string, body any) resp {
	c.h.t.Helper()
	var rd io.Reader
	if body != nil {
		switch b := body.(type) {
		case string:
			rd = strings.NewReader(b)
		default:
			buf, _ := json.Marshal(b)
			rd = bytes.NewReader(buf)
		}
	}
	req, _ := http.NewRequestWithContext(context.Background(), method, c.h.srv.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	if c.jar != nil && !c.noCSRF {
		req.Header.Set(api.CSRFHeader, c.csrf())
	}
	hc := &http.Client{Jar: c.jar}
	res, err := hc.Do(req)
	if err != nil {
		c.h.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{status: res.StatusCode, header: res.Header, body: b}
}

func (c *client) expect(method, path string, body any, status int) resp {
	c.h.t.Helper()
	r := c.do(method, path, body)
	if r.status != status {
		c.h.t.Fatalf("%s %s: status %d, want %d; body %s", method, path, r.status, status, r.body)
	}
	return r
}

// registerBrowser registers through the cookie flow and returns the logged-in browser.
func (h *harness) registerBrowser(email string) *client {
	c := h.browser()
	c.expect("POST", "/api/v1/auth/register?mode=cookie", map[string]string{"email": email, "password": "correct horse 9"}, 201)
	return c
}

// registerAPI registers through the token flow and returns a bearer client and its refresh token.
func (h *harness) registerAPI(email string) (*client, string) {
	c := h.apiClient()
	r := c.expect("POST", "/api/v1/auth/register", map[string]string{"email": email, "password": "correct horse 9"}, 201)
	m := r.json(h.t)
	c.bearer = m["access_token"].(string)
	return c, m["refresh_token"].(string)
}

func fieldErrors(t testing.TB, r resp) map[string]string {
	t.Helper()
	var p api.Problem
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("not a problem: %s", r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("content type %q", ct)
	}
	out := map[string]string{}
	for _, e := range p.Errors {
		out[e.Field] = e.Message
	}
	return out
}
