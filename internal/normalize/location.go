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

type markers struct{ remote, hybrid, onsite, inSite bool }

// areaOnly are folded pieces that name part of a country or its time zone and no place of their own.
var areaOnly = map[string]bool{"east coast": true, "west coast": true, "midwest": true, "eastern time": true,
	"pacific time": true, "central time": true, "mountain time": true, "eastern standard time": true,
	"pacific standard time": true, "eastern time zone": true, "pacific time zone": true, "central time zone": true,
	"mountain time zone": true, "est": true, "pst": true, "edt": true, "pdt": true}

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
		return countryCodes[u] || usStateCodes[u] || caProvCodes[u] || u == "UK"
	}
	_, macro := macroRegions[f]
	_, region := regionByName[f]
	return macro || region || countryByName[f] != "" || usStateByName[f] != "" || caProvByName[f] != ""
}

// strip notes the work-mode and office words of a folded piece and returns what is left of it, if anything.
func (m *markers) strip(f string) string {
	for _, filler := range []string{"or ", "and ", "in ", "the ", "based in ", "anywhere in "} {
		if strings.HasPrefix(f, filler) && len(f) > len(filler) {
			return m.strip(f[len(filler):])
		}
	}
	switch f {
	case "no office", "n/a", "tbd", "tba", "various", "various locations", "multiple locations", "multiple", "several locations",
		"to be determined", "flexible", "not specified", "unspecified":
		return ""
	case "remote job", "remote only", "remote work", "remote position":
		m.remote = true
		return ""
	case "remote", "fully remote", "remote first", "remote-first", "100% remote", "work from home", "wfh", "telecommute", "remote friendly":
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
	for _, pre := range []string{"remote ", "hybrid "} {
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
			return strings.TrimSpace(f[:len(f)-len(suf)])
		}
	}
	return f
}

// piece is one classified piece of a place.
type piece struct {
	text    string // as written
	fold    string
	country string // unambiguous country
	code    bool   // written as a two-letter upper-case code
	asCtry  string // could be this country
	usState string // could be this US state (postal code)
	caProv  string // could be this Canadian province
	city    place
	isCity  bool
	macro   string
	regions []string // could be one of these subdivisions of other countries (ISO 3166-2), from regionTable
	abbrev  bool     // regions were read from an abbreviation ("NSW", "SP"), which only a country resolves
	shared  bool     // regions were read from a name that also names a place elsewhere ("Victoria")
}

func classify(text, fold string) piece {
	p := piece{text: text, fold: fold}
	if m, ok := macroRegions[fold]; ok {
		p.macro = m
		return p
	}
	// "CA 94301": a state code with a ZIP code is a US state, whatever else the code could mean.
	if len(text) >= 8 && text[2] == ' ' && usStateCodes[text[:2]] && isZIP(text[3:]) {
		p.usState = text[:2]
		return p
	}
	if len(text) == 2 && text == strings.ToUpper(text) {
		p.code = true
		if countryCodes[text] {
			p.asCtry = text
		}
		if text == "UK" {
			p.asCtry = "GB"
		}
		if usStateCodes[text] {
			p.usState = text
		}
		if caProvCodes[text] {
			p.caProv = text
		}
		p.regions, p.abbrev = regionByAbbrev[text], true
	} else {
		p.asCtry = countryByName[fold]
		p.usState = usStateByName[fold]
		p.caProv = caProvByName[fold]
		if c, ok := cityByName[fold]; ok {
			p.city, p.isCity = c, true
		}
		if rs, ok := regionByName[fold]; ok {
			p.regions, p.shared = rs, regionShared[fold]
		} else if len(text) == 3 && text == strings.ToUpper(text) { // "VIC", "ACT": codes that are also words
			p.regions, p.abbrev = regionByAbbrev[text], true
		}
		if !p.isCity && !p.isPlaceName() && p.regions == nil {
			p.qualified(fold)
		}
	}
	if p.asCtry != "" && p.usState == "" && p.caProv == "" && p.regions == nil && (!p.isCity || p.city.country == p.asCtry) {
		p.country = p.asCtry
	}
	return p
}

// regionWords and cityWords are what a name may carry around a state's or a city's name ("State of São
// Paulo", "Masovian Voivodeship", "Washington State"; "Greater London", "Washington D.C. Metro Area").
var (
	regionPrefixes = []string{"state of ", "province of ", "canton of ", "county "}
	regionSuffixes = []string{" state", " province", " voivodeship", " prefecture", " region", " canton", " county"}
	cityPrefixes   = []string{"greater "}
	citySuffixes   = []string{" metropolitan area", " metro area", " metro", " area"}
)

