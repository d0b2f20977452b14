package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// parsePlacesByMap and parsePartByCopies are what parsePlaces and parsePart replaced, kept as their
// reference: a map of the places seen, a new slice for each part's places and pieces, each piece folded twice.
func parsePlacesByMap(raw []string) []parsedPlace {
	var out []parsedPlace
	seen := map[placeKey]bool{}
	for _, r := range raw {
		r = strings.TrimSpace(RepairMojibake(r))
		if r == "" {
			continue
		}
		for _, group := range splitOn([]string{r}, "|", ";", "\n") {
			prevRemote := false
			for _, part := range splitAlternatives(nil, group) { // the same cuts
				ps := parsePartByCopies(part)
				// "remote in Ireland or the UK": the remote marker carries over to a list of countries and areas.
				if prevRemote && onlyAreas(ps) {
					for i := range ps {
						ps[i].loc.Remote = true
					}
				}
				prevRemote = len(ps) > 0 && ps[len(ps)-1].loc.Remote
				for _, p := range ps {
					key := placeKey{p.loc.City, p.loc.Region, p.loc.Country, p.macro, p.loc.Remote, p.hybrid, p.onsite}
					if !seen[key] {
						seen[key] = true
						out = append(out, p)
					}
				}
			}
		}
	}
	return dropBareCountries(out) // the same last step
}

func parsePartByCopies(part string) []parsedPlace {
	// A city whose name has a comma or dash in it ("Washington, D.C.") is looked up whole first.
	if c, ok := cityByName[foldPlace(strings.ReplaceAll(part, ",", ""))]; ok && strings.ContainsAny(part, ",-") {
		return []parsedPlace{{loc: posting.Location{City: strings.TrimSpace(part), Region: c.region, Country: c.country, Raw: part}}}
	}
	var m markers
	var pieces []piece
	for _, raw := range splitPieces(nil, part) {
		f := cutArea(m.strip(foldPlace(raw)))
		if f == "" {
			continue
		}
		text := raw
		if f != foldPlace(raw) { // a marker was cut from the piece: keep the place words as written
			if lr := strings.ToLower(raw); len(lr) == len(raw) { // offsets agree only when lower-casing kept the length
				if i := strings.Index(lr, f); i >= 0 {
					text = raw[i : i+len(f)]
				}
			}
		}
		pieces = append(pieces, classify(strings.TrimSpace(text), f))
	}
	if len(pieces) == 0 && !m.remote && !m.hybrid && !m.onsite {
		return nil // "No Office", "HQ": nothing to say
	}
	// "San Francisco, New York, London": a list of known cities and nothing else is several places;
	// with two pieces the second must not also name a region ("New York, New York").
	if len(pieces) >= 2 {
		all := true
		for _, p := range pieces {
			if !p.isCity || len(pieces) == 2 && p.isPlaceName() {
				all = false
				break
			}
		}
		if all {
			out := make([]parsedPlace, 0, len(pieces))
			for _, p := range pieces {
				out = append(out, resolve(part, []piece{p}, m))
			}
			return out
		}
	}
	// "UK, USA" or "LATAM, Brazil, Mexico": a list of distinct countries and areas is several places.
	if len(pieces) >= 2 && allCountries(pieces) {
		out := make([]parsedPlace, 0, len(pieces))
		for _, p := range pieces {
			out = append(out, resolve(part, []piece{p}, m))
		}
		return out
	}
	// A known city after a known city of another place, and that names nothing else, begins a place.
	var out []parsedPlace
	from, city := 0, -1
	for i, p := range pieces {
		if !p.isCity {
			continue
		}
		if city >= 0 && !p.isPlaceName() && p.city != pieces[city].city {
			out = append(out, resolve(part, slices.Clone(pieces[from:i]), m))
			from = i
		}
		city = i
	}
	return append(out, resolve(part, pieces[from:], m))
}

// placeSeeds are location strings with what the parser cuts on, in every case, beside non-ASCII letters
// (İ and the Kelvin sign lower-case to ASCII) and bytes that are not UTF-8.
var placeSeeds = []string{"", " ", "Remote - US ", "Remote- Asia Pacific ", "HQ - San Francisco", "Remote, EMEA",
	"New York, New York", "Remote: United States", "Bangalore, India - Remote", "Warsaw, , Poland",
	"Dublin, London, or remote in Ireland or the UK", "Dublin, London or remote in the UK / Ireland", "Washington, D.C.",
	"WASHINGTON, D.C.", "washington,,d.c.", "Washington , D . C .", "Cluj-Napoca", "cluj-napoca, Romania",
	"San Francisco, New York, London", "UK, USA", "LATAM, Brazil, Mexico", "Singapore, Singapore", "CA 94301",
	"Atlanta, GA", "Tbilisi, Georgia", "Austin | Chicago; Boston\nDenver", "London OR Berlin", "Remote Only",
	"Hybrid Remote - Berlin", "Berlin Office", "München, Deutschland", "İstanbul, Türkiye", "\u212aöln", "Zürich (Hybrid)",
	"\xffBerlin\xfe, DE", "a,b,c,d,e,f,g,h,i,j,k,l", "Remote - US, Remote - US, Remote - US", "London, London, London", "Berlin, Germany, Munich, Germany",
	"Brooklyn, NYC, Berlin", "US-CA-San Francisco", "Remote (US & Canada)", "Trinidad and Tobago", "Pune, MH",
	"São Paulo - SP, Brazil", "Montréal, QC", "Paris (France) / Lyon", "n/a", "Anywhere in the World", "USA, Canada, Mexico, UK, Germany, France",
	strings.Repeat("Berlin, ", 30) + "Germany", strings.Repeat("x", 70) + ", " + strings.Repeat("Y", 70)}

func checkParsePlaces(t *testing.T, raw []string) {
	if got, want := parsePlaces(raw), parsePlacesByMap(raw); !slices.Equal(got, want) {
		t.Fatalf("parsePlaces(%q) = %+v, want %+v", raw, got, want)
	}
}

func TestParsePlacesMatchesByMap(t *testing.T) {
	for _, s := range placeSeeds {
		checkParsePlaces(t, []string{s})
		checkParsePlaces(t, []string{s, s, "Remote"})
	}
	checkParsePlaces(t, placeSeeds)
	for _, d := range captureDrafts(t) {
		checkParsePlaces(t, d.Locations)
		for _, l := range d.Locations {
			checkParsePlaces(t, []string{strings.ToUpper(l)})
			checkParsePlaces(t, []string{strings.ToLower(l)})
		}
	}
}

func FuzzParsePlaces(f *testing.F) {
	for _, s := range placeSeeds {
		f.Add(s, "Remote")
	}
	for _, d := range captureDrafts(f) {
		if len(d.Locations) > 0 {
			f.Add(d.Locations[0], strings.Join(d.Locations[1:], "|"))
		}
	}
	f.Fuzz(func(t *testing.T, a, b string) { checkParsePlaces(t, []string{a, b}) })
}
