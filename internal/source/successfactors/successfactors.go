// Package successfactors reads SAP SuccessFactors XML job feeds.
package successfactors

import (
	"context"
	"net/url"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package registers.
const Kind = "successfactors"

func init() { source.Register(Adapter{}) }

// Adapter fetches one XML job feed; Params: "url" (the feed, such as
// https://career4.successfactors.com/career?company=acme&career_ns=job_listing_summary&resultType=XML).
type Adapter struct{}

// Kind returns "successfactors".
func (Adapter) Kind() string { return Kind }

// Parse reads a saved feed, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the feed once; a feed is its source's whole listing. When the feed URL names its
// company, each job without a link gets the career site's page of its requisition.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	resp, raw, err := boardutil.GetUserURL(ctx, g, p, Kind, "application/xml, text/xml;q=0.9, */*;q=0.5")
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	for i := range drafts {
		if drafts[i].URL == "" {
			drafts[i].URL = JobURL(raw, drafts[i].ExternalID)
			drafts[i].ApplyURL = drafts[i].URL
		}
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}

// JobURL is the career-site page of a requisition, on the host of a feed URL that names its
// company; "" when the feed URL has no company parameter.
func JobURL(feedURL, reqID string) string {
	u, err := url.Parse(feedURL)
	if err != nil || u.Query().Get("company") == "" || reqID == "" {
		return ""
	}
	q := url.Values{"company": {u.Query().Get("company")}, "career_ns": {"job_listing"}, "career_job_req_id": {reqID}}
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/career", RawQuery: q.Encode()}).String()
}