// qualified reads a piece that names nothing as it stands as a state or city named with one of those words.
func (p *piece) qualified(fold string) {
	for _, w := range regionPrefixes {
		if rest, ok := strings.CutPrefix(fold, w); ok && p.regionNamed(rest) {
			return
		}
	}
	for _, w := range regionSuffixes {
		if rest, ok := strings.CutSuffix(fold, w); ok && p.regionNamed(rest) {
			return
		}
	}
	for _, w := range cityPrefixes {
		if rest, ok := strings.CutPrefix(fold, w); ok && p.cityNamed(rest) {
			return
		}
	}
	for _, w := range citySuffixes {
		if rest, ok := strings.CutSuffix(fold, w); ok && p.cityNamed(rest) {
			return
		}
	}
}

// cityNamed sets the known city the folded name f is, if it is one.
func (p *piece) cityNamed(f string) bool {
	p.city, p.isCity = cityByName[f]
	return p.isCity
}

// regionNamed sets what the folded name f says as a US state, Canadian province or other subdivision.
func (p *piece) regionNamed(f string) bool {
	p.usState, p.caProv = usStateByName[f], caProvByName[f]
	if rs, ok := regionByName[f]; ok {
		p.regions, p.shared = rs, regionShared[f]
	}
	return p.usState != "" || p.caProv != "" || p.regions != nil
}

// isZIP reports a US ZIP code: five digits, optionally "-" and four more.
func isZIP(s string) bool {
	if len(s) != 5 && len(s) != 10 || len(s) == 10 && s[5] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 5 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func (p piece) isPlaceName() bool {
	return p.asCtry != "" || p.usState != "" || p.caProv != "" || p.macro != ""
}

// regionFor returns the subdivision the piece names, given the country the place names (said) and the
// country of its known city (cityCtry): the one in the country said; else a name that is nothing else
// and no other place's; else the one in the city's country; else "".
func (p *piece) regionFor(said, cityCtry string) string {
	switch {
	case p.regions == nil:
		return ""
	case said != "":
		return regionIn(p.regions, said)
	case !p.abbrev && !p.shared && p.asCtry == "" && p.usState == "" && p.caProv == "":
		return p.regions[0]
	case cityCtry != "":
		return regionIn(p.regions, cityCtry)
	}
	return ""
}

// parsePart appends the places of one part to dst.
func parsePart(dst []parsedPlace, part string) []parsedPlace {
	// A city whose name has a comma or dash in it ("Washington, D.C.") is looked up whole first.
	if strings.ContainsAny(part, ",-") {
		var buf [64]byte
		if c, ok := cityByName[string(foldPlaceTo(buf[:0], part, ','))]; ok {
			return append(dst, parsedPlace{loc: posting.Location{City: strings.TrimSpace(part), Region: c.region, Country: c.country, Raw: part}})
		}
	}
	var m markers
	var pbuf [4]piece
	pieces := pbuf[:0]
	var sbuf [8]string
	for _, raw := range splitPieces(sbuf[:0], part) {
		fr := foldPlace(raw)
		f := cutArea(m.strip(fr))
		if f == "" {
			continue
		}
		text := raw
		if f != fr { // a marker was cut from the piece: keep the place words as written
			if lr := strings.ToLower(raw); len(lr) == len(raw) { // offsets agree only when lower-casing kept the length
				if i := strings.Index(lr, f); i >= 0 {
					text = raw[i : i+len(f)]
				}
			}
		}
		pieces = append(pieces, classify(strings.TrimSpace(text), f))
	}
	if len(pieces) == 0 && !m.remote && !m.hybrid && !m.onsite {
		return dst // "No Office", "HQ": nothing to say
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
			for i := range pieces {
				dst = append(dst, resolve(part, pieces[i:i+1], m))
			}
			return dst
		}
	}
	// "UK, USA" or "LATAM, Brazil, Mexico": a list of distinct countries and areas is several places.
	if len(pieces) >= 2 && allCountries(pieces) {
		for i := range pieces {
			dst = append(dst, resolve(part, pieces[i:i+1], m))
		}
		return dst
	}
	return append(dst, resolve(part, pieces, m))
}

