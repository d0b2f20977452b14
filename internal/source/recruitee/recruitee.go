// Package recruitee reads the public Recruitee careers-site API.
package recruitee

import (
	"context"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "recruitee"

func init() { source.Register(Adapter{}) }

// Adapter fetches a company's published offers; Params: "company" (the
// {company}.recruitee.com subdomain), optional "base_url" (a custom careers domain or a test server).
type Adapter struct{}

// Kind returns "recruitee".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "company", Unless: []string{"base_url"}, Punct: "-"}}
}

// ListURL is the offers URL of a careers site.
func ListURL(p source.Params) (string, error) {
	if p["base_url"] != "" {
		return atsutil.Base(p, "") + "/api/offers/", nil
	}
	company, err := atsutil.Required(p, "company")
	if err != nil {
		return "", fmt.Errorf("recruitee: %w", err)
	}
	return "https://" + atsutil.PathEscape(company) + ".recruitee.com/api/offers/", nil
}

// Fetch reads every offer in one request; the endpoint is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	return atsutil.FetchList(ctx, g, p, "recruitee", u, "application/json", Parse)
}
