package jobicy

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
const Kind = "jobicy"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://jobicy.com"

// DefaultCount is how many jobs one request asks for (the API's maximum).
const DefaultCount = 50

func init() { source.Register(Adapter{}) }

// Adapter fetches the Jobicy API; Params: base_url, count, geo, industry, tag (all optional).
type Adapter struct{}

// Kind returns "jobicy".
func (Adapter) Kind() string { return Kind }

// Parse reads a Jobicy API body, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the newest jobs in one request. Jobicy serves at most count
// jobs, so the result is Complete only when fewer than count came back.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	count := boardutil.IntParam(p, "count", DefaultCount)
	q := url.Values{"count": {strconv.Itoa(count)}}
	for _, k := range []string{"geo", "industry", "tag"} {
		if v := p[k]; v != "" {
			q.Set(k, v)
		}
	}
	u := base + "/api/v2/remote-jobs?" + q.Encode()
	body, err := boardutil.GetJSON(ctx, g, u, "jobicy: get "+u)
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	complete := len(drafts)+len(errs) < count
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: complete, Fetched: time.Now().UTC()}, nil
}
