package normalize

import (
	"slices"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestLocationNotations reads places as boards write them, with the work mode and remote regions of a
// posting listing only that place. A name that could be two places keeps only what both share:
// "Washington" is the state or the capital, both in the US; "Georgia" is a country or a state.
func TestLocationNotations(t *testing.T) {
	L := func(city, region, country string, remote bool, raw string) posting.Location {
		return posting.Location{City: city, Region: region, Country: country, Remote: remote, Raw: raw}
	}
	tests := []struct {
		in      string
		want    []posting.Location
		mode    string
		regions []string
	}{
		{"Remote (EMEA)", []posting.Location{L("", "", "", true, "Remote (EMEA)")}, "remote", []string{"EMEA"}},
		{"Remote - Americas", []posting.Location{L("", "", "", true, "Remote - Americas")}, "remote", []string{"AMER"}},
		// A place that is the whole world is remote work from anywhere.
		{"Anywhere", []posting.Location{L("", "", "", true, "Anywhere")}, "remote", []string{"WORLDWIDE"}},
		{"Worldwide", []posting.Location{L("", "", "", true, "Worldwide")}, "remote", []string{"WORLDWIDE"}},
		{"Anywhere in the world", []posting.Location{L("", "", "", true, "Anywhere in the world")}, "remote", []string{"WORLDWIDE"}},
		{"Hybrid - London, UK", []posting.Location{L("London", "GB-ENG", "GB", false, "Hybrid - London, UK")}, "hybrid", nil},
		{"London (Hybrid)", []posting.Location{L("London", "GB-ENG", "GB", false, "London (Hybrid)")}, "hybrid", nil},
		{"NYC", []posting.Location{L("NYC", "US-NY", "US", false, "NYC")}, "", nil},
		{"New York City", []posting.Location{L("New York City", "US-NY", "US", false, "New York City")}, "", nil},
		{"SF Bay Area", []posting.Location{L("SF Bay Area", "US-CA", "US", false, "SF Bay Area")}, "", nil},
		{"San Francisco Bay Area", []posting.Location{L("San Francisco Bay Area", "US-CA", "US", false, "San Francisco Bay Area")}, "", nil},
		{"Berlin, DE", []posting.Location{L("Berlin", "DE-BE", "DE", false, "Berlin, DE")}, "", nil},
		{"München", []posting.Location{L("München", "DE-BY", "DE", false, "München")}, "", nil},
		{"Zürich, CH", []posting.Location{L("Zürich", "CH-ZH", "CH", false, "Zürich, CH")}, "", nil},
		{"Remote, Europe", []posting.Location{L("", "", "", true, "Remote, Europe")}, "remote", []string{"EUROPE"}},
		// A remote marker after a list of countries is every one's.
		{"US or Canada (Remote)", []posting.Location{L("", "", "US", true, "US"), L("", "", "CA", true, "Canada (Remote)")}, "remote", []string{"US", "CA"}},
		// A marker before its own area is that area's alone: on site in Germany, or remote in the EU.
		{"Germany / Remote (EU)", []posting.Location{L("", "", "DE", false, "Germany"), L("", "", "", true, "Remote (EU)")}, "remote", []string{"EU"}},
		{"Toronto, ON, Canada", []posting.Location{L("Toronto", "CA-ON", "CA", false, "Toronto, ON, Canada")}, "", nil},
		{"Bengaluru, Karnataka, India", []posting.Location{L("Bengaluru", "IN-KA", "IN", false, "Bengaluru, Karnataka, India")}, "", nil},
		{"São Paulo, Brazil", []posting.Location{L("São Paulo", "BR-SP", "BR", false, "São Paulo, Brazil")}, "", nil},
		{"Remote in LATAM", []posting.Location{L("", "", "", true, "Remote in LATAM")}, "remote", []string{"LATAM"}},
		{"Remote - UK only", []posting.Location{L("", "", "GB", true, "Remote - UK only")}, "remote", []string{"GB"}},
		{"Remote (US only)", []posting.Location{L("", "", "US", true, "Remote (US only)")}, "remote", []string{"US"}},
		// Dublin or remote from somewhere not said: remote, with no region guessed.
		{"Dublin, Ireland / Remote", []posting.Location{L("Dublin", "", "IE", false, "Dublin, Ireland"), L("", "", "", true, "Remote")}, "remote", nil},
		{"Washington, DC", []posting.Location{L("Washington, DC", "US-DC", "US", false, "Washington, DC")}, "", nil},
		{"Washington", []posting.Location{L("", "", "US", false, "Washington")}, "", nil},
		{"Seattle, Washington", []posting.Location{L("Seattle", "US-WA", "US", false, "Seattle, Washington")}, "", nil},
		{"Georgia", []posting.Location{L("", "", "", false, "Georgia")}, "", nil},
		{"Atlanta, Georgia", []posting.Location{L("Atlanta", "US-GA", "US", false, "Atlanta, Georgia")}, "", nil},
		{"Tbilisi, Georgia", []posting.Location{L("Tbilisi", "", "GE", false, "Tbilisi, Georgia")}, "", nil},
		{"Paris, TX", []posting.Location{L("Paris", "US-TX", "US", false, "Paris, TX")}, "", nil},
		{"Paris", []posting.Location{L("Paris", "FR-IDF", "FR", false, "Paris")}, "", nil},
		{"Paris, France", []posting.Location{L("Paris", "FR-IDF", "FR", false, "Paris, France")}, "", nil},
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
