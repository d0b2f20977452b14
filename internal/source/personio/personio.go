// Package personio reads the public Personio XML job feed.
package personio

import (
	"context"
	"fmt"
	"net/url"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "personio"

// DefaultDomain is the feed's host suffix; some companies are on jobs.personio.com.
const DefaultDomain = "jobs.personio.de"

func init() { source.Register(Adapter{}) }

// Adapter fetches a company's XML feed; Params: "company" (the subdomain), optional
// "domain" (jobs.personio.de or jobs.personio.com), "language" and "base_url".
type Adapter struct{}

// Kind returns "personio".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Unless: []string{"base_url"}, Punct: "-"}, {Name: "domain", Punct: "-."}, {Name: "language", Punct: "-_"}}
}

// SiteBase is the company's job site root, under which /xml and /job/{id} live.
func SiteBase(p source.Params) (string, error) {
	if p["base_url"] != "" {
		return atsutil.Base(p, ""), nil
	}
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("personio: %w", err)
	}
	domain := p["domain"]
	if domain == "" {
		domain = DefaultDomain
	}
	return "https://" + atsutil.PathEscape(company) + "." + domain, nil
}

// Fetch reads the whole feed in one request and links each position to its job page.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := SiteBase(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	u := base + "/xml"
	if lang := p["language"]; lang != "" {
		u += "?" + url.Values{"language": {lang}}.Encode()
	}
	f, err := atsutil.FetchList(ctx, g, p, "personio", u, "application/xml, text/xml", Parse)
	if err != nil {
		return posting.Fetched{}, err
	}
	for i := range f.Drafts {
		f.Drafts[i].URL = base + "/job/" + url.PathEscape(f.Drafts[i].ExternalID)
		f.Drafts[i].ApplyURL = f.Drafts[i].URL + "#apply"
	}
	return f, nil
}
