package normalize

import (
	"slices"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestLocationRegions reads subdivisions of countries other than the US and Canada (ISO 3166-2), by name
// or abbreviation, and leaves an abbreviation or name that could be two places unresolved unless the
// country or a known city says which.
func TestLocationRegions(t *testing.T) {
	L := func(city, region, country string) posting.Location {
		return posting.Location{City: city, Region: region, Country: country}
	}
	tests := []struct {
		in   string
		want posting.Location
	}{
		// A town named after another country's region stays a town where a US state or other country is said
		// (a code that is a state and a country is the state: the region's country is not that country); a
		// region followed by its own country is the region.
		{"Sonora, CA", L("Sonora", "US-CA", "US")}, {"Bremen, GA", L("Bremen", "US-GA", "US")}, {"Piedmont, SC", L("Piedmont", "US-SC", "US")},
		{"Zeeland, MI", L("Zeeland", "US-MI", "US")}, {"Bremen, Indiana", L("Bremen", "US-IN", "US")},
		{"Punjab, India", L("", "IN-PB", "IN")}, {"Bavaria, Germany", L("", "DE-BY", "DE")},
		// Kochi is also a city in Kerala: alone it is not resolved to Japan's prefecture.
		{"Kochi", L("Kochi", "", "")}, {"Kochi, Kerala", L("Kochi", "IN-KL", "IN")},
		{"Sydney, NSW", L("Sydney", "AU-NSW", "AU")},
		{"Sydney, New South Wales, Australia", L("Sydney", "AU-NSW", "AU")},
		{"Munich, Bavaria, Germany", L("Munich", "DE-BY", "DE")},
		{"München, Bayern", L("München", "DE-BY", "DE")},
		{"Essen, NRW", L("Essen", "DE-NW", "DE")},
		{"Bonn, North Rhine-Westphalia", L("Bonn", "DE-NW", "DE")},
		{"Bengaluru, Karnataka, India", L("Bengaluru", "IN-KA", "IN")},
		{"Chennai, Tamil Nadu", L("Chennai", "IN-TN", "IN")},
		{"Delhi NCR", L("", "IN-DL", "IN")},
		{"São Paulo, SP, Brazil", L("São Paulo", "BR-SP", "BR")},
		{"Sao Paulo, Brazil", L("Sao Paulo", "BR-SP", "BR")}, // the city is in the state: the table says so
		{"São Paulo, State of São Paulo, Brazil", L("São Paulo", "BR-SP", "BR")},
		{"Curitiba, PR", L("Curitiba", "BR-PR", "BR")},
		{"Guadalajara, Jalisco, Mexico", L("Guadalajara", "MX-JAL", "MX")},
		{"Ciudad de México, CDMX", L("Ciudad de México", "MX-CMX", "MX")},
		{"Barcelona, Catalonia, Spain", L("Barcelona", "ES-CT", "ES")},
		{"Bilbao, País Vasco, España", L("Bilbao", "ES-PV", "ES")},
		{"Milan, Lombardy, Italy", L("Milan", "IT-25", "IT")},
		{"Edinburgh, Scotland", L("Edinburgh", "GB-SCT", "GB")},
		{"Cardiff, Wales", L("Cardiff", "GB-WLS", "GB")},
		{"London, England, United Kingdom", L("London", "GB-ENG", "GB")},
		{"Zürich, ZH, Switzerland", L("Zürich", "CH-ZH", "CH")},
		{"Lausanne, VD", L("Lausanne", "CH-VD", "CH")},
		{"Bern, BE, Switzerland", L("Bern", "CH-BE", "CH")},
		{"Berlin, BE", L("Berlin", "DE-BE", "DE")},
		{"Lyon, Auvergne-Rhône-Alpes, France", L("Lyon", "FR-ARA", "FR")},
		{"Rotterdam, Zuid-Holland, Netherlands", L("Rotterdam", "NL-ZH", "NL")},
		{"Linz, Upper Austria, Austria", L("Linz", "AT-4", "AT")},
		{"Warsaw, Masovian Voivodeship, Poland", L("Warsaw", "PL-14", "PL")},
		{"Makati, Metro Manila, Philippines", L("Makati", "PH-00", "PH")},
		{"Shenzhen, Guangdong, China", L("Shenzhen", "CN-GD", "CN")},
		{"Osaka, Japan", L("Osaka", "JP-27", "JP")},
		// A city named like its region is the city, in that region.
		{"Fukuoka, Japan", L("Fukuoka", "JP-40", "JP")},
		{"Yokohama, Kanagawa", L("Yokohama", "JP-14", "JP")},
		{"Bremen, Germany", L("Bremen", "DE-HB", "DE")},
		{"Genève, Suisse", L("Genève", "CH-GE", "CH")},
		{"Dubai, UAE", L("Dubai", "AE-DU", "AE")},
		{"Western Australia", L("", "AU-WA", "AU")},
		{"Perth, WA", L("Perth", "AU-WA", "AU")},
		{"Perth, WA, Australia", L("Perth", "AU-WA", "AU")},
		{"Adelaide, SA", L("Adelaide", "AU-SA", "AU")},
		{"Riyadh, SA", L("Riyadh", "", "SA")},
		{"Victoria, Australia", L("", "AU-VIC", "AU")},
		{"Victoria, BC", L("Victoria", "CA-BC", "CA")},
		{"Washington State", L("", "US-WA", "US")},
		{"Greater London", L("Greater London", "GB-ENG", "GB")},
		{"Washington D.C. Metro Area", L("Washington D.C. Metro Area", "US-DC", "US")},
		{"Tel Aviv-Yafo, Israel", L("Tel Aviv-Yafo", "", "IL")},
		{"Hong Kong SAR", L("", "", "HK")},
		{"Taipei, Taiwan", L("Taipei", "", "TW")},
		{"Seoul, South Korea", L("Seoul", "", "KR")},
		{"Ho Chi Minh City, Vietnam", L("Ho Chi Minh City", "", "VN")},
		// German cities beyond the largest, as multi-office postings list them.
		{"Koblenz", L("Koblenz", "DE-RP", "DE")}, {"Bonn, Germany", L("Bonn", "DE-NW", "DE")}, {"Wiesbaden", L("Wiesbaden", "DE-HE", "DE")},
		{"Münster", L("Münster", "DE-NW", "DE")}, {"Karlsruhe, Baden-Württemberg", L("Karlsruhe", "DE-BW", "DE")},
		{"Freiburg im Breisgau", L("Freiburg im Breisgau", "DE-BW", "DE")}, {"Jena, LA", L("Jena", "US-LA", "US")},
		// The Nordic countries: regions as JSON-LD addresses write them, and their cities' regions.
		{"Uusimaa, FI", L("", "FI-18", "FI")},
		{"Helsinki, Uusimaa, Finland", L("Helsinki", "FI-18", "FI")},
		{"Espoo, Uusimaa", L("Espoo", "FI-18", "FI")},
		{"Tampere, Pirkanmaa, Finland", L("Tampere", "FI-11", "FI")},
		{"Turku, Varsinais-Suomi", L("Turku", "FI-19", "FI")},
		{"Oulu, Finland", L("Oulu", "FI-14", "FI")},
		{"Helsinki", L("Helsinki", "FI-18", "FI")},
		{"Stockholm, Stockholms län, Sweden", L("Stockholm", "SE-AB", "SE")},
		{"Göteborg, Västra Götalands län", L("Göteborg", "SE-O", "SE")},
		{"Malmö, Skåne län, SE", L("Malmö", "SE-M", "SE")},
		{"Uppsala, Sweden", L("Uppsala", "SE-C", "SE")},
		{"Oslo, Norway", L("Oslo", "NO-03", "NO")},
		{"Bergen, Vestland, Norway", L("Bergen", "NO-46", "NO")},
		{"Trondheim, Trøndelag", L("Trondheim", "NO-50", "NO")},
		{"Copenhagen, Capital Region of Denmark", L("Copenhagen", "DK-84", "DK")},
		{"København, Hovedstaden, Danmark", L("København", "DK-84", "DK")},
		{"Aarhus, Midtjylland, Denmark", L("Aarhus", "DK-82", "DK")},
		{"Odense, Region of Southern Denmark", L("Odense", "DK-83", "DK")},
		// Unsure: the country does not say which.
		{"Kalgoorlie, SA", L("Kalgoorlie", "", "")},   // South Australia or Saudi Arabia
		{"Springfield, BE", L("Springfield", "", "")}, // Bern, Berlin or Belgium
		{"Campinas, SP", L("Campinas", "BR-SP", "BR")},
		{"Foo, SP", L("Foo", "", "")},
		{"St. John's, NL", L("St. John's", "", "")}, // Newfoundland and Labrador or the Netherlands
		{"Victoria", L("Victoria", "", "")},
		{"Punjab", L("Punjab", "", "")},
		{"Lahore, Punjab", L("Lahore", "", "PK")},
		// As before: a US state or Canadian province code wins unless the place's country has the code too.
		{"Kirkland, WA", L("Kirkland", "US-WA", "US")},
		{"Yellowknife, NT", L("Yellowknife", "CA-NT", "CA")},
	}
	for _, tt := range tests {
		got := Locations([]string{tt.in})
		tt.want.Raw = tt.in
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Locations(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestLocationNamesakes reads a known foreign city followed by a code that is both a US state (or Canadian
// province) and a country other than the city's as a town of that state named after the city: the code
// cannot be the country, since the city is not there. A code that is the city's own country stays the country.
func TestLocationNamesakes(t *testing.T) {
	L := func(city, region, country string) posting.Location {
		return posting.Location{City: city, Region: region, Country: country}
	}
	tests := []struct {
		in   string
		want posting.Location
	}{
		{"Vienna, VA", L("Vienna", "US-VA", "US")}, // not Vatican City
		{"Rome, GA", L("Rome", "US-GA", "US")},     // not Gabon
		{"London, KY", L("London", "US-KY", "US")}, // not the Cayman Islands
		{"Dublin, CA", L("Dublin", "US-CA", "US")}, // California (CA is also Canada)
		{"Athens, GA", L("Athens", "US-GA", "US")},
		{"Moscow, ID", L("Moscow", "US-ID", "US")}, // not Indonesia
		{"Lisbon, ME", L("Lisbon", "US-ME", "US")}, // not Montenegro
		{"Warsaw, IN", L("Warsaw", "US-IN", "US")}, // not India
		{"Frankfurt, KY", L("Frankfurt", "US-KY", "US")},
		{"Valencia, CA", L("Valencia", "US-CA", "US")},
		{"Amsterdam, NL", L("Amsterdam", "NL-NH", "NL")}, // the city's own country
		{"Lima, PE", L("Lima", "", "PE")},                // Peru, not Prince Edward Island
		{"Berlin, DE", L("Berlin", "DE-BE", "DE")},       // Germany, not Delaware
		{"Mumbai, IN", L("Mumbai", "IN-MH", "IN")},
		{"Toronto, CA", L("Toronto", "CA-ON", "CA")},
		{"Cambridge, MA", L("Cambridge", "", "")}, // an unknown city: Massachusetts or Morocco
		{"Vienna, Austria", L("Vienna", "AT-9", "AT")},
	}
	for _, tt := range tests {
		got := Locations([]string{tt.in})
		tt.want.Raw = tt.in
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Locations(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestLocationNotes reads the time zones, schedules and placeholders written beside a place.
func TestLocationNotes(t *testing.T) {
	L := func(city, region, country string, remote bool, raw string) posting.Location {
		return posting.Location{City: city, Region: region, Country: country, Remote: remote, Raw: raw}
	}
	tests := []struct {
		in      string
		want    []posting.Location
		mode    string
		regions []string
	}{
		{"Remote - LATAM", []posting.Location{L("", "", "", true, "Remote - LATAM")}, "remote", []string{"LATAM"}},
		{"Remote (APAC)", []posting.Location{L("", "", "", true, "Remote (APAC)")}, "remote", []string{"APAC"}},
		{"Remote, Europe (CET ±2h)", []posting.Location{L("", "", "", true, "Remote, Europe (CET ±2h)")}, "remote", []string{"EUROPE"}},
		{"Remote (UTC+3)", []posting.Location{L("", "", "", true, "Remote (UTC+3)")}, "remote", nil},
		{"Remote (UTC-5 to UTC+3)", []posting.Location{L("", "", "", true, "Remote (UTC-5 to UTC+3)")}, "remote", nil},
		{"Remote - Europe (GMT +/- 2 hours)", []posting.Location{L("", "", "", true, "Remote - Europe (GMT +/- 2 hours)")}, "remote", []string{"EUROPE"}},
		{"Remote (Americas timezones)", []posting.Location{L("", "", "", true, "Remote (Americas timezones)")}, "remote", []string{"AMER"}},
		{"Remote - US (Pacific Time Zone)", []posting.Location{L("", "", "US", true, "Remote - US (Pacific Time Zone)")}, "remote", []string{"US"}},
		{"Hybrid (2 days/week) - Amsterdam", []posting.Location{L("Amsterdam", "NL-NH", "NL", false, "Hybrid (2 days/week) - Amsterdam")}, "hybrid", nil},
		{"Hybrid (3 days/week)", []posting.Location{L("", "", "", false, "Hybrid (3 days/week)")}, "hybrid", nil},
		{"On-site: Austin, TX", []posting.Location{L("Austin", "US-TX", "US", false, "On-site: Austin, TX")}, "onsite", nil},
		{"Berlin Office", []posting.Location{L("Berlin", "DE-BE", "DE", false, "Berlin Office")}, "", nil},
		{"Multiple locations", nil, "", nil},
		{"Various", nil, "", nil},
		{"TBD", nil, "", nil},
		{"Flexible / Remote", []posting.Location{L("", "", "", true, "Remote")}, "remote", nil},
		{"120 Hamilton Ave Palo Alto, CA 94301", []posting.Location{L("120 Hamilton Ave Palo Alto", "US-CA", "US", false, "120 Hamilton Ave Palo Alto, CA 94301")}, "", nil},
	}
	for _, tt := range tests {
		got := Locations([]string{tt.in})
		if !equalLocs(got, tt.want) {
			t.Errorf("Locations(%q) =\n  %+v\nwant\n  %+v", tt.in, got, tt.want)
		}
		mode, regions := WorkMode("", nil, []string{tt.in}, "Engineer", "")
		if mode != tt.mode || !slices.Equal(regions, tt.regions) {
			t.Errorf("WorkMode(%q) = %q %v, want %q %v", tt.in, mode, regions, tt.mode, tt.regions)
		}
	}
}

// TestUKNationsListedWithCountries reads "England, Ireland" as two places, as "UK, Ireland" is, and
// "Wales, UK" as one.
func TestUKNationsListedWithCountries(t *testing.T) {
	tests := []struct {
		in   string
		want []posting.Location
	}{
		{"England, Ireland", []posting.Location{{Region: "GB-ENG", Country: "GB"}, {Country: "IE"}}},
		{"England, Scotland", []posting.Location{{Region: "GB-ENG", Country: "GB"}, {Region: "GB-SCT", Country: "GB"}}},
		{"Wales, UK", []posting.Location{{Region: "GB-WLS", Country: "GB"}}},
		{"Edinburgh, Scotland", []posting.Location{{City: "Edinburgh", Region: "GB-SCT", Country: "GB"}}},
	}
	for _, tt := range tests {
		got := Locations([]string{tt.in})
		for i := range got {
			got[i].Raw = ""
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Locations(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
