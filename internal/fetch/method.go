package fetch

import (
	"fmt"
	"net/http"
	"strings"
)

// outgoing is what each attempt of one hop sends.
type outgoing struct {
	method string
	body   []byte
	header http.Header
	retry  bool // transient failures may be retried: a GET, or a POST marked RetryPOST
}

// outgoing checks req's method and body and builds what its first hop sends.
func (c *Client) outgoing(req Request) (outgoing, error) {
	m := strings.ToUpper(strings.TrimSpace(req.Method))
	switch m {
	case "", http.MethodGet:
		if len(req.Body) > 0 {
			return outgoing{}, fmt.Errorf("%w: a GET carries no body", ErrMethod)
		}
		return outgoing{method: http.MethodGet, header: c.header(req, true), retry: true}, nil
	case http.MethodPost:
		if int64(len(req.Body)) > c.opts.MaxBytes {
			return outgoing{}, fmt.Errorf("%w: request body of %d bytes > %d", ErrTooLarge, len(req.Body), c.opts.MaxBytes)
		}
		h := c.header(req, false)
		if req.ContentType != "" {
			h.Set("Content-Type", req.ContentType)
		}
		return outgoing{method: m, body: req.Body, header: h, retry: req.RetryPOST}, nil
	}
	return outgoing{}, fmt.Errorf("%w: %q", ErrMethod, req.Method)
}

// redirected is what the next hop sends after a redirect with code: 307 and
// 308 repeat the method and body; the others turn a POST into a body-less
// GET, as browsers and net/http do.
func (o outgoing) redirected(code int) outgoing {
	if o.method == http.MethodGet || code == http.StatusTemporaryRedirect || code == http.StatusPermanentRedirect {
		return o
	}
	h := o.header.Clone()
	h.Del("Content-Type")
	return outgoing{method: http.MethodGet, header: h, retry: true}
}

// header builds the request headers every hop sends; the conditional ones
// only when asked, since a cached answer means nothing to a POST.
func (c *Client) header(req Request, conditional bool) http.Header {
	h := req.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Set("User-Agent", c.opts.UserAgent)
	h.Set("Accept-Encoding", "gzip") // we decompress, so we can cap what comes out
	if h.Get("Accept") == "" {
		h.Set("Accept", "*/*")
	}
	if !conditional {
		h.Del("If-None-Match")
		h.Del("If-Modified-Since")
		return h
	}
	if req.ETag != "" {
		h.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		h.Set("If-Modified-Since", req.LastModified)
	}
	return h
}
