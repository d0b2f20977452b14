package normalize

import "strings"

// markers are the work modes a place's text states around the place itself.
type markers struct{ remote, hybrid, onsite, inSite bool }

// areaOnly are folded pieces that name part of a country or its time zone and no place of their own.
var areaOnly = map[string]bool{"east coast": true, "west coast": true, "midwest": true, "eastern time": true,
	"pacific time": true, "central time": true, "mountain time": true, "eastern standard time": true,
	"pacific standard time": true, "eastern time zone": true, "pacific time zone": true, "central time zone": true,
	"mountain time zone": true, "est": true, "pst": true, "edt": true, "pdt": true,
	// a compass point alone, as "US-East" is cut
	"east": true, "west": true, "north": true, "south": true}

// areaPrefixes and areaSuffixes qualify a country, state or province with a part of it or its time zone.
var (
	areaPrefixes = []string{"east coast ", "west coast ", "eastern ", "western ", "northern ", "southern ", "central "}
	areaSuffixes = []string{" east coast", " west coast", " eastern time", " pacific time", " central time",
		" mountain time", " time zone", " timezone", " time zones", " timezones", " hours", " midwest", " east", " west", " north", " south", " central"}
)

// cutArea returns a folded piece without the words that qualify a country or area with part of it ("us
// east coast", "eastern us", "canada east" are the country, "central europe" is Europe), and "" for a piece
// that is only such words ("east coast", "eastern time"). A piece that is itself a known place ("south
// africa", "north carolina") is kept whole, and so is one whose rest names no place ("east london"); a bare
// "east", "west", "north" or "south" before a name is part of it ("west jordan", "east la", "south georgia").
func cutArea(f string) string {
	// "Trinidad & Tobago", "Bosnia & Herzegovina": a name written with "&" for "and".
	if strings.IndexByte(f, '&') >= 0 {
		if g := strings.ReplaceAll(f, " & ", " and "); g != f && namesPlace(g) {
			return g
		}
	}
	if isClockNote(f) {
		return ""
	}
	if areaOnly[f] {
		if _, city := cityByName[f]; !city {
			return ""
		}
		return f
	}
	if namesPlace(f) {
		return f
	}
	for _, pre := range areaPrefixes {
		// "Central America" is no part of the US, though "America" alone names it.
		if rest := strings.TrimPrefix(f, pre); len(rest) < len(f) && rest != "america" && namesArea(rest) {
			return rest
		}
	}
	for _, suf := range areaSuffixes {
		if rest := strings.TrimSuffix(f, suf); len(rest) < len(f) && namesArea(rest) {
			return rest
		}
	}
	return f
}

// zoneNames are time zones a remote place is limited to ("CET ±2h", "UTC+3", "GMT-5").
var zoneNames = []string{"utc", "gmt", "cet", "cest", "eet", "wet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "aest", "sgt", "jst"}

// isClockNote reports a folded piece that is only a time zone or offset ("CET ±2h", "UTC+3", "+/- 3 hours")
// or a hybrid schedule ("2 days", "week", "3 days per week"): it names no place.
func isClockNote(f string) bool {
	if f == "" {
		return false
	}
	if a, b, ok := strings.Cut(f, " to "); ok { // "UTC-5 to UTC+3"
		return isClockNote(a) && isClockNote(b)
	}
	if c := f[0]; c >= 'a' && c <= 'z' {
		switch f {
		case "week", "per week", "a week", "weekly":
			return true
		}
		for _, z := range zoneNames {
			if rest, ok := strings.CutPrefix(f, z); ok && (rest == "" || isOffset(strings.TrimLeft(rest, " "))) {
				return true
			}
		}
		return false
	}
	return isOffset(f)
}

// isOffset reports an hour offset or a day count: signs, digits and ":" followed by nothing or a word for hours
// or days ("±2h", "+1", "-05:00", "+/- 3 hours", "2 days", "3 days per week").
func isOffset(s string) bool {
	i := 0
	digits := false
	for i < len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = true
			i++
		case c == '+' || c == '-' || c == ':' || c == ' ':
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xB1: // ±
			i += 2
		default:
			goto word
		}
	}
word:
	if !digits && i < len(s) {
		return false
	}
	switch strings.TrimSpace(s[i:]) {
	case "", "h", "hr", "hrs", "hour", "hours", "day", "days", "days per week", "days a week", "days week",
		"days in office", "days in the office", "days onsite", "days on-site", "days in-office", "x week":
		return digits || i == len(s) && i > 0
	}
	return false
}

