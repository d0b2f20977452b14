package himalayas

import (
	"context"
	"net/url"
	"strconv"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
	"github.com/career-copilot/copilot/internal/source/paging"
)

// Kind is the source kind this package reads.
const Kind = "himalayas"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://himalayas.app"

// DefaultLimit is the page size (the API's maximum); Params "limit" overrides it.
const DefaultLimit = 20

// DefaultMaxPages bounds one run; Params "max_pages" overrides it.
const DefaultMaxPages = 25

func init() { source.Register(Adapter{}) }

// Adapter fetches the Himalayas API by cursor, or by offset/limit where the answer gives no cursor;
// Params: base_url, limit, max_pages (all optional).
type Adapter struct{}

// Kind returns "himalayas".
func (Adapter) Kind() string { return Kind }

// Parse reads one Himalayas API page, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch pages through the listing: by the nextCursor an answer gives, until it is null or empty,
// or else by offset until totalCount is reached or a short page comes back. A failure on the first page is an error; a later failure keeps
// what was read, records the page in Errors (Index -1) and leaves the result
// incomplete, as does stopping at max_pages.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	limit := boardutil.IntParam(p, "limit", DefaultLimit)
	maxPages := boardutil.IntParam(p, "max_pages", DefaultMaxPages)
	offset, cursor := 0, ""
	return paging.Walk(ctx, maxPages, func(ctx context.Context, _ int) (paging.Page, error) {
		q := url.Values{"limit": {strconv.Itoa(limit)}}
		if cursor != "" {
			q.Set("cursor", cursor)
		} else {
			q.Set("offset", strconv.Itoa(offset))
		}
		u := base + "/jobs/api?" + q.Encode()
		body, err := boardutil.GetJSON(ctx, g, u, "himalayas: get "+u)
		if err != nil {
			return paging.Page{}, err
		}
		drafts, errs, pg, err := parsePage(body)
		if err != nil {
			return paging.Page{Drafts: drafts, Errors: errs}, err
		}
		got := len(*pg.Jobs)
		offset += got
		next := boardutil.RawString(pg.NextCursor) // "" for none, null or empty
		switch {
		case cursor != "":
			// A page read by cursor that names no next one, or names itself again, is the last.
			last := got == 0 || next == "" || next == cursor
			cursor = next
			return paging.Page{Drafts: drafts, Errors: errs, Last: last}, nil
		case next != "":
			cursor = next // from here on, by cursor
			return paging.Page{Drafts: drafts, Errors: errs, Last: got == 0}, nil
		}
		last := got == 0 || (pg.TotalCount > 0 && offset >= pg.TotalCount) || (pg.TotalCount == 0 && got < limit)
		return paging.Page{Drafts: drafts, Errors: errs, Last: last}, nil
	}, nil)
}
