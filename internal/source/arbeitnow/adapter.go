package arbeitnow

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
const Kind = "arbeitnow"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://www.arbeitnow.com"

// DefaultMaxPages bounds one run; Params "max_pages" overrides it.
const DefaultMaxPages = 20

func init() { source.Register(Adapter{}) }

// Adapter fetches the Arbeitnow API, following links.next; Params: base_url, max_pages, visa_sponsorship (optional).
type Adapter struct{}

// Kind returns "arbeitnow".
func (Adapter) Kind() string { return Kind }

// Parse reads one Arbeitnow API page, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads every page. A failure on the first page is an error; a failure
// on a later page keeps what was read, records the page in Errors (Index -1)
// and leaves the result incomplete, as does stopping at max_pages.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	maxPages := DefaultMaxPages
	if n, err := strconv.Atoi(p["max_pages"]); err == nil && n > 0 {
		maxPages = n
	}
	next := base + "/api/job-board-api"
	if v := p["visa_sponsorship"]; v != "" {
		next += "?" + url.Values{"visa_sponsorship": {v}}.Encode()
	}
	seen := map[string]bool{}
	return paging.Walk(ctx, maxPages, func(ctx context.Context, _ int) (paging.Page, error) {
		if seen[next] {
			return paging.Page{Halt: true}, nil // a next link looped back
		}
		seen[next] = true
		cur := next
		body, err := get(ctx, g, cur)
		if err != nil {
			return paging.Page{}, err
		}
		drafts, errs, link, err := parsePage(body)
		next = resolve(cur, link)
		return paging.Page{Drafts: drafts, Errors: errs, Last: next == ""}, err
	}, nil)
}

// resolve makes a relative next link absolute against the page it came from.
func resolve(cur, next string) string {
	if next == "" {
		return ""
	}
	b, err1 := url.Parse(cur)
	n, err2 := url.Parse(next)
	if err1 != nil || err2 != nil {
		return next
	}
	return b.ResolveReference(n).String()
}

func get(ctx context.Context, g source.Getter, u string) ([]byte, error) {
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return nil, fmt.Errorf("arbeitnow: get %s: %w", u, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return nil, fmt.Errorf("arbeitnow: get %s: status %d: %w", u, resp.Status, fetch.ErrStatus)
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
		return "", fmt.Errorf("arbeitnow: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
