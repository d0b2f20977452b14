package remotive

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
const Kind = "remotive"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://remotive.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches the Remotive API; Params: base_url, category, search, company_name, limit (all optional).
type Adapter struct{}

// Kind returns "remotive".
func (Adapter) Kind() string { return Kind }

// Parse reads a Remotive API body, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the Remotive listing, narrowed by the optional filters, in one
// request. It is Complete unless a given limit was reached.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	q := url.Values{}
	for _, k := range []string{"category", "search", "company_name", "limit"} {
		if v := p[k]; v != "" {
			q.Set(k, v)
		}
	}
	u := base + "/api/remote-jobs"
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("remotive: get %s: %w", u, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return posting.Fetched{}, fmt.Errorf("remotive: get %s: status %d: %w", u, resp.Status, fetch.ErrStatus)
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	complete := true
	if n, err := strconv.Atoi(p["limit"]); err == nil && len(drafts)+len(errs) >= n {
		complete = false
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: complete, Fetched: time.Now().UTC()}, nil
}

func baseURL(p source.Params) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("remotive: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
