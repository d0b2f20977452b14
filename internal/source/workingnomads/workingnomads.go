package workingnomads

import (
	"context"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Kind is the source kind this package registers.
const Kind = "workingnomads"

// DefaultBaseURL is the site the API is served from.
const DefaultBaseURL = "https://www.workingnomads.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches every job the API exposes; Params: optional "base_url".
type Adapter struct{}

// Kind returns "workingnomads".
func (Adapter) Kind() string { return Kind }

// Parse reads a saved API answer, so that files of this kind can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the whole listing in one request; the endpoint is not paginated.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	return atsutil.FetchList(ctx, g, p, Kind, base+"/api/exposed_jobs/", "application/json", Parse)
}
