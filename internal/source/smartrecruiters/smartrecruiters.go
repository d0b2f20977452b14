// Package smartrecruiters reads the public SmartRecruiters Posting API.
package smartrecruiters

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "smartrecruiters"

// DefaultBase is the public Posting API host.
const DefaultBase = "https://api.smartrecruiters.com"

// DefaultLimit is the page size asked of the API (its maximum is 100).
const DefaultLimit = 100

func init() { source.Register(Adapter{}) }

// Adapter pages through a company's postings and reads each posting's detail for
// its description; Params: "company", optional "limit", "details" ("false" skips
// the detail requests) and "base_url".
type Adapter struct{}

// Kind returns "smartrecruiters".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Required: true, Punct: "-_."}}
}

func companyBase(p source.Params) (string, error) {
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("smartrecruiters: %w", err)
	}
	return atsutil.Base(p, DefaultBase) + "/v1/companies/" + atsutil.PathEscape(company) + "/postings", nil
}

// PageURL is the URL of one listing page.
func PageURL(p source.Params, offset, limit int) (string, error) {
	base, err := companyBase(p)
	if err != nil {
		return "", err
	}
	q := url.Values{"offset": {strconv.Itoa(offset)}, "limit": {strconv.Itoa(limit)}}
	return base + "?" + q.Encode(), nil
}

// DetailURL is the URL of one posting's detail.
func DetailURL(p source.Params, id string) (string, error) {
	base, err := companyBase(p)
	if err != nil {
		return "", err
	}
	return base + "/" + atsutil.PathEscape(id), nil
}

// Fetch reads pages until totalFound postings were listed, then fetches the detail
// of every posting the listing gave no description for. A detail that fails keeps
// the posting (without description) and adds an item error.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	limit := DefaultLimit
	if n, err := strconv.Atoi(p["limit"]); err == nil && n > 0 {
		limit = n
	}
	out := posting.Fetched{Fetched: time.Now().UTC()}
	seen := map[string]bool{}
	offset := 0
	for page := 0; page < atsutil.MaxPages; page++ {
		u, err := PageURL(p, offset, limit)
		if err != nil {
			return posting.Fetched{}, err
		}
		pg, err := getPage(ctx, g, u)
		if err != nil {
			if page == 0 {
				return posting.Fetched{}, err
			}
			out.Errors = append(out.Errors, atsutil.PageError(page, u, err))
			break
		}
		for _, e := range pg.Errors {
			e.Index += offset
			out.Errors = append(out.Errors, e)
		}
		for _, d := range pg.Drafts {
			// Pages can overlap when postings move between requests.
			if !seen[d.ExternalID] {
				seen[d.ExternalID] = true
				out.Drafts = append(out.Drafts, d)
			}
		}
		offset += pg.Items
		if pg.Items == 0 || (pg.TotalFound >= 0 && offset >= pg.TotalFound) || (pg.TotalFound < 0 && pg.Items < limit) {
			out.Complete = true
			break
		}
	}
	if p["details"] != "false" {
		out.Errors = append(out.Errors, fillDetails(ctx, g, p, out.Drafts)...)
	}
	return out, nil
}

func getPage(ctx context.Context, g source.Getter, u string) (Page, error) {
	body, err := atsutil.Get(ctx, g, u, "application/json")
	if err != nil {
		return Page{}, fmt.Errorf("smartrecruiters: %w", err)
	}
	return ParsePage(body)
}

func fillDetails(ctx context.Context, g source.Getter, p source.Params, drafts []posting.Draft) []posting.ItemError {
	var errs []posting.ItemError
	for i := range drafts {
		if drafts[i].DescriptionHTML != "" {
			continue
		}
		if ctx.Err() != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: drafts[i].ExternalID, Err: ctx.Err().Error()})
			continue
		}
		u, err := DetailURL(p, drafts[i].ExternalID)
		if err != nil {
			return append(errs, posting.ItemError{Index: i, ID: drafts[i].ExternalID, Err: err.Error()})
		}
		body, err := atsutil.Get(ctx, g, u, "application/json")
		if err == nil {
			var dt Detail
			if dt, err = ParseDetail(body); err == nil {
				dt.Apply(&drafts[i])
				continue
			}
		}
		errs = append(errs, posting.ItemError{Index: i, ID: drafts[i].ExternalID, Err: "smartrecruiters: its detail could not be read", Cause: err})
	}
	return errs
}
