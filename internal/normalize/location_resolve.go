package normalize

import (
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

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
	// "Berlin, Germany, Munich, Germany", "Berlin, Munich, Germany": a known city after a known city of
	// another place, and that names nothing else, begins a place of its own ("Brooklyn, NYC, NY" is one place).
	from, city := 0, -1
	for i := range pieces {
		p := &pieces[i]
		if !p.isCity {
			continue
		}
		if city >= 0 && !p.isPlaceName() && p.city != pieces[city].city {
			dst = append(dst, resolve(part, pieces[from:i], m))
			from = i
		}
		city = i
	}
	return append(dst, resolve(part, pieces[from:], m))
}

func allCountries(pieces []piece) bool {
	for i, p := range pieces {
		// "England, Ireland": a nation of the UK is listed as a country, unless the UK is named too ("Wales, UK").
		nation := len(p.regions) == 1 && strings.HasPrefix(p.regions[0], "GB-") && !p.abbrev &&
			!slices.ContainsFunc(pieces, func(q piece) bool { return q.asCtry == "GB" })
		if p.macro == "" && !nation && (p.asCtry == "" || p.usState != "" || p.caProv != "") {
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
	// The first piece that is a known city, or else the first piece that names nothing else, is the city.
	for i := range pieces {
		if pieces[i].isCity {
			cityPiece = &pieces[i]
			break
		}
	}
	known := cityPiece
	for i := range pieces {
		p := &pieces[i]
		switch {
		case p.macro != "":
			pp.macro = p.macro
		case p.country != "" && (!p.code || known == nil || ownRegion(p, known) == ""):
			country = p.country
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
	// "Sonora, CA", "Bremen, GA", "Zeeland, MI": a first piece that names a region of another country than
	// a later piece puts the place in is a town named after that region.
	if cityPiece == nil && len(pieces) > 1 && pieces[0].regions != nil && !pieces[0].abbrev && !pieces[0].code &&
		pieces[0].macro == "" && pieces[0].country == "" && namedElsewhere(pieces) {
		cityPiece = &pieces[0]
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
		// "Vienna, VA": a code that is also a country is the state when the city is in another country.
		other := ctxCountry != "" && regionIn(p.regions, ctxCountry) != ""
		namesake := p.asCtry != "" && said == "" && !other && foreignTo(cityPiece, p.asCtry)
		own := ""
		if p.code && known != nil {
			own = ownRegion(p, known)
		}
		switch r := p.regionFor(said, cityCtry); {
		case own != "":
			// "Pune, MH", "Munich, BY": the code of a region of the known city's country is that region, not
			// another country (the Marshall Islands, Belarus).
			region, country = own, own[:2]
		case p.usState != "" && (ctxCountry == "US" || p.asCtry == "" && p.caProv == "" && !other || namesake):
			region, country = "US-"+p.usState, "US"
		case p.caProv != "" && (ctxCountry == "CA" || p.asCtry == "" && p.usState == "" && !other || namesake):
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

// ownRegion returns the subdivision of the known city's country that the two-letter code p names, when
// the code is not that country's own: the city's own region ("Pune, MH" is IN-MH, "Chennai, TN" IN-TN,
// though TN is also Tennessee), or another of the country's subdivisions when the code is no US state or
// Canadian province ("Gurgaon, HR"), which the namesake rule reads first ("Delhi, LA" stays Louisiana).
func ownRegion(p, known *piece) string {
	if known == nil || !known.isCity || p.asCtry == known.city.country || len(p.text) != 2 {
		return ""
	}
	c, own := known.city.country, known.city.region
	if len(own) == 5 && own[3:] == p.text {
		return own // the city's region is its country's code, "-" and the code
	}
	if p.usState != "" || p.caProv != "" || len(c) != 2 {
		return ""
	}
	b := [5]byte{c[0], c[1], '-', p.text[0], p.text[1]}
	if regionCodes[string(b[:])] {
		return c + "-" + p.text
	}
	return ""
}

// foreignTo reports whether the city piece is a known city, or a town named after regions, of countries
// other than country.
func foreignTo(city *piece, country string) bool {
	switch {
	case city == nil:
		return false
	case city.isCity:
		return city.city.country != country
	default:
		return city.regions != nil && regionIn(city.regions, country) == ""
	}
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

// namedElsewhere reports whether a piece after the first puts the place outside every country the first
// piece's regions are in: a US state or Canadian province, or another country.
func namedElsewhere(pieces []piece) bool {
	for i := 1; i < len(pieces); i++ {
		p := &pieces[i]
		switch {
		case p.usState != "" && regionIn(pieces[0].regions, "US") == "":
			return true
		case p.caProv != "" && regionIn(pieces[0].regions, "CA") == "":
			return true
		case p.country != "" && regionIn(pieces[0].regions, p.country) == "":
			return true
		}
	}
	return false
}
