package jsonld

import (
	"context"
	"time"

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
	resp, raw, err := boardutil.GetUserURL(ctx, g, p, Kind, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	if err != nil {
		return posting.Fetched{}, err
	}
	page := resp.URL
	if page == "" {
		page = raw
	}
	drafts, errs, err := ParsePage(resp.Body, page)
	if err != nil {
		return posting.Fetched{}, err
	}
	for i := range drafts {
		if drafts[i].URL == "" {
			drafts[i].URL = page
		}
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}
