package rss

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
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
	raw := p["url"]
	if raw == "" {
		return posting.Fetched{}, errors.New("rss: param url is required")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return posting.Fetched{}, fmt.Errorf("rss: url %q is not an absolute http(s) URL", raw)
	}
	resp, err := boardutil.Get(ctx, g, fetch.Request{
		URL:         raw,
		Header:      http.Header{"Accept": {"application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"}},
		CheckRobots: true,
		UserURL:     true,
	}, "rss: get "+raw)
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
