package jobicy

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
)

// Kind is the source kind this package reads.
const Kind = "jobicy"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://jobicy.com"

// DefaultCount is how many jobs one request asks for (the API's maximum).
const DefaultCount = 50

func init() { source.Register(Adapter{}) }

// Adapter fetches the Jobicy API; Params: base_url, count, geo, industry, tag (all optional).
type Adapter struct{}

// Kind returns "jobicy".
func (Adapter) Kind() string { return Kind }

// Parse reads a Jobicy API body, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the newest jobs in one request. Jobicy serves at most count
// jobs, so the result is Complete only when fewer than count came back.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	count := DefaultCount
	if n, err := strconv.Atoi(p["count"]); err == nil && n > 0 {
		count = n
	}
	q := url.Values{"count": {strconv.Itoa(count)}}
	for _, k := range []string{"geo", "industry", "tag"} {
		if v := p[k]; v != "" {
			q.Set(k, v)
		}
	}
	u := base + "/api/v2/remote-jobs?" + q.Encode()
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("jobicy: get %s: %w", u, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return posting.Fetched{}, fmt.Errorf("jobicy: get %s: status %d: %w", u, resp.Status, fetch.ErrStatus)
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	complete := len(drafts)+len(errs) < count
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: complete, Fetched: time.Now().UTC()}, nil
}

func baseURL(p source.Params) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("jobicy: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
