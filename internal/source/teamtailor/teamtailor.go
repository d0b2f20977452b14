// Package teamtailor reads Teamtailor career sites: the public JSON Feed of a
// career site, or the JSON:API when an API key is given.
package teamtailor

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
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "teamtailor"

// APIBase is the JSON:API host used when Params has "api_key".
const APIBase = "https://api.teamtailor.com"

// APIVersion is the X-Api-Version header the JSON:API requires.
const APIVersion = "20240404"

func init() { source.Register(Adapter{}) }

// Adapter follows a career site's jobs feed page by page; Params: "company" (the
// {company}.teamtailor.com subdomain), optional "base_url" (a custom career domain
// or test server) and "api_key" (read the JSON:API /v1/jobs instead of the feed).
type Adapter struct{}

// Kind returns "teamtailor".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Unless: []string{"base_url", "api_key"}, Punct: "-"}}
}

// FirstURL is the first page of the listing.
func FirstURL(p source.Params) (string, error) {
	if p["api_key"] != "" {
		return atsutil.Base(p, APIBase) + "/v1/jobs?" + url.Values{"page[size]": {"30"}}.Encode(), nil
	}
	if p["base_url"] != "" {
		return atsutil.Base(p, "") + "/jobs.json", nil
	}
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("teamtailor: %w", err)
	}
	return "https://" + atsutil.PathEscape(company) + ".teamtailor.com/jobs.json", nil
}

// Fetch reads the first page and follows each page's next link.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := FirstURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	out := posting.Fetched{Fetched: time.Now().UTC()}
	seen := map[string]bool{}
	visited := map[string]bool{}
	index := 0
	for page := 0; page < atsutil.MaxPages; page++ {
		visited[u] = true
		pg, err := getPage(ctx, g, u, p["api_key"])
		if err != nil {
			if page == 0 {
				return posting.Fetched{}, err
			}
			out.Errors = append(out.Errors, atsutil.PageError(page, u, err))
			break
		}
		for _, e := range pg.Errors {
			e.Index += index
			out.Errors = append(out.Errors, e)
		}
		index += len(pg.Drafts) + len(pg.Errors)
		for _, d := range pg.Drafts {
			if !seen[d.ExternalID] {
				seen[d.ExternalID] = true
				out.Drafts = append(out.Drafts, d)
			}
		}
		if pg.Next == "" {
			out.Complete = true
			break
		}
		next, err := resolve(u, pg.Next)
		if err != nil {
			out.Errors = append(out.Errors, atsutil.PageError(page+1, pg.Next, err))
			break
		}
		if visited[next] {
			out.Errors = append(out.Errors, atsutil.PageError(page+1, next, errors.New("teamtailor: next link loops back")))
			break
		}
		u = next
	}
	atsutil.FillCompany(out.Drafts, p)
	return out, nil
}

func resolve(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("teamtailor: page URL: %w", err)
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("teamtailor: next link: %w", err)
	}
	n := b.ResolveReference(r)
	if n.Scheme != "http" && n.Scheme != "https" {
		return "", fmt.Errorf("teamtailor: next link %q is not http(s)", ref)
	}
	return n.String(), nil
}

func getPage(ctx context.Context, g source.Getter, u, apiKey string) (Page, error) {
	req := fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}}
	if apiKey != "" {
		req.Header.Set("Accept", "application/vnd.api+json")
		req.Header.Set("Authorization", "Token token="+apiKey)
		req.Header.Set("X-Api-Version", APIVersion)
	}
	resp, err := g.Get(ctx, req)
	if err != nil {
		return Page{}, fmt.Errorf("teamtailor: get %s: %w", u, err)
	}
	if resp == nil || resp.Status < 200 || resp.Status > 299 {
		status := 0
		if resp != nil {
			status = resp.Status
		}
		return Page{}, fmt.Errorf("teamtailor: get %s: status %d: %w", u, status, fetch.ErrStatus)
	}
	return ParsePage(resp.Body)
}
