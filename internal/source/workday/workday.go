package workday

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
	"github.com/career-copilot/copilot/internal/source/paging"
)

const (
	// DefaultLimit is the page size asked of the search; Workday refuses more than 20.
	DefaultLimit = 20
	// DefaultMaxDetails bounds the detail requests of one run (one per posting, a second apart
	// with the fetch client's politeness); Params "max_details" overrides it, "details"="false" skips them.
	DefaultMaxDetails = 100
	// maxDetailFailures in a row stop the detail requests: the site is refusing them.
	maxDetailFailures = 3
)

func init() { source.Register(Adapter{}) }

// Adapter reads a Workday career site: the search page by page, then each job's detail for
// its description. Params: "tenant", "site", "wd", optional "locale", "domain", "search" (the search
// box's text), "limit", "max_pages", "details", "max_details", "company_name" and "base_url".
type Adapter struct{}

// Kind returns "workday".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "tenant", Required: true, Punct: "-_."}, {Name: "site", Required: true, Punct: "-_."}, {Name: "wd"}, {Name: "locale", Punct: "-"}, {Name: "domain", Punct: "."}}
}

// Parse reads one saved search answer, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// searchBody is what a career site's page POSTs; the field order is Workday's own.
type searchBody struct {
	AppliedFacets struct{} `json:"appliedFacets"`
	Limit         int      `json:"limit"`
	Offset        int      `json:"offset"`
	SearchText    string   `json:"searchText"`
}

// Fetch reads the search until its total, then the details. The listing is Complete only when
// every page up to the first page's total was read and as many postings came back as it
// announced: postings that move between requests shift the offsets, and a posting skipped that
// way must not be taken for closed. A failed detail keeps the posting and adds an item error.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	s, err := siteOf(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	limit := min(boardutil.IntParam(p, "limit", DefaultLimit), DefaultLimit)
	total, read := 0, 0
	seen := map[string]bool{}
	out, err := paging.Walk(ctx, boardutil.IntParam(p, "max_pages", atsutil.MaxPages), func(ctx context.Context, n int) (paging.Page, error) {
		offset := (n - 1) * limit
		pg, err := s.search(ctx, g, p, offset, limit)
		if err != nil {
			return paging.Page{}, err
		}
		if n == 1 {
			total = pg.Total
		}
		step := paging.Page{}
		for _, e := range pg.Errors {
			e.Index += offset
			step.Errors = append(step.Errors, e)
		}
		read += len(pg.Errors)
		for _, d := range pg.Drafts {
			if seen[d.ExternalID] {
				continue // pages overlap when a posting is added between requests
			}
			seen[d.ExternalID] = true
			read++
			s.link(&d)
			step.Drafts = append(step.Drafts, d)
		}
		switch {
		case total <= 0: // no count to go by: a short page is the last
			step.Last = pg.Items < limit
		case offset+pg.Items < total:
			if pg.Items == 0 { // the listing shrank under us
				return step, fmt.Errorf("workday: empty page at offset %d of %d postings", offset, total)
			}
		case read < total:
			return step, fmt.Errorf("workday: the listing changed while it was read: %d of %d postings seen", read, total)
		default:
			step.Last = true
		}
		return step, nil
	}, nil)
	if err != nil {
		return posting.Fetched{}, err
	}
	atsutil.FillCompany(out.Drafts, p)
	if p["details"] != "false" {
		out.Errors = append(out.Errors, s.fillDetails(ctx, g, out.Drafts, boardutil.IntParam(p, "max_details", DefaultMaxDetails))...)
	}
	return out, nil
}

// search POSTs one page of the site's search.
func (s site) search(ctx context.Context, g source.Getter, p source.Params, offset, limit int) (Page, error) {
	body, err := json.Marshal(searchBody{Limit: limit, Offset: offset, SearchText: p["search"]})
	if err != nil {
		return Page{}, fmt.Errorf("workday: encode search: %w", err)
	}
	req := fetch.Request{
		URL: s.jobsURL(), Method: http.MethodPost, Body: body, ContentType: "application/json",
		RetryPOST: true, // the search reads and changes nothing
		Header:    s.header(),
	}
	resp, err := boardutil.Get(ctx, g, req, fmt.Sprintf("workday: search %s offset %d", s.jobsURL(), offset))
	if err != nil {
		return Page{}, err
	}
	return ParsePage(resp.Body)
}

func (s site) header() http.Header {
	h := http.Header{"Accept": {"application/json"}}
	if s.locale != "" {
		h.Set("Accept-Language", s.locale)
	}
	return h
}

// link sets a draft's URL from its externalPath, on the career host.
func (s site) link(d *posting.Draft) {
	if path := d.Extra["external_path"]; validPath(path) {
		d.URL = s.jobURL(path)
	}
}
