package store

import (
	"encoding/json"
	"slices"

	"github.com/career-copilot/copilot/internal/posting"
)

// where is where one listing, or a posting merged from several, says the job is.
type where struct {
	locations []posting.Location
	workMode  string
	regions   []string
}

func whereOf(p posting.Posting) where {
	return where{locations: p.Locations, workMode: p.WorkMode, regions: p.RemoteRegions}
}

func (w where) equal(o where) bool {
	return w.workMode == o.workMode && slices.Equal(w.locations, o.locations) && slices.Equal(w.regions, o.regions)
}

// whereJSON is a where as its three columns store it.
type whereJSON struct{ locations, workMode, regions string }

func (w where) encode() whereJSON {
	locs, _ := json.Marshal(nonNilLocations(w.locations))
	regions, _ := json.Marshal(nonNil(w.regions))
	return whereJSON{locations: string(locs), workMode: w.workMode, regions: string(regions)}
}
