// Package ashby reads the public Ashby posting API.
package ashby

import (
	"context"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "ashby"

// DefaultBase is the public posting API host.
const DefaultBase = "https://api.ashbyhq.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches a job board with compensation; Params: "board", optional
// "base_url" and "company_name".
type Adapter struct{}

// Kind returns "ashby".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "board", Required: true, Punct: "-_."}}
}

// ListURL is the job-board URL of a board, with compensation included.
func ListURL(p source.Params) (string, error) {
	board, err := atsutil.Required(p, "board")
	if err != nil {
		return "", fmt.Errorf("ashby: %w", err)
	}
	return atsutil.Base(p, DefaultBase) + "/posting-api/job-board/" + atsutil.PathEscape(board) + "?includeCompensation=true", nil
}

// Fetch reads the whole board in one request; the API is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	return atsutil.FetchList(ctx, g, p, "ashby", u, "application/json", Parse)
}
