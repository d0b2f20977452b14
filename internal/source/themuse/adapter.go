package themuse

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
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
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	maxPages := boardutil.IntParam(p, "max_pages", DefaultMaxPages)
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
		// The label leaves out the URL: it may hold the api_key.
		body, err := boardutil.GetJSON(ctx, g, base+"/api/public/jobs?"+q.Encode(), "themuse: get page")
		if err != nil {
			return paging.Page{}, err
		}
		drafts, errs, pg, err := parsePage(body)
		if err != nil {
			return paging.Page{Drafts: drafts, Errors: errs}, err
		}
		return paging.Page{Drafts: drafts, Errors: errs, Last: n >= pg.count || pg.jobs == 0}, nil
	}, redact)
}

// redactKey keeps the API key out of error text that may be stored or shown.
func redactKey(s, key string) string {
	if key == "" {
		return s
	}
	return strings.ReplaceAll(s, url.QueryEscape(key), "REDACTED")
}
