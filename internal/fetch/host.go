package fetch

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"
)

// hostGate lets one request at a time reach a host, and only once the
// politeness delay since the previous one (or a server's Retry-After) passed.
type hostGate struct {
	sem chan struct{} // holds a token while a request to the host runs

	mu        sync.Mutex
	last      time.Time     // when the previous request finished
	notBefore time.Time     // set from Retry-After: no request before this
	crawl     time.Duration // robots.txt Crawl-delay, when longer than ours
}

func newHostGate() *hostGate { return &hostGate{sem: make(chan struct{}, 1)} }

// acquire waits for the host's turn; the returned release records the end of
// the request and hands the turn on.
func (g *hostGate) acquire(ctx context.Context, delay time.Duration) (release func(), err error) {
	select {
	case g.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	g.mu.Lock()
	next := g.last.Add(max(delay, g.crawl))
	if g.notBefore.After(next) {
		next = g.notBefore
	}
	g.mu.Unlock()
	if err := sleep(ctx, time.Until(next)); err != nil {
		<-g.sem
		return nil, err
	}
	return func() {
		g.mu.Lock()
		g.last = time.Now()
		g.mu.Unlock()
		<-g.sem
	}, nil
}

// delayUntil keeps every request to the host back until t.
func (g *hostGate) delayUntil(t time.Time) {
	g.mu.Lock()
	if t.After(g.notBefore) {
		g.notBefore = t
	}
	g.mu.Unlock()
}

// setCrawlDelay records the host's robots.txt Crawl-delay.
func (g *hostGate) setCrawlDelay(d time.Duration) {
	g.mu.Lock()
	g.crawl = d
	g.mu.Unlock()
}

// gate returns the politeness gate of a URL's host.
func (c *Client) gate(u *url.URL) *hostGate {
	key := hostKey(u)
	c.mu.Lock()
	defer c.mu.Unlock()
	g, ok := c.hosts[key]
	if !ok {
		g = newHostGate()
		c.hosts[key] = g
	}
	return g
}

// hostKey names a host for politeness and metrics: lower-cased host with
// its port, the scheme's default port dropped.
func hostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http" && strings.HasSuffix(h, ":80"):
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https" && strings.HasSuffix(h, ":443"):
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
