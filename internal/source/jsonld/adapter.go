package jsonld

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package reads.
const Kind = "jsonld"

func init() { source.Register(Adapter{}) }

// Adapter fetches one HTML page and reads its JSON-LD JobPostings. Params: url (required).
type Adapter struct{}

// Kind returns "jsonld".
func (Adapter) Kind() string { return Kind }

// Parse reads an HTML page's JSON-LD, so that saved pages can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the page once. Postings without a url of their own get the
// page's URL; the page is the whole listing, so the result is Complete.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	raw := p["url"]
	if raw == "" {
		return posting.Fetched{}, errors.New("jsonld: param url is required")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return posting.Fetched{}, fmt.Errorf("jsonld: url %q is not an absolute http(s) URL", raw)
	}
	resp, err := boardutil.Get(ctx, g, fetch.Request{
		URL:         raw,
		Header:      http.Header{"Accept": {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}},
		CheckRobots: true,
		UserURL:     true,
	}, "jsonld: get "+raw)
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	page := resp.URL
	if page == "" {
		page = raw
	}
	for i := range drafts {
		if drafts[i].URL == "" {
			drafts[i].URL = page
		}
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}
