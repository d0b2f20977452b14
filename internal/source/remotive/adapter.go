package remotive

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
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
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
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
	body, err := boardutil.GetJSON(ctx, g, u, "remotive: get "+u)
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	complete := true
	if n, err := strconv.Atoi(p["limit"]); err == nil && len(drafts)+len(errs) >= n {
		complete = false
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: complete, Fetched: time.Now().UTC()}, nil
}
