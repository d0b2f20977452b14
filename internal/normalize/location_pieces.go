package normalize

import "strings"

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
		if p.asCtry == "" && len(text) == 3 && isUpperASCII(text) { // "GBR", "DEU": an alpha-3 code
			p.asCtry = countryByAlpha3[text]
		}
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
		rest, ok := strings.CutPrefix(fold, w)
		if !ok {
			continue
		}
		if p.cityNamed(rest) {
			return
		}
		for _, x := range citySuffixes { // "Greater Seattle Area"
			if r, ok := strings.CutSuffix(rest, x); ok && p.cityNamed(r) {
				return
			}
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

// isUpperASCII reports text made only of the letters A to Z.
func isUpperASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' {
			return false
		}
	}
	return text != ""
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
