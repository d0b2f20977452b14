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
			areasFrom := -1    // where in out the areas of the parts since the last one with a mode of its own start
			var alts [4]string // most groups are one place: no allocation for them
			for _, part := range splitAlternatives(alts[:0], group) {
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

// splitAlternatives cuts a group into the places it lists, appended to dst: on " or " and " / ", and on
// " and " and " & " unless the words around them are one name ("Trinidad and Tobago", "Newfoundland and
// Labrador").
func splitAlternatives(dst []string, group string) []string {
	parts := splitOn(append(dst, group), " or ", " / ", " OR ")
	for i, p := range parts {
		if hasJoiner(p) {
			break
		}
		if i == len(parts)-1 {
			return parts
		}
	}
	var out []string
	for _, p := range parts {
		out = cutJoined(out, p)
	}
	return out
}

// joinerAt returns the length of " and " (any case) or " & " at i of s, or 0.
func joinerAt(s string, i int) int {
	switch {
	case s[i] != ' ' || i+2 >= len(s):
		return 0
	case s[i+1] == '&' && s[i+2] == ' ':
		return 3
	case i+4 < len(s) && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'n' && s[i+3]|0x20 == 'd' && s[i+4] == ' ':
		return 5
	}
	return 0
}

// hasJoiner reports " and " or " & " in s, looking only at its spaces.
func hasJoiner(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return false
		}
		i += k
		if i+2 < len(s) && (s[i+1] == '&' || s[i+1]|0x20 == 'a') && joinerAt(s, i) > 0 {
			return true
		}
	}
}

// cutJoined appends to out the places of p cut at each " and " or " & " that is not inside a name: the
// piece around it (between commas, parentheses, colons, slashes and spaced dashes) read with "and" is no
// place ("UK & Ireland", "London and Berlin"; not "Bosnia & Herzegovina").
func cutJoined(out []string, p string) []string {
	start := 0
	for i := 0; i < len(p); i++ {
		w := joinerAt(p, i)
		if w == 0 {
			continue
		}
		lb, rb := pieceBounds(p, i, i+w)
		f := strings.ReplaceAll(foldPlace(p[lb:rb]), " & ", " and ")
		if namesPlace(f) {
			i += w - 1
			continue
		}
		if q := strings.TrimSpace(p[start:i]); q != "" {
			out = append(out, q)
		}
		start = i + w
		i += w - 1
	}
	if q := strings.TrimSpace(p[start:]); q != "" {
		out = append(out, q)
	}
	return out
}

// pieceBounds returns where the piece of s holding s[i:j] begins and ends, as splitPieces cuts it on
// commas, colons, parentheses, slashes and spaced dashes.
func pieceBounds(s string, i, j int) (int, int) {
	cut := func(k int) bool {
		switch s[k] {
		case ',', ':', '(', ')', '/':
			return true
		case '-':
			return k > 0 && s[k-1] == ' ' || k+1 < len(s) && s[k+1] == ' '
		}
		return false
	}
	lb, rb := 0, len(s)
	for k := i - 1; k >= 0; k-- {
		if cut(k) {
			lb = k + 1
			break
		}
	}
	for k := j; k < len(s); k++ {
		if cut(k) {
			rb = k
			break
		}
	}
	return lb, rb
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

// splitPieces appends to out the pieces of one place: cut on commas, colons, parentheses and slashes, on
// dashes ("-", "–", "—") with a space beside them, and on a hyphen between two words when one of them is
// a code, a country or a remote word ("US-Remote", "US-CA-San Francisco", "GBR-London") and the words
// together are no place ("Guinea-Bissau") or work-mode words ("US-based", "Remote-first"). A slash between
// two single letters ("N/A") is no cut.
func splitPieces(out []string, s string) []string {
	start := 0
	add := func(end int) {
		if p := strings.TrimSpace(s[start:end]); p != "" {
			out = append(out, p)
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ',', ':', '(', ')':
			add(i)
			start = i + 1
		case '/':
			if i > 0 && i+1 < len(s) && isLoneLetter(s, i-1) && isLoneLetter(s, i+1) {
				continue
			}
			add(i)
			start = i + 1
		case '-':
			if i > 0 && s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' ' || hyphenCuts(s, start, i, i+1) {
				add(i)
				start = i + 1
			}
		case 0xE2:
			if isDashAt(s, i) {
				if i > 0 && s[i-1] == ' ' || i+3 < len(s) && s[i+3] == ' ' || hyphenCuts(s, start, i, i+3) {
					add(i)
					start = i + 3
				}
				i += 2
			}
		}
	}
	add(len(s))
	return out
}

// isDashAt reports "–" or "—" (E2 80 93, E2 80 94) at i.
func isDashAt(s string, i int) bool {
	return i >= 0 && i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94)
}

