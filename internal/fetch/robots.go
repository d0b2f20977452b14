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
	expires time.Time
}

// robotsAllow returns an error wrapping ErrRobots unless robots.txt of the
// URL's origin lets our agent fetch it.
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
		data, ttl, err := c.fetchRobots(ctx, u, guarded)
		if err != nil {
			return fmt.Errorf("%w: robots.txt of %s unreachable: %w", ErrRobots, key, err)
		}
		e.data, e.expires = data, time.Now().Add(ttl)
		if g := data.FindGroup(c.agent); g != nil && g.CrawlDelay > 0 {
			c.gate(u).setCrawlDelay(min(g.CrawlDelay, maxCrawlDelay))
		}
	}
	if !e.data.TestAgent(robotsPath(u), c.agent) {
		return fmt.Errorf("%w: %s for %s", ErrRobots, redact(u), c.agent)
	}
	return nil
}

// fetchRobots reads an origin's robots.txt, following up to five redirects,
// and says how long the answer may be cached.
func (c *Client) fetchRobots(ctx context.Context, page *url.URL, guarded bool) (*robotstxt.RobotsData, time.Duration, error) {
	u := &url.URL{Scheme: page.Scheme, Host: page.Host, Path: "/robots.txt"}
	hdr := http.Header{
		"User-Agent":      {c.opts.UserAgent},
		"Accept":          {robotsAcceptHdr},
		"Accept-Encoding": {"gzip"},
	}
	for range maxRedirects + 1 {
		if guarded {
			if err := c.guard.precheck(ctx, u.Hostname(), portOrDefault(u.Port(), u.Scheme)); err != nil {
				return nil, 0, err
			}
		}
		resp, body, err := c.once(ctx, c.gate(u), u, outgoing{method: http.MethodGet, header: hdr}, guarded)
		if err != nil {
			return nil, 0, err
		}
		code := resp.StatusCode
		switch {
		case isRedirect(code) && resp.Header.Get("Location") != "":
			next, err := u.Parse(resp.Header.Get("Location"))
			if err != nil || validTarget(next) != nil {
				return robotsAllowAll, c.opts.RobotsTTL, nil
			}
			u = next
		case code >= 200 && code <= 299:
			data, err := robotstxt.FromBytes(truncateRobots(body))
			if err != nil {
				return robotsAllowAll, c.opts.RobotsTTL, nil
			}
			return data, c.opts.RobotsTTL, nil
		case code == http.StatusTooManyRequests || code >= 500:
			return robotsDisallowAll, min(robotsRetryTTL, c.opts.RobotsTTL), nil
		default:
			return robotsAllowAll, c.opts.RobotsTTL, nil
		}
	}
	return robotsAllowAll, c.opts.RobotsTTL, nil
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
