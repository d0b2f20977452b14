package remoteok

import (
	"context"
	"net/url"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package reads.
const Kind = "remoteok"

// DefaultBaseURL is the API host used when Params has no base_url.
const DefaultBaseURL = "https://remoteok.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches the RemoteOK API; Params: base_url (optional), tag (optional filter).
type Adapter struct{}

// Kind returns "remoteok".
func (Adapter) Kind() string { return Kind }

// Parse reads a RemoteOK API body, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the RemoteOK API once. The API serves only its most recent
// listings, so the result is never Complete: absence does not mean closed.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	u := base + "/api"
	if tag := p["tag"]; tag != "" {
		u += "?" + url.Values{"tag": {tag}}.Encode()
	}
	body, err := boardutil.GetJSON(ctx, g, u, "remoteok: get "+u)
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: false, Fetched: time.Now().UTC()}, nil
}
