package rss

import (
	"context"
	"strconv"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package reads.
const Kind = "rss"

func init() { source.Register(Adapter{}) }

// Adapter fetches one RSS or Atom feed. Params: url (required, the feed),
// company_in_title ("true" to read "Company: Title" titles on any host).
type Adapter struct{}

// Kind returns "rss".
func (Adapter) Kind() string { return Kind }

// Parse reads an RSS or Atom body, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the feed once; a feed is its source's whole listing, so the result is Complete.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	resp, _, err := boardutil.GetUserURL(ctx, g, p, Kind, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5")
	if err != nil {
		return posting.Fetched{}, err
	}
	split, _ := strconv.ParseBool(p["company_in_title"])
	drafts, errs, err := parse(resp.Body, split)
	if err != nil {
		return posting.Fetched{}, err
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}
