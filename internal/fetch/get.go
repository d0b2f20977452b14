package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// StatusError is the error for a status Get does not accept; it wraps ErrStatus.
type StatusError struct {
	Method     string // GET or POST
	Status     int
	URL        string        // final URL, without query (it may hold API keys)
	RetryAfter time.Duration // the server's Retry-After, when it sent one
}

// Error says which URL answered which status.
func (e *StatusError) Error() string {
	m := e.Method
	if m == "" {
		m = http.MethodGet
	}
	return fmt.Sprintf("fetch: %s %s: HTTP %d", m, e.URL, e.Status)
}

// Unwrap makes errors.Is(err, ErrStatus) hold.
func (e *StatusError) Unwrap() error { return ErrStatus }

// Get sends req, a GET unless req.Method says POST: robots.txt first when
// asked, one request at a time per host with the politeness delay, retries on
// 429, 5xx and transient network errors (for a POST only with RetryPOST), at
// most 5 redirects each re-checked, and the whole body read and size-capped.
// A 304 is a Response with NotModified; any other status outside 2xx is a
// *StatusError.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	start := time.Now()
	u, err := parseTarget(req.URL)
	if err != nil {
		return nil, err
	}
	out, err := c.outgoing(req)
	if err != nil {
		return nil, fmt.Errorf("fetch: %s: %w", redact(u), err)
	}
	guarded := req.UserURL && !c.opts.AllowPrivate
	for hop := 0; ; hop++ {
		if guarded {
			if err := c.guard.precheck(ctx, u.Hostname(), portOrDefault(u.Port(), u.Scheme)); err != nil {
				return nil, fmt.Errorf("fetch: %s %s: %w", out.method, redact(u), err)
			}
		}
		if req.CheckRobots {
			if err := c.robotsAllow(ctx, u, guarded); err != nil {
				return nil, err
			}
		}
		resp, body, err := c.withRetries(ctx, u, out, guarded)
		if err != nil {
			return nil, fmt.Errorf("fetch: %s %s: %w", out.method, redact(u), err)
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.StatusCode) || loc == "" {
			return c.response(req, out.method, u, resp, body, start)
		}
		if hop == maxRedirects {
			return nil, fmt.Errorf("fetch: %s %s: more than %d redirects", out.method, redact(u), maxRedirects)
		}
		next, err := u.Parse(loc)
		if err != nil {
			return nil, fmt.Errorf("fetch: redirect from %s: %w: %v", redact(u), ErrBadURL, err)
		}
		if err := validTarget(next); err != nil {
			return nil, fmt.Errorf("fetch: redirect from %s: %w", redact(u), err)
		}
		next.Fragment, next.RawFragment = "", ""
		out = out.redirected(resp.StatusCode)
		if hostKey(next) != hostKey(u) {
			stripCredentials(out.header)
		}
		u = next
	}
}

// response turns the final answer into a Response or a *StatusError.
func (c *Client) response(req Request, method string, u *url.URL, resp *http.Response, body []byte, start time.Time) (*Response, error) {
	out := &Response{
		Status:       resp.StatusCode,
		Header:       resp.Header,
		URL:          u.String(),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Duration:     time.Since(start),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		// A 304 need not repeat the validators: keep the caller's.
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, nil
	case resp.StatusCode >= 200 && resp.StatusCode <= 299:
		out.Body = body
		return out, nil
	}
	se := &StatusError{Method: method, Status: resp.StatusCode, URL: redact(u)}
	se.RetryAfter, _ = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	return nil, se
}

// withRetries runs one hop, retrying transient failures (when out may be
// retried) with backoff, or after the server's Retry-After when it gives one.
// A Retry-After longer than MaxRetryWait ends the retries: the caller should
// come back later. A shorter one holds the host back even when no retry follows.
func (c *Client) withRetries(ctx context.Context, u *url.URL, out outgoing, guarded bool) (*http.Response, []byte, error) {
	gate := c.gate(u)
	for try := 0; ; try++ {
		resp, body, err := c.once(ctx, gate, u, out, guarded)
		var wait time.Duration
		switch {
		case err != nil:
			if !out.retry || try >= c.opts.MaxRetries || !retryableErr(ctx, err) {
				return nil, nil, err
			}
			wait = backoff(c.opts.BaseBackoff, c.opts.MaxRetryWait, try)
		case retryableStatus(resp.StatusCode):
			ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
			if ok && ra > c.opts.MaxRetryWait {
				return resp, body, nil
			}
			if ok {
				gate.delayUntil(time.Now().Add(ra)) // holds back other callers too
			}
			if !out.retry || try >= c.opts.MaxRetries {
				return resp, body, nil
			}
			wait = ra
			if !ok {
				wait = backoff(c.opts.BaseBackoff, c.opts.MaxRetryWait, try)
			}
		default:
			return resp, body, nil
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, nil, err
		}
	}
}

// once sends one request in the host's turn and reads a 2xx body; other
// bodies are drained and dropped. The returned response's body is closed.
func (c *Client) once(ctx context.Context, gate *hostGate, u *url.URL, out outgoing, guarded bool) (*http.Response, []byte, error) {
	release, err := gate.acquire(ctx, c.opts.MinHostDelay)
	if err != nil {
		return nil, nil, err
	}
	defer release()
	actx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var body io.Reader
	if out.body != nil {
		body = bytes.NewReader(out.body)
	}
	hreq, err := http.NewRequestWithContext(actx, out.method, u.String(), body)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	hreq.Header = out.header.Clone()
	hc := c.plain
	if guarded {
		hc = c.guarded
	}
	begin := time.Now()
	resp, err := hc.Do(hreq)
	if err != nil {
		c.observe(u, 0, time.Since(begin))
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // url.Error repeats the full URL, query and all
		}
		return nil, nil, err
	}
	defer resp.Body.Close()
	var got []byte
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		got, err = readBody(resp, c.opts.MaxBytes)
	} else {
		drain(resp)
	}
	c.observe(u, resp.StatusCode, time.Since(begin))
	return resp, got, err
}

func (c *Client) observe(u *url.URL, status int, d time.Duration) {
	if c.opts.OnRequest != nil {
		c.opts.OnRequest(hostKey(u), status, d)
	}
}

// stripCredentials drops headers that likely carry secrets before a
// redirect to another host: Authorization, Cookie, and API-key style names.
func stripCredentials(h http.Header) {
	for name := range h {
		n := strings.ToLower(name)
		if n == "cookie" || strings.Contains(n, "auth") || strings.Contains(n, "key") ||
			strings.Contains(n, "token") || strings.Contains(n, "secret") {
			h.Del(name)
		}
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}
