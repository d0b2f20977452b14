package ingest

import (
	"context"
	"errors"
	"sync"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/store"
)

// errNotModified is what the conditional getter returns for a 304; adapters pass it up wrapped.
var errNotModified = errors.New("ingest: not modified")

// condGetter sends a source's stored ETag and Last-Modified with the request they belong to, marks every
// URL as user-supplied (a source's URLs and base_url come from users, so the SSRF guard applies), and
// remembers the validators of a listing read in one request for the next run.
//
// Validators are kept only for single-request listings: for a paginated one, an unchanged first page
// says nothing about the others.
type condGetter struct {
	g interface {
		Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
	}
	src store.Source

	mu       sync.Mutex
	requests int
	forgot   bool
	etag, lm string
	url      string
}

func newCondGetter(g interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}, src store.Source) *condGetter {
	return &condGetter{g: g, src: src}
}

// Get performs one request of the run.
func (c *condGetter) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	req.UserURL = true
	c.mu.Lock()
	c.requests++
	first := c.requests == 1
	c.mu.Unlock()
	if first && c.src.ValidatorURL == req.URL {
		req.ETag, req.LastModified = c.src.ETag, c.src.LastModified
	}
	resp, err := c.g.Get(ctx, req)
	if err != nil {
		return resp, err
	}
	if resp == nil {
		return resp, nil
	}
	if first && (resp.NotModified || resp.Status >= 200 && resp.Status < 300) {
		c.mu.Lock()
		c.etag, c.lm, c.url = resp.ETag, resp.LastModified, req.URL
		c.mu.Unlock()
	}
	if resp.NotModified {
		return resp, errNotModified
	}
	return resp, nil
}

// validators returns what to store for the next run: the first response's validators when it was the only request.
func (c *condGetter) validators() (etag, lastModified, url string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.requests != 1 || c.forgot {
		return "", "", ""
	}
	return c.etag, c.lm, c.url
}

// forget drops the validators: the answer is not trusted as the next run's baseline (a held sharp drop).
func (c *condGetter) forget() {
	c.mu.Lock()
	c.forgot = true
	c.mu.Unlock()
}