// isLoneLetter reports an ASCII letter at i with no letter beside it.
func isLoneLetter(s string, i int) bool {
	return isASCIILetter(s[i]) && (i == 0 || !isASCIILetter(s[i-1])) && (i+1 == len(s) || !isASCIILetter(s[i+1]))
}

// hyphenCuts reports whether the unspaced dash s[i:next] cuts the piece that began at start: the word on
// one side of it is a code, a country or "remote"/"hybrid", and the hyphenated words together neither name a place
// nor are work-mode words.
func hyphenCuts(s string, start, i, next int) bool {
	from := start // the word before: back to the last dash
	for k := i - 1; k >= start; k-- {
		if s[k] == '-' || isDashAt(s, k-2) && k-2 >= start {
			from = k + 1
			break
		}
	}
	end, to := len(s), len(s) // the word after, and the end of the hyphenated words
	for k := next; k < len(s); k++ {
		if c := s[k]; c == ',' || c == ':' || c == '(' || c == ')' || c == '/' || c == '-' || isDashAt(s, k) {
			if end == len(s) {
				end = k
			}
			if c != '-' && !isDashAt(s, k) {
				to = k
				break
			}
		}
	}
	if left, right := s[from:i], s[next:end]; !hyphenSide(left) && !hyphenSide(right) && !codeBeforeCity(left, right) {
		return false
	}
	var buf [64]byte
	f := foldPlaceTo(buf[:0], s[start:to], 0)
	var m markers
	if namesPlace(string(f)) || m.strip(string(f)) != string(f) {
		return false
	}
	for k := range f { // "Mexico-City": the words with spaces for the hyphens
		if f[k] == '-' {
			f[k] = ' '
		}
	}
	return !namesPlace(string(f))
}

// codeBeforeCity reports a code of two or three capitals before a known city ("KA-Bengaluru" in
// Workday's "IN-KA-Bengaluru"): a region's code, whether or not the tables know it.
func codeBeforeCity(code, city string) bool {
	if len(code) < 2 || len(code) > 3 || !isUpperASCII(code) {
		return false
	}
	var buf [64]byte
	_, ok := cityByName[string(foldPlaceTo(buf[:0], strings.TrimSpace(city), 0))]
	return ok
}

// hyphenSide reports a word beside a hyphen that says it joins two pieces: a country, state or province
// code ("US", "CA", "GBR"), a country's name or a remote word.
func hyphenSide(w string) bool {
	w = strings.TrimSpace(w)
	switch {
	case len(w) == 2 && isUpperASCII(w):
		return countryCodes[w] || usStateCodes[w] || caProvCodes[w] || w == "UK"
	case len(w) == 3 && isUpperASCII(w) && countryByAlpha3[w] != "":
		return true
	case len(w) < 4 || len(w) > 40:
		return false
	}
	var buf [64]byte
	f := foldPlaceTo(buf[:0], w, 0)
	switch string(f) {
	case "remote", "hybrid":
		return true
	}
	return countryByName[string(f)] != ""
}
