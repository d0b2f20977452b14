package store

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"
	"time"

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

// decodeWhere reads the three columns; ok is false when their JSON is unreadable.
func decodeWhere(locs, mode, regions string) (where, bool) {
	w := where{workMode: mode}
	if json.Unmarshal([]byte(locs), &w.locations) != nil || json.Unmarshal([]byte(regions), &w.regions) != nil {
		return where{workMode: mode}, false
	}
	return w, true
}

// linkPlace is one link of a posting as the merge and dedup need it.
type linkPlace struct {
	sourceID, externalID string
	firstSeen            time.Time
	closed               bool
	w                    where
	url                  string // the link's canonical page
}

// linkOrder is the order the links' places are merged in: first seen first, then by source and id.
func linkOrder(a, b *linkPlace) int {
	if c := a.firstSeen.Compare(b.firstSeen); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(a.sourceID, b.sourceID), strings.Compare(a.externalID, b.externalID))
}

// mergeWhere is where a posting's open links say the job is, all together: every place once (the first
// wording of it kept) and every remote region once, in link order, and the most permissive work mode, so
// a search for remote jobs finds a job that any of its links offers remote.
func mergeWhere(links []*linkPlace) where {
	var out where
	n := 0
	for _, l := range links {
		if l.closed {
			continue
		}
		if n++; n == 1 {
			out = l.w
			continue
		}
		if n == 2 { // copy before appending: out still shares the first link's slices
			out.locations, out.regions = slices.Clone(out.locations), slices.Clone(out.regions)
		}
		for _, loc := range l.w.locations {
			if k := placeKeyOf(loc); !slices.ContainsFunc(out.locations, func(x posting.Location) bool { return placeKeyOf(x) == k }) {
				out.locations = append(out.locations, loc)
			}
		}
		for _, r := range l.w.regions {
			if !slices.Contains(out.regions, r) {
				out.regions = append(out.regions, r)
			}
		}
		if l.w.workMode != "" && (out.workMode == "" || workModeRank(l.w.workMode) > workModeRank(out.workMode)) {
			out.workMode = l.w.workMode
		}
	}
	return out
}

// placeKey is what makes two locations one place: the same city, region, country and remote flag.
type placeKey struct {
	city, region, country, raw string
	remote                     bool
}

func placeKeyOf(l posting.Location) placeKey {
	k := placeKey{city: strings.ToLower(l.City), region: l.Region, country: l.Country, remote: l.Remote}
	if k == (placeKey{}) {
		k.raw = l.Raw // nothing was resolved: the text is all there is to tell two such places apart
	}
	return k
}

// workModeRank orders work modes from the least to the most open to where the hire lives.
func workModeRank(m string) int {
	switch m {
	case posting.WorkModeRemote:
		return 3
	case posting.WorkModeHybrid:
		return 2
	case posting.WorkModeOnsite:
		return 1
	}
	return 0
}
