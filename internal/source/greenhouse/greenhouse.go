// Package greenhouse reads the public Greenhouse Job Board API.
package greenhouse

import (
	"context"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source kind this package registers.
const Kind = "greenhouse"

// DefaultBase is the public Job Board API host.
const DefaultBase = "https://boards-api.greenhouse.io"

func init() { source.Register(Adapter{}) }

// Adapter fetches a board's jobs with content; Params: "board" (the board token), optional "base_url".
type Adapter struct{}

// Kind returns "greenhouse".
func (Adapter) Kind() string { return Kind }

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "board", Required: true, Punct: "-_."}}
}

// ListURL is the jobs-with-content URL of a board.
func ListURL(p source.Params) (string, error) {
	board, err := atsutil.Required(p, "board")
	if err != nil {
		return "", err
	}
	return atsutil.Base(p, DefaultBase) + "/v1/boards/" + atsutil.PathEscape(board) + "/jobs?content=true", nil
}

// Fetch reads the whole board in one request; the listing is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	u, err := ListURL(p)
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("greenhouse: %w", err)
	}
	return atsutil.FetchList(ctx, g, p, "greenhouse", u, "application/json", Parse)
}