// namesPlace reports a folded piece that is a known country, state, province, area or city.
func namesPlace(f string) bool {
	_, city := cityByName[f]
	_, macro := macroRegions[f]
	_, region := regionByName[f]
	return city || macro || region || countryByName[f] != "" || usStateByName[f] != "" || caProvByName[f] != ""
}

// namesArea reports a folded piece that is a country, state, province or world area by name, or a
// country, state or province by two-letter code.
func namesArea(f string) bool {
	if len(f) == 2 {
		u := strings.ToUpper(f)
		return countryCodes[u] || usStateCodes[u] || caProvCodes[u] || u == "UK" || f == "eu"
	}
	_, macro := macroRegions[f]
	_, region := regionByName[f]
	return macro || region || countryByName[f] != "" || usStateByName[f] != "" || caProvByName[f] != ""
}

// strip notes the work-mode and office words of a folded piece and returns what is left of it, if anything.
func (m *markers) strip(f string) string {
	if f == "" {
		return f
	}
	// The fillers and prefixes below begin with these letters only: a piece beginning with another skips them.
	c := f[0]
	for _, filler := range []string{"or ", "and ", "in ", "the ", "based in ", "within ", "anywhere in "} {
		if c != 'o' && c != 'a' && c != 'i' && c != 't' && c != 'b' && c != 'w' {
			break
		}
		if strings.HasPrefix(f, filler) && len(f) > len(filler) {
			if namesPlace(f) {
				return f // "The Hague" is a name, not "the" before one
			}
			// "Anywhere in Europe": work from anywhere in a place is remote work from there.
			m.remote = m.remote || filler == "anywhere in "
			return m.strip(f[len(filler):])
		}
	}
	switch f {
	case "no office", "n/a", "tbd", "tba", "various", "various locations", "multiple locations", "multiple", "several locations",
		"to be determined", "flexible", "not specified", "unspecified", "field", "field based", "field-based":
		return ""
	case "remote job", "remote only", "remote work", "remote position", "remote ok", "remote okay", "remote possible",
		"remote allowed", "remote optional", "remote option", "remote available", "remote eligible":
		m.remote = true
		return ""
	case "remote", "fully remote", "remote first", "remote-first", "100% remote", "work from home", "wfh", "telecommute", "remote friendly",
		"remote-friendly", "home office", "homeoffice", "home-office", "home based", "home-based", "working from home",
		// the same in French, Spanish, Portuguese, Italian and German
		"télétravail", "teletravail", "teletrabajo", "trabajo remoto", "remoto", "remota", "teletrabalho", "telelavoro",
		"fernarbeit", "mobiles arbeiten":
		m.remote = true
		return ""
	case "hybrid", "hybrid remote":
		m.hybrid = true
		return ""
	case "on-site", "onsite", "on site", "in office", "in-office", "in person", "in-person", "fully on-site", "fully onsite":
		m.onsite, m.inSite = true, true
		return ""
	case "office":
		m.onsite = true
		return ""
	case "hq", "headquarters", "head office", "main office":
		return ""
	}
	if isPlaceCount(f) { // "2 Locations": a board's count of places it lists elsewhere
		return ""
	}
	for _, pre := range []string{"remote ", "hybrid ", "remoto ", "remota "} {
		if c != 'r' && c != 'h' {
			break
		}
		if strings.HasPrefix(f, pre) {
			m.strip(pre[:len(pre)-1])
			return m.strip(strings.TrimSpace(f[len(pre):]))
		}
	}
	// "UK only", "US-based": the words that limit a place to itself add nothing to it.
	for _, suf := range []string{" only", "-only", " based", "-based"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf) {
			return m.strip(strings.TrimSpace(f[:len(f)-len(suf)]))
		}
	}
	for _, suf := range []string{" remote", " hybrid", " office", " hq"} {
		if strings.HasSuffix(f, suf) {
			m.strip(suf[1:])
			return m.strip(strings.TrimSpace(f[:len(f)-len(suf)])) // "US-based remote"
		}
	}
	return f
}

// isPlaceCount reports a folded piece that is a number of places: "2 locations", "3 offices".
func isPlaceCount(f string) bool {
	i := 0
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch strings.TrimPrefix(f[i:], "+") {
	case " locations", " location", " offices", " cities", " more", " more locations", " other locations":
		return true
	}
	return false
}
