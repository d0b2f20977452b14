// Package fetch is the one polite HTTP client every source adapter uses.
package fetch

import (
	"errors"
	"net/http"
	"time"
)

// Request describes one GET, or one POST, of a source URL.
type Request struct {
	URL          string      // absolute http or https URL
	Method       string      // "GET" (when empty) or "POST"
	Body         []byte      // a POST's body, sent again on each retry and on a 307 or 308 redirect
	ContentType  string      // the body's Content-Type ("application/json")
	RetryPOST    bool        // the POST is a read (a search), so 429, 5xx and network errors may be retried as for a GET
	Header       http.Header // extra request headers (Accept, ...); credentials are dropped on cross-host redirects
	ETag         string      // previous ETag, sent as If-None-Match (GET only)
	LastModified string      // previous Last-Modified, sent as If-Modified-Since (GET only)
	CheckRobots  bool        // consult robots.txt first (page and feed sources)
	UserURL      bool        // the URL came from a user: private-network addresses are refused
}

// Response is a fully read, size-capped answer.
type Response struct {
	Status       int
	Header       http.Header
	Body         []byte        // decompressed body; empty when NotModified
	URL          string        // final URL after redirects
	NotModified  bool          // the server answered 304 to a conditional request
	ETag         string        // the answer's ETag; on a 304 without one, the request's
	LastModified string        // likewise for Last-Modified
	Duration     time.Duration // wall time of the whole Get: robots, waits, retries, redirects
}

// Sentinel errors callers can test with errors.Is.
var (
	ErrPrivateAddress = errors.New("fetch: address is private, loopback, link-local or metadata")
	ErrTooLarge       = errors.New("fetch: response exceeds the size cap")
	ErrRobots         = errors.New("fetch: disallowed by robots.txt") // also wrapped by *RobotsUnreachableError

	ErrStatus = errors.New("fetch: unexpected HTTP status")
	ErrMethod = errors.New("fetch: only GET and POST requests are sent")
)
