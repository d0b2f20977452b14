// Package comeet reads the public Comeet careers API (positions of one company).
package comeet

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package registers.
const Kind = "comeet"

// DefaultBase is the careers API host.
const DefaultBase = "https://www.comeet.co"

func init() { source.Register(Adapter{}) }

// Adapter fetches a company's positions with their descriptions; Params: "company" (the company's
// uid, as "F6.003"), "token" (the public careers-API token of its careers page), optional
// "company_name" and "base_url".
type Adapter struct{}

// Kind returns "comeet".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Required: true, Punct: "-_."}, {Name: "token", Required: true, Punct: "-_"}}
}

// Parse reads a saved positions answer, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// ListURL is the positions URL of a company, with details.
func ListURL(p source.Params) (string, error) {
	uid, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("comeet: %w", err)
	}
	token, err := atsutil.Required(p, "token")
	if err != nil {
		return "", fmt.Errorf("comeet: %w", err)
	}
	q := url.Values{"token": {token}, "details": {"true"}}
	return atsutil.Base(p, DefaultBase) + "/careers-api/2.0/company/" + atsutil.PathEscape(uid) + "/positions?" + q.Encode(), nil
}

// Fetch reads every position in one request; the endpoint is not paginated. Errors name the
// company, not the URL, so that the token stays out of run records and logs.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	body, err := boardutil.GetJSON(ctx, g, u, "comeet: get the positions of company "+p["company"])
	if err != nil {
		return posting.Fetched{}, redacted{err, strings.TrimSpace(p["token"])}
	}
	drafts, errs, err := Parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	atsutil.FillCompany(drafts, p)
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}

// redacted hides the token in an error that a Getter may have written the request URL into.
type redacted struct {
	err   error
	token string
}

func (r redacted) Error() string {
	return strings.NewReplacer(r.token, "REDACTED", url.QueryEscape(r.token), "REDACTED").Replace(r.err.Error())
}

func (r redacted) Unwrap() error { return r.err }
