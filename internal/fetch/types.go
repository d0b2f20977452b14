// Package fetch is the one polite HTTP client every source adapter uses.
package fetch

import (
	"errors"
	"net/http"
	"time"
)

// Request describes one GET of a source URL.
type Request struct {
	URL          string      // absolute http or https URL
	Header       http.Header // extra request headers (Accept, ...); credentials are dropped on cross-host redirects
	ETag         string      // previous ETag, sent as If-None-Match
	LastModified string      // previous Last-Modified, sent as If-Modified-Since
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
	ErrRobots         = errors.New("fetch: disallowed by robots.txt")
	ErrStatus         = errors.New("fetch: unexpected HTTP status")
)
