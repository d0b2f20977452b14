package fetch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// How robots.txt answers are read, following RFC 9309 section 2.3.1:
//   - 2xx: the rules apply; a file that does not parse allows everything,
//     since the RFC asks crawlers to be lenient;
//   - 4xx (404 above all) and more than five redirects: "unavailable",
//     everything is allowed;
//   - 5xx, 429 and network errors: "unreachable", everything is disallowed
//     for now; 5xx and 429 answers are cached only robotsRetryTTL so the
//     host is tried again soon, network errors are not cached at all.
//
// Only the first 500 KiB are parsed, the minimum the RFC asks for.
const (
	robotsRetryTTL  = 5 * time.Minute
	robotsMaxParse  = 500 << 10
	maxCrawlDelay   = time.Minute
	robotsAcceptHdr = "text/plain, */*;q=0.5"
)

var (
	robotsAllowAll, _    = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	robotsDisallowAll, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
)

// robotsEntry caches one origin's robots.txt; sem lets one caller fetch it
// while the others wait for the answer.
type robotsEntry struct {
	sem     chan struct{}
	data    *robotstxt.RobotsData
	status  int // a cached 5xx or 429 answer: everything is disallowed because of it
	expires time.Time
}

// RobotsUnreachableError says robots.txt could not be read (a network error,
// a refused address, a 5xx or 429), so RFC 9309 has the page not fetched; it
// wraps ErrRobots and the cause, so callers can report the real reason.
type RobotsUnreachableError struct {
	Origin string // scheme://host of the robots.txt
	Status int    // the 5xx or 429 answered, or 0 for a network error
	Err    error  // the network error, when Status is 0
}

// Error names the origin and the cause.
func (e *RobotsUnreachableError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%v: robots.txt of %s answered HTTP %d", ErrRobots, e.Origin, e.Status)
	}
	return fmt.Sprintf("%v: robots.txt of %s unreachable: %v", ErrRobots, e.Origin, e.Err)
}

// Unwrap makes errors.Is hold for ErrRobots and for the cause.
func (e *RobotsUnreachableError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrRobots}
	}
	return []error{ErrRobots, e.Err}
}

// robotsAllow returns an error wrapping ErrRobots unless robots.txt of the
// URL's origin lets our agent fetch it; a robots.txt that could not be read
// is a *RobotsUnreachableError.
func (c *Client) robotsAllow(ctx context.Context, u *url.URL, guarded bool) error {
	key := u.Scheme + "://" + hostKey(u)
	c.mu.Lock()
	e, ok := c.robots[key]
	if !ok {
		e = &robotsEntry{sem: make(chan struct{}, 1)}
		c.robots[key] = e
	}
	c.mu.Unlock()
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-e.sem }()
	if e.data == nil || time.Now().After(e.expires) {
		data, status, ttl, err := c.fetchRobots(ctx, u, guarded)
		if err != nil {
			return &RobotsUnreachableError{Origin: key, Err: err}
		}
		e.data, e.status, e.expires = data, status, time.Now().Add(ttl)
		if g := data.FindGroup(c.agent); g != nil && g.CrawlDelay > 0 {
			c.gate(u).setCrawlDelay(min(g.CrawlDelay, maxCrawlDelay))
		}
	}
	if e.status != 0 {
		return &RobotsUnreachableError{Origin: key, Status: e.status}
	}
	if !e.data.TestAgent(robotsPath(u), c.agent) {
		return fmt.Errorf("%w: %s for %s", ErrRobots, redact(u), c.agent)
	}
	return nil
}

// fetchRobots reads an origin's robots.txt, following up to five redirects,
// and says how long the answer may be cached; status is the 5xx or 429 that
// makes everything disallowed for now, or 0.
func (c *Client) fetchRobots(ctx context.Context, page *url.URL, guarded bool) (data *robotstxt.RobotsData, status int, ttl time.Duration, err error) {
	u := &url.URL{Scheme: page.Scheme, Host: page.Host, Path: "/robots.txt"}
	hdr := http.Header{
		"User-Agent":      {c.opts.UserAgent},
		"Accept":          {robotsAcceptHdr},
		"Accept-Encoding": {"gzip"},
	}
	for range maxRedirects + 1 {
		if guarded {
			if err := c.guard.precheck(ctx, u.Hostname(), portOrDefault(u.Port(), u.Scheme)); err != nil {
				return nil, 0, 0, err
			}
		}
		resp, body, err := c.once(ctx, c.gate(u), u, outgoing{method: http.MethodGet, header: hdr}, guarded)
		if err != nil {
			return nil, 0, 0, err
		}
		code := resp.StatusCode
		switch {
		case isRedirect(code) && resp.Header.Get("Location") != "":
			next, err := u.Parse(resp.Header.Get("Location"))
			if err != nil || validTarget(next) != nil {
				return robotsAllowAll, 0, c.opts.RobotsTTL, nil
			}
			u = next
		case code >= 200 && code <= 299:
			data, err := robotstxt.FromBytes(truncateRobots(body))
			if err != nil {
				return robotsAllowAll, 0, c.opts.RobotsTTL, nil
			}
			return data, 0, c.opts.RobotsTTL, nil
		case code == http.StatusTooManyRequests || code >= 500:
			return robotsDisallowAll, code, min(robotsRetryTTL, c.opts.RobotsTTL), nil
		default:
			return robotsAllowAll, 0, c.opts.RobotsTTL, nil
		}
	}
	return robotsAllowAll, 0, c.opts.RobotsTTL, nil
}

// robotsPath is what robots rules match: the path and the query.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// truncateRobots keeps the first robotsMaxParse bytes, cut at a line end.
func truncateRobots(b []byte) []byte {
	if len(b) <= robotsMaxParse {
		return b
	}
	b = b[:robotsMaxParse]
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		b = b[:i+1]
	}
	return b
}
