// Package lever reads the public Lever Postings API.
package lever

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
const Kind = "lever"

// DefaultBase is the public Postings API host (EU accounts use https://api.eu.lever.co via base_url).
const DefaultBase = "https://api.lever.co"

// DefaultLimit is the page size asked of the API.
const DefaultLimit = 100

func init() { source.Register(Adapter{}) }

// Adapter pages through a company's postings; Params: "company", optional "limit"
// (page size), "base_url" and "company_name".
type Adapter struct{}

// Kind returns "lever".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Required: true, Punct: "-_."}}
}

// PageURL is the URL of one page of a company's postings.
func PageURL(p source.Params, skip, limit int) (string, error) {
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("lever: %w", err)
	}
	q := url.Values{"mode": {"json"}, "skip": {strconv.Itoa(skip)}, "limit": {strconv.Itoa(limit)}}
	return atsutil.Base(p, DefaultBase) + "/v0/postings/" + atsutil.PathEscape(company) + "?" + q.Encode(), nil
}

// Fetch reads pages until one comes back shorter than the page size.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	limit := DefaultLimit
	if n, err := strconv.Atoi(p["limit"]); err == nil && n > 0 {
		limit = n
	}
	out := posting.Fetched{Fetched: time.Now().UTC()}
	seen := map[string]bool{}
	for page := 0; page < atsutil.MaxPages; page++ {
		u, err := PageURL(p, page*limit, limit)
		if err != nil {
			return posting.Fetched{}, err
		}
		drafts, errs, err := getPage(ctx, g, u)
		if err != nil {
			if page == 0 {
				return posting.Fetched{}, err
			}
			out.Errors = append(out.Errors, atsutil.PageError(page, u, err))
			break
		}
		n := len(drafts) + len(errs)
		for _, e := range errs {
			e.Index += page * limit
			out.Errors = append(out.Errors, e)
		}
		for _, d := range drafts {
			if !seen[d.ExternalID] {
				seen[d.ExternalID] = true
				out.Drafts = append(out.Drafts, d)
			}
		}
		if n < limit {
			out.Complete = true
			break
		}
	}
	atsutil.FillCompany(out.Drafts, p)
	return out, nil
}

func getPage(ctx context.Context, g source.Getter, u string) ([]posting.Draft, []posting.ItemError, error) {
	body, err := atsutil.Get(ctx, g, u, "application/json")
	if err != nil {
		return nil, nil, fmt.Errorf("lever: %w", err)
	}
	return Parse(body)
}
