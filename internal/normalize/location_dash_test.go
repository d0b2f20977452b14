package normalize

import (
	"slices"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// placeCase is a location string with the places, work mode and remote regions a posting listing only it has.
type placeCase struct {
	in      string
	want    func(raw string) []posting.Location // nil: no place
	mode    string
	regions []string
}

func placeL(city, region, country string, remote bool, raw string) posting.Location {
	return posting.Location{City: city, Region: region, Country: country, Remote: remote, Raw: raw}
}

// onePlace is the one place read from the whole string.
func onePlace(city, region, country string, remote bool) func(string) []posting.Location {
	return func(raw string) []posting.Location {
		return []posting.Location{placeL(city, region, country, remote, raw)}
	}
}

func checkPlaceCases(t *testing.T, tests []placeCase) {
	t.Helper()
	for _, tt := range tests {
		var want []posting.Location
		if tt.want != nil {
			want = tt.want(tt.in)
		}
		if got := Locations([]string{tt.in}); !equalLocs(got, want) {
			t.Errorf("Locations(%q) =\n  %+v\nwant\n  %+v", tt.in, got, want)
		}
		mode, regions := WorkMode("", nil, []string{tt.in}, "Engineer", "")
		if mode != tt.mode || !slices.Equal(regions, tt.regions) {
			t.Errorf("WorkMode(%q) = %q %v, want %q %v", tt.in, mode, regions, tt.mode, tt.regions)
		}
	}
}

// TestLocationDashes cuts on an unspaced hyphen beside a code, a country or a remote word ("US-Remote",
// Workday's "US-CA-San Francisco", alpha-3 "GBR-London") and on typographic dashes as on "-"; hyphenated
// names and work-mode words stay whole.
func TestLocationDashes(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"US-Remote", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Remote-US", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Remote – US", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Remote — Canada", onePlace("", "", "CA", true), "remote", []string{"CA"}},
		{"Berlin – Germany", onePlace("Berlin", "DE-BE", "DE", false), "", nil},
		{"US-CA-San Francisco", onePlace("San Francisco", "US-CA", "US", false), "", nil},
		{"CA-ON-Toronto", onePlace("Toronto", "CA-ON", "CA", false), "", nil},
		{"GBR-London", onePlace("London", "GB-ENG", "GB", false), "", nil},
		{"DEU-Berlin", onePlace("Berlin", "DE-BE", "DE", false), "", nil},
		{"IND-Bengaluru", onePlace("Bengaluru", "IN-KA", "IN", false), "", nil},
		{"Remote, US-based", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"US-based remote", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"IN-KA-Bengaluru", onePlace("Bengaluru", "IN-KA", "IN", false), "", nil}, // KA: a code before a known city
		{"Remote - US-East", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Bosnia-Herzegovina", onePlace("", "", "BA", false), "", nil},
		{"Mexico-City", onePlace("Mexico-City", "", "", false), "", nil}, // not "City" in Mexico
		{"Remote-first", onePlace("", "", "", true), "remote", nil},
		// Hyphenated names stay whole.
		{"Tel Aviv-Yafo", onePlace("Tel Aviv-Yafo", "", "IL", false), "", nil},
		{"Baden-Württemberg", onePlace("", "DE-BW", "DE", false), "", nil},
		{"Aix-en-Provence", onePlace("Aix-en-Provence", "", "", false), "", nil},
		{"Saint-Denis", onePlace("Saint-Denis", "", "", false), "", nil},
		{"Winston-Salem", onePlace("Winston-Salem", "", "", false), "", nil},
		{"Wilkes-Barre, Pennsylvania", onePlace("Wilkes-Barre", "US-PA", "US", false), "", nil},
		{"Guinea-Bissau", onePlace("", "", "GW", false), "", nil},
		{"Timor-Leste", onePlace("", "", "TL", false), "", nil},
		{"Port-au-Prince", onePlace("Port-au-Prince", "", "", false), "", nil},
	})
}
