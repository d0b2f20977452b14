// Package workable reads the public Workable job widget API.
package workable

import (
	"context"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "workable"

// DefaultBase is the public apply site that serves the widget API.
const DefaultBase = "https://apply.workable.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches an account's jobs with descriptions; Params: "account", optional "base_url".
type Adapter struct{}

// Kind returns "workable".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "account", Required: true, Punct: "-_"}}
}

// ListURL is the widget URL of an account, with job details.
func ListURL(p source.Params) (string, error) {
	account, err := atsutil.Required(p, "account")
	if err != nil {
		return "", fmt.Errorf("workable: %w", err)
	}
	return atsutil.Base(p, DefaultBase) + "/api/v1/widget/accounts/" + atsutil.PathEscape(account) + "?details=true", nil
}

// Fetch reads the whole account in one request; the widget is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	return atsutil.FetchList(ctx, g, p, "workable", u, "application/json", Parse)
}
