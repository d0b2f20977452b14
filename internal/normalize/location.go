package normalize

import (
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// parsedPlace is one location with what the text said about it beyond the Location fields.
type parsedPlace struct {
	loc    posting.Location
	macro  string // a multi-country area named with it ("EMEA", "WORLDWIDE")
	hybrid bool   // the text said hybrid
	onsite bool   // the text said on-site or office
	inSite bool   // the text said on-site in so many words ("On-site: Austin"), not only "office"
}

// Locations splits and resolves a board's location strings.
//
// Strings are split on "|", ";", " or " and " / " ("Austin | Chicago", "London or Berlin"); each part is
// read as comma- or dash-separated pieces ("Bangalore, India - Remote", "HQ - San Francisco"): remote
// and office markers are noted, countries become ISO alpha-2, US states and Canadian provinces become
// ISO 3166-2 regions, and known cities give their country. Ambiguous names ("GA", "CA", "Georgia") are
// resolved only by a consistent neighbour ("Atlanta, GA" → US-GA; "Tbilisi, Georgia" → GE) and are
// otherwise left without a country.
func Locations(raw []string) []posting.Location {
	var out []posting.Location
	for _, p := range parsePlaces(raw) {
		out = append(out, p.loc)
	}
	return out
}

func parsePlaces(raw []string) []parsedPlace {
	var out []parsedPlace
	for _, r := range raw {
		r = strings.TrimSpace(RepairMojibake(r))
		if r == "" {
			continue
		}
		for _, group := range splitOn([]string{r}, "|", ";", "\n") {
			prevRemote := false
			areasFrom := -1 // where in out the areas of the parts since the last one with a mode of its own start
			for _, part := range splitOn([]string{group}, " or ", " / ", " OR ") {
				var buf [4]parsedPlace
				ps := parsePart(buf[:0], part)
				// "remote in Ireland or the UK": the remote marker carries over to a list of countries and areas.
				if prevRemote && onlyAreas(ps) {
					for i := range ps {
						ps[i].loc.Remote = true
					}
				}
				// "US or Canada (Remote)": and a remote list's last area carries it back to the areas before it,
				// when the marker follows the area; "Germany / Remote (EU)" is Germany or remote in the EU.
				if areasFrom >= 0 && remoteAreas(ps) && !hasPrefixFold(strings.TrimSpace(part), "remote") {
					for i := areasFrom; i < len(out); i++ {
						out[i].loc.Remote = true
					}
				}
				switch {
				case onlyAreas(ps) && areasFrom < 0:
					areasFrom = len(out)
				case !onlyAreas(ps):
					areasFrom = -1
				}
				prevRemote = len(ps) > 0 && ps[len(ps)-1].loc.Remote
				for _, p := range ps {
					if !hasPlace(out, p.key()) {
						out = append(out, p)
					}
				}
			}
		}
	}
	return dropBareCountries(out)
}

// dropBareCountries drops a place that names only a country another place names more closely: "Remote,
// Italy" and "Italy" (a board's location and its office's country) are one place.
func dropBareCountries(ps []parsedPlace) []parsedPlace {
	if len(ps) < 2 {
		return ps
	}
	closer := func(c string) bool {
		return slices.ContainsFunc(ps, func(q parsedPlace) bool {
			return q.loc.Country == c && (q.loc.City != "" || q.loc.Region != "" || q.loc.Remote)
		})
	}
	out := ps[:0:0]
	for _, p := range ps {
		bare := p.loc.City == "" && p.loc.Region == "" && !p.loc.Remote && p.loc.Country != "" && p.macro == "" && !p.hybrid && !p.onsite
		if !bare || !closer(p.loc.Country) {
			out = append(out, p)
		}
	}
	return out
}

func (p *parsedPlace) key() placeKey {
	return placeKey{p.loc.City, p.loc.Region, p.loc.Country, p.macro, p.loc.Remote, p.hybrid, p.onsite}
}

// hasPlace reports whether a place with key k is in ps; a posting names a few places, so a scan beats a map.
func hasPlace(ps []parsedPlace, k placeKey) bool {
	for i := range ps {
		if ps[i].key() == k {
			return true
		}
	}
	return false
}

// placeKey is what makes two places the same: the raw text they were read from does not count.
type placeKey struct {
	city, region, country, macro string
	remote, hybrid, onsite       bool
}

// onlyAreas reports places that name countries or areas only, with no city and no mode of their own.
func onlyAreas(ps []parsedPlace) bool {
	for _, p := range ps {
		if p.loc.City != "" || p.loc.Remote || p.hybrid || p.onsite || p.loc.Country == "" && p.macro == "" {
			return false
		}
	}
	return len(ps) > 0
}

// remoteAreas reports places that are all remote and name countries or areas only.
func remoteAreas(ps []parsedPlace) bool {
	for _, p := range ps {
		if p.loc.City != "" || !p.loc.Remote || p.hybrid || p.onsite || p.loc.Country == "" && p.macro == "" {
			return false
		}
	}
	return len(ps) > 0
}

// splitOn cuts each of parts on every separator, dropping empty pieces. Parts that no separator cuts
// are returned as they are, without a copy.
func splitOn(parts []string, seps ...string) []string {
	for _, sep := range seps {
		if !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, sep) }) {
			continue // the loop below would copy parts unchanged
		}
		var next []string
		for _, p := range parts {
			if !strings.Contains(p, sep) {
				next = append(next, p)
				continue
			}
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// splitPieces appends to out the pieces of one place: cut on commas, colons, parentheses and dashes with a space beside them.
func splitPieces(out []string, s string) []string {
	start := 0
	add := func(end int) {
		if p := strings.TrimSpace(s[start:end]); p != "" {
			out = append(out, p)
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ',', ':', '(', ')', '/':
			add(i)
			start = i + 1
		case '-':
			if i > 0 && s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' ' {
				add(i)
				start = i + 1
			}
		}
	}
	add(len(s))
	return out
}
