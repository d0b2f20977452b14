package api_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"

	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/server"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// loadDirs are the shared capture folders `make load` imports.
var loadDirs = []string{"greenhouse", "lever", "ashby", "other-ats", "job-apis", "jsonld-html"}

// seedLoad imports the captures `make load` imports and gives one bearer user the load profile and
// applications tracked across the stages; it returns the user's access token.
func seedLoad(b *testing.B, h *harness) string {
	b.Helper()
	root := testutil.SharedFixtures(b)
	for _, dir := range loadDirs {
		_ = filepath.WalkDir(filepath.Join(root, dir), func(path string, e os.DirEntry, err error) error {
			ext := filepath.Ext(path)
			if err != nil || e.IsDir() || strings.Contains(path, "usajobs") || (ext != ".json" && ext != ".xml" && ext != ".rss" && ext != ".html") {
				return err
			}
			body, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if format, res, err := all.ParseFile(filepath.Base(path), body); err == nil {
				_, _ = h.ing.Import(context.Background(), format, res.Drafts, res.Errors)
			}
			return nil
		})
	}
	if err := h.match.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	c, _ := h.registerAPI("load@example.com")
	c.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "Load Tester", "headline": "Senior backend engineer",
		"location": "Berlin, Germany", "years_experience": 8, "desired_titles": []string{"Backend Engineer", "Site Reliability Engineer"},
		"skills": []string{"Go", "Python", "PostgreSQL", "Kubernetes", "AWS", "Redis", "Terraform", "SQL"}, "seniority": "senior",
		"remote_preference": "remote", "work_countries": []string{"DE", "NL", "GB"}}, 200)
	jobs := c.expect("GET", "/api/v1/jobs?limit=60", nil, 200).json(b)["jobs"].([]any)
	stages := []string{"saved", "applied", "applied", "screening", "interviewing", "offer", "rejected", "ghosted"}
	n := 0
	for i, j := range jobs {
		m := j.(map[string]any)
		title, _ := m["title"].(string)
		if title == "" || n == 40 {
			continue
		}
		c.expect("POST", "/api/v1/applications", map[string]any{"posting_id": m["id"], "company": fmt.Sprint("company ", i), "title": title,
			"stage": stages[i%len(stages)], "priority": i%3 + 1, "tags": []string{"load"}}, 201)
		n++
	}
	return c.bearer
}

// BenchmarkReadMix is the server CPU of one request of each route of `make load`'s mix, through the
// whole handler (middleware, authentication, the route, JSON) without the network. cpu-ms/op is this
// process's CPU (on PostgreSQL the database's own CPU is not in it); run with -cpu 1. Each route runs
// twice: as the load's one user repeating it, and "cold", with the user's cached reads (account,
// versions, marks) forgotten before every request, as for a user's first request in seconds. The
// postings of hits, shared by every user, and the dashboard's scores (kept 30 s, rebuilt after a
// profile or resume change) stay cached.
func BenchmarkReadMix(b *testing.B) {
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn}))) // as `make load` runs the server
	b.Cleanup(func() { slog.SetDefault(prev) })
	for _, d := range storetest.Dialects() {
		b.Run(string(d), func(b *testing.B) {
			h := newHarness(b, d)
			h.an.CacheDashboard()
			h.limit = loadLimiter(b, d)
			tok := seedLoad(b, h)
			c := h.apiClient()
			c.bearer = tok
			uid := c.expect("GET", "/api/v1/auth/me", nil, 200).json(b)["id"].(string)
			forget := func() { h.users.Forget(uid); h.match.Forget(uid) }
			routes := []struct{ name, path string }{
				{"search", "/api/v1/search?q=%s"},
				{"matches", "/api/v1/jobs/matches"},
				{"applications", "/api/v1/applications"},
				{"dashboard", "/api/v1/dashboard"},
			}
			for _, rt := range routes {
				b.Run(rt.name, func(b *testing.B) { benchRoute(b, h.srv.Config.Handler, tok, rt.path, nil) })
				b.Run(rt.name+"/cold", func(b *testing.B) { benchRoute(b, h.srv.Config.Handler, tok, rt.path, forget) })
			}
		})
	}
}

// benchTerms are the search words benchRoute cycles through.
var benchTerms = []string{"engineer", "python", "sales", "remote", "data", "product manager", "golang", "marketing"}

// benchRoute sends b.N requests of path (a %s takes a search term) and reports CPU and bytes per request;
// before, when set, runs before each request.
func benchRoute(b *testing.B, handler http.Handler, tok, path string, before func()) {
	bytes, cpu0 := 0, testutil.CPUTime()
	for i := 0; i < b.N; i++ {
		p := path
		if strings.Contains(p, "%s") {
			p = fmt.Sprintf(p, url.QueryEscape(benchTerms[i%len(benchTerms)]))
		}
		if before != nil {
			before()
		}
		req := httptest.NewRequest(http.MethodGet, p, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: status %d: %.200s", p, rec.Code, rec.Body.String())
		}
		bytes += rec.Body.Len()
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "B/resp")
	if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// loadLimiter is the rate limit as `make load` runs it: limits out of the way, counted in Redis on the
// PostgreSQL run when COPILOT_TEST_REDIS_URL is set and in memory otherwise.
func loadLimiter(b *testing.B, d store.Dialect) func(http.Handler) http.Handler {
	counter := ratelimit.Counter(ratelimit.NewMemory(nil))
	if raw := os.Getenv("COPILOT_TEST_REDIS_URL"); raw != "" && d == store.Postgres {
		opt, err := redis.ParseURL(raw)
		if err != nil {
			b.Fatal(err)
		}
		rdb := redis.NewClient(opt)
		b.Cleanup(func() { _ = rdb.Close() })
		counter = ratelimit.NewFallback(ratelimit.NewRedis(rdb, "copilot:bench:"+uuid.NewString()+":"), nil, ratelimit.FallbackOptions{})
	}
	lots := ratelimit.Rate{Limit: 1_000_000, Window: time.Minute}
	return server.NewLimiter(counter, server.RateLimits{Auth: lots, Writes: lots, Reads: lots}, server.LimiterOptions{}).Middleware
}
