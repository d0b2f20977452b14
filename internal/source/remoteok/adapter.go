package remoteok

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
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
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	u := base + "/api"
	if tag := p["tag"]; tag != "" {
		u += "?" + url.Values{"tag": {tag}}.Encode()
	}
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("remoteok: get %s: %w", u, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return posting.Fetched{}, fmt.Errorf("remoteok: get %s: status %d: %w", u, resp.Status, fetch.ErrStatus)
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: false, Fetched: time.Now().UTC()}, nil
}

func baseURL(p source.Params) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("remoteok: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
