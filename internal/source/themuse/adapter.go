package themuse

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/paging"
)

// Kind is the source kind this package reads.
const Kind = "themuse"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://www.themuse.com"

// DefaultMaxPages bounds one run; Params "max_pages" overrides it.
const DefaultMaxPages = 20

func init() { source.Register(Adapter{}) }

// Adapter fetches The Muse API page by page (page=0 .. page_count-1).
// Params (all optional): base_url, category, level, location, company (each may
// list several values separated by "|"), api_key, max_pages.
type Adapter struct{}

// Kind returns "themuse".
func (Adapter) Kind() string { return Kind }

// Parse reads one Muse API page, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads pages until page_count. A failure on the first page is an
// error; a later failure keeps what was read, records the page in Errors
// (Index -1) and leaves the result incomplete, as does stopping at max_pages.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	maxPages := DefaultMaxPages
	if n, err := strconv.Atoi(p["max_pages"]); err == nil && n > 0 {
		maxPages = n
	}
	q := url.Values{}
	for _, k := range []string{"category", "level", "location", "company"} {
		for _, v := range strings.Split(p[k], "|") {
			if v = strings.TrimSpace(v); v != "" {
				q.Add(k, v)
			}
		}
	}
	if k := p["api_key"]; k != "" {
		q.Set("api_key", k)
	}
	redact := func(s string) string { return redactKey(s, p["api_key"]) }
	return paging.Walk(ctx, maxPages, func(ctx context.Context, n int) (paging.Page, error) {
		q.Set("page", strconv.Itoa(n-1)) // the API counts pages from 0
		body, err := get(ctx, g, base+"/api/public/jobs?"+q.Encode())
		if err != nil {
			return paging.Page{}, err
		}
		drafts, errs, pg, err := parsePage(body)
		if err != nil {
			return paging.Page{Drafts: drafts, Errors: errs}, err
		}
		return paging.Page{Drafts: drafts, Errors: errs, Last: n >= pg.PageCount || len(*pg.Results) == 0}, nil
	}, redact)
}

// redactKey keeps the API key out of error text that may be stored or shown.
func redactKey(s, key string) string {
	if key == "" {
		return s
	}
	return strings.ReplaceAll(s, url.QueryEscape(key), "REDACTED")
}

func get(ctx context.Context, g source.Getter, u string) ([]byte, error) {
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return nil, fmt.Errorf("themuse: get page: %w", err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return nil, fmt.Errorf("themuse: get page: status %d: %w", resp.Status, fetch.ErrStatus)
	}
	return resp.Body, nil
}

func baseURL(p source.Params) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("themuse: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
