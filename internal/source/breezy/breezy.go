// Package breezy reads the public Breezy HR careers-site JSON ({company}.breezy.hr/json).
package breezy

import (
	"context"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "breezy"

func init() { source.Register(Adapter{}) }

// Adapter fetches a company's published positions; Params: "company" (the
// {company}.breezy.hr subdomain), optional "base_url" (a custom careers domain or a test server).
type Adapter struct{}

// Kind returns "breezy".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Unless: []string{"base_url"}, Punct: "-"}}
}

// Parse reads a saved careers-site answer, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// ListURL is the positions URL of a careers site.
func ListURL(p source.Params) (string, error) {
	if p["base_url"] != "" {
		return atsutil.Base(p, "") + "/json", nil
	}
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("breezy: %w", err)
	}
	return "https://" + atsutil.PathEscape(company) + ".breezy.hr/json", nil
}

// Fetch reads every position in one request; the endpoint is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	return atsutil.FetchList(ctx, g, p, Kind, u, "application/json", Parse)
}
