package fetch

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"testing"
	"time"
)

// robotsServer serves robots.txt with the given status and body, and "page"
// everywhere else.
func robotsServer(t *testing.T, status int, robots string) *recorder {
	return newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(status)
			w.Write([]byte(robots))
			return
		}
		w.Write([]byte("page"))
	})
}

func TestRobotsDisallow(t *testing.T) {
	srv := robotsServer(t, 200, `# everyone else is kept out
User-agent: *
Disallow: /

User-agent: CareerCopilot
Disallow: /private
Allow: /
`)
	c := newTestClient(t, Options{})
	ctx := context.Background()
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/jobs", CheckRobots: true}); err != nil {
		t.Fatalf("allowed path: %v", err)
	}
	_, err := c.Get(ctx, Request{URL: srv.URL + "/private/jobs?page=2", CheckRobots: true})
	if !errors.Is(err, ErrRobots) {
		t.Fatalf("disallowed path: err = %v, want ErrRobots", err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/about", CheckRobots: true}); err != nil {
		t.Fatalf("allowed path: %v", err)
	}
	if got := srv.count("/private/jobs"); got != 0 {
		t.Errorf("disallowed page was requested %d times, want 0", got)
	}
	if got := srv.count("/robots.txt"); got != 1 {
		t.Errorf("robots.txt fetched %d times, want 1 (cached)", got)
	}
	// Without CheckRobots (API sources) robots.txt is not consulted.
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/private/api"}); err != nil {
		t.Errorf("Get without CheckRobots: %v", err)
	}
}

func TestRobotsCacheExpires(t *testing.T) {
	srv := robotsServer(t, 200, "User-agent: *\nDisallow: /x\n")
	c := newTestClient(t, Options{RobotsTTL: 50 * time.Millisecond})
	for range 2 {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", CheckRobots: true}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(60 * time.Millisecond)
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", CheckRobots: true}); err != nil {
		t.Fatal(err)
	}
	if got := srv.count("/robots.txt"); got != 2 {
		t.Errorf("robots.txt fetched %d times, want 2 (once, then again after the TTL)", got)
	}
}

func TestRobotsStatuses(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		allowed bool
	}{
		{"missing robots allows all", http.StatusNotFound, true},
		{"forbidden robots allows all (RFC 9309: 4xx is unavailable)", http.StatusForbidden, true},
		{"server error disallows all for now", http.StatusServiceUnavailable, false},
		{"rate limited is treated like a server error", http.StatusTooManyRequests, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := robotsServer(t, tt.status, "User-agent: *\nDisallow: /\n")
			_, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL + "/jobs", CheckRobots: true})
			if tt.allowed && err != nil {
				t.Fatalf("err = %v, want allowed", err)
			}
			if !tt.allowed && !errors.Is(err, ErrRobots) {
				t.Fatalf("err = %v, want ErrRobots", err)
			}
			want := 0
			if tt.allowed {
				want = 1
			}
			if got := srv.count("/jobs"); got != want {
				t.Errorf("page requested %d times, want %d", got, want)
			}
		})
	}
}

func TestRobotsUnreachableDisallows(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		w.Write([]byte("page"))
	})
	_, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL + "/jobs", CheckRobots: true})
	if !errors.Is(err, ErrRobots) {
		t.Fatalf("err = %v, want ErrRobots", err)
	}
	if got := srv.count("/jobs"); got != 0 {
		t.Errorf("page requested %d times, want 0", got)
	}
}

func TestRobotsCrawlDelaySpacesRequests(t *testing.T) {
	srv := robotsServer(t, 200, "User-agent: *\nCrawl-delay: 0.15\nDisallow: /admin\n")
	c := newTestClient(t, Options{MinHostDelay: 10 * time.Millisecond})
	for _, p := range []string{"/a", "/b"} {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + p, CheckRobots: true}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := srv.seen("/a"), srv.seen("/b")
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("pages seen %d and %d times, want 1 each", len(a), len(b))
	}
	if gap := b[0].at.Sub(a[0].at); gap < 150*time.Millisecond {
		t.Errorf("gap between pages = %v, want >= 150ms (Crawl-delay)", gap)
	}
}

func TestRobotsPathAndTruncation(t *testing.T) {
	for raw, want := range map[string]string{
		"http://h/":             "/",
		"http://h":              "/",
		"http://h/a%20b/c?x=1":  "/a%20b/c?x=1",
		"http://h/jobs#section": "/jobs",
	} {
		u, err := parseTarget(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := robotsPath(u); got != want {
			t.Errorf("robotsPath(%s) = %q, want %q", raw, got, want)
		}
	}
	line := []byte("Disallow: /abcdefghij\n") // 22 bytes
	big := bytes.Repeat(line, robotsMaxParse/len(line)+10)
	got := truncateRobots(big)
	if len(got) > robotsMaxParse || len(got)%len(line) != 0 || len(got) < robotsMaxParse-len(line) {
		t.Errorf("truncateRobots kept %d bytes, want whole lines up to %d", len(got), robotsMaxParse)
	}
}
