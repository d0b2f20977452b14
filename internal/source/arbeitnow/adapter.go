package arbeitnow

import (
	"context"
	"net/url"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
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
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	maxPages := boardutil.IntParam(p, "max_pages", DefaultMaxPages)
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
		body, err := boardutil.GetJSON(ctx, g, cur, "arbeitnow: get "+cur)
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