func allCountries(pieces []piece) bool {
	for i, p := range pieces {
		if p.macro == "" && (p.asCtry == "" || p.usState != "" || p.caProv != "") {
			return false
		}
		for _, q := range pieces[:i] {
			if q.fold == p.fold {
				return false // "Singapore, Singapore" is a city in its country
			}
		}
	}
	return true
}

// resolve turns the pieces of one place into a Location, using each piece to disambiguate the others.
func resolve(raw string, pieces []piece, m markers) parsedPlace {
	pp := parsedPlace{hybrid: m.hybrid, onsite: m.onsite, inSite: m.inSite}
	loc := posting.Location{Raw: raw, Remote: m.remote}
	var cityPiece *piece
	country, region := "", ""
	for i := range pieces {
		p := &pieces[i]
		switch {
		case p.macro != "":
			pp.macro = p.macro
		case p.country != "":
			country = p.country
		}
	}
	// The first piece that is a known city, or else the first piece that names nothing else, is the city.
	for i := range pieces {
		if pieces[i].isCity {
			cityPiece = &pieces[i]
			break
		}
	}
	if cityPiece == nil {
		for i := range pieces {
			if p := &pieces[i]; !p.isPlaceName() && !p.code && p.regions == nil {
				cityPiece = p
				break
			}
		}
	}
	said, cityCtry := country, ""
	if cityPiece != nil && cityPiece.isCity {
		cityCtry = cityPiece.city.country
	}
	ctxCountry := country
	if ctxCountry == "" {
		ctxCountry = cityCtry
	}
	for i := range pieces {
		p := &pieces[i]
		if p == cityPiece || p.macro != "" {
			continue
		}
		// "Perth, WA": a code is a US state or Canadian province unless the place's country has it too.
		other := ctxCountry != "" && regionIn(p.regions, ctxCountry) != ""
		switch r := p.regionFor(said, cityCtry); {
		case p.usState != "" && (ctxCountry == "US" || p.asCtry == "" && p.caProv == "" && !other):
			region, country = "US-"+p.usState, "US"
		case p.caProv != "" && (ctxCountry == "CA" || p.asCtry == "" && p.usState == "" && !other):
			region, country = "CA-"+p.caProv, "CA"
		case p.asCtry != "" && (p.country != "" || ctxCountry == p.asCtry):
			country = p.asCtry
		case r != "":
			region, country = r, r[:2]
		case cityPiece == nil && p.isCity:
			cityPiece = p
		case p.asCtry != "" && cityPiece == nil && p.usState == "" && p.caProv == "" && p.abbrev:
			// "Remote - SA": a code with no city beside it is the country's, not an abbreviated state's.
			country = p.asCtry
		case cityPiece == nil && p.regions != nil && !p.abbrev && !p.isPlaceName():
			// "Victoria, BC": a subdivision's name that no country here has is a city's.
			cityPiece = p
		}
	}
	if cityPiece != nil {
		loc.City = cityPiece.text
		if cityPiece.isCity {
			switch {
			case country == "" && region == "":
				country, region = cityPiece.city.country, cityPiece.city.region
			case country == cityPiece.city.country && region == "":
				region = cityPiece.city.region
			}
		}
	}
	// "Washington" alone is the state or the capital: both are in the US, the region is not known.
	if region == "US-WA" && cityPiece == nil && stateFromFold(pieces, "washington") {
		region = ""
	}
	// A place that is the whole world ("Anywhere", "Worldwide") is remote work from anywhere.
	if pp.macro == "WORLDWIDE" && cityPiece == nil && country == "" && !m.hybrid && !m.onsite && worldOnly(pieces) {
		loc.Remote = true
	}
	// A lone piece that is both a city and a country/state ("Singapore", "New York") keeps the city.
	loc.Country, loc.Region = country, region
	pp.loc = loc
	return pp
}

// stateFromFold reports whether the one piece naming a US state is the folded name f.
func stateFromFold(pieces []piece, f string) bool {
	found := false
	for _, p := range pieces {
		if p.usState != "" {
			if p.fold != f {
				return false
			}
			found = true
		}
	}
	return found
}

// worldOnly reports pieces that are all words for the whole world a hire may work from.
func worldOnly(pieces []piece) bool {
	for _, p := range pieces {
		switch p.fold {
		case "anywhere", "worldwide", "world", "anywhere in the world":
		default:
			return false
		}
	}
	return len(pieces) > 0
}
