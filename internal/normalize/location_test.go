package normalize

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

func TestLocations(t *testing.T) {
	L := func(city, region, country string, remote bool, raw string) posting.Location {
		return posting.Location{City: city, Region: region, Country: country, Remote: remote, Raw: raw}
	}
	tests := []struct {
		in   string
		want []posting.Location
	}{
		{"Austin | Chicago | New York City", []posting.Location{
			L("Austin", "US-TX", "US", false, "Austin"), L("Chicago", "US-IL", "US", false, "Chicago"),
			L("New York City", "US-NY", "US", false, "New York City")}},
		{"Remote, Bangalore", []posting.Location{L("Bangalore", "IN-KA", "IN", true, "Remote, Bangalore")}},
		{"London or Berlin", []posting.Location{L("London", "GB-ENG", "GB", false, "London"), L("Berlin", "DE-BE", "DE", false, "Berlin")}},
		{"Paris; Lyon", []posting.Location{L("Paris", "FR-IDF", "FR", false, "Paris"), L("Lyon", "FR-ARA", "FR", false, "Lyon")}},
		{"Remote - US", []posting.Location{L("", "", "US", true, "Remote - US")}},
		{"Remote, EMEA", []posting.Location{L("", "", "", true, "Remote, EMEA")}},
		// A country with the part of it or time zone a remote hire should be in is the country.
		{"Remote - US East Coast", []posting.Location{L("", "", "US", true, "Remote - US East Coast")}},
		{"Remote, US West", []posting.Location{L("", "", "US", true, "Remote, US West")}},
		{"Remote - Eastern US", []posting.Location{L("", "", "US", true, "Remote - Eastern US")}},
		{"Remote - Canada East", []posting.Location{L("", "", "CA", true, "Remote - Canada East")}},
		{"Remote (US, Eastern Time)", []posting.Location{L("", "", "US", true, "Remote (US, Eastern Time)")}},
		{"Remote - United States (East Coast)", []posting.Location{L("", "", "US", true, "Remote - United States (East Coast)")}},
		{"US - Remote (East Coast)", []posting.Location{L("", "", "US", true, "US - Remote (East Coast)")}},
		// Places whose names start or end with such words stay whole.
		{"South Africa", []posting.Location{L("", "", "ZA", false, "South Africa")}},
		{"North Carolina", []posting.Location{L("", "US-NC", "US", false, "North Carolina")}},
		{"West Palm Beach, FL", []posting.Location{L("West Palm Beach", "US-FL", "US", false, "West Palm Beach, FL")}},
		{"East London", []posting.Location{L("East London", "", "", false, "East London")}},
		{"East Coast", nil},
		{"Remote - Central America", []posting.Location{L("Central America", "", "", true, "Remote - Central America")}},
		{"West Jordan, UT", []posting.Location{L("West Jordan", "US-UT", "US", false, "West Jordan, UT")}},
		{"South Georgia", []posting.Location{L("South Georgia", "", "", false, "South Georgia")}},
		{"Northern Ireland", []posting.Location{L("", "GB-NIR", "GB", false, "Northern Ireland")}},
		{"Southern California", []posting.Location{L("", "US-CA", "US", false, "Southern California")}},
		{"Remote - Central Europe", []posting.Location{L("", "", "", true, "Remote - Central Europe")}},
		{"Remote: United States", []posting.Location{L("", "", "US", true, "Remote: United States")}},
		{"HQ - San Francisco", []posting.Location{L("San Francisco", "US-CA", "US", false, "HQ - San Francisco")}},
		{"Bangalore, India - Remote", []posting.Location{L("Bangalore", "IN-KA", "IN", true, "Bangalore, India - Remote")}},
		{"New York, NY", []posting.Location{L("New York", "US-NY", "US", false, "New York, NY")}},
		{"New York, New York", []posting.Location{L("New York", "US-NY", "US", false, "New York, New York")}},
		{"Berlin, Germany", []posting.Location{L("Berlin", "DE-BE", "DE", false, "Berlin, Germany")}},
		{"Atlanta, GA", []posting.Location{L("Atlanta", "US-GA", "US", false, "Atlanta, GA")}},
		{"Tbilisi, Georgia", []posting.Location{L("Tbilisi", "", "GE", false, "Tbilisi, Georgia")}},
		{"Savannah, Georgia", []posting.Location{L("Savannah", "", "", false, "Savannah, Georgia")}},
		{"Libreville, GA", []posting.Location{L("Libreville", "", "", false, "Libreville, GA")}},
		{"San Francisco, CA", []posting.Location{L("San Francisco", "US-CA", "US", false, "San Francisco, CA")}},
		{"Toronto, CA", []posting.Location{L("Toronto", "CA-ON", "CA", false, "Toronto, CA")}},
		{"Toronto, Ontario", []posting.Location{L("Toronto", "CA-ON", "CA", false, "Toronto, Ontario")}},
		{"Springfield, IL", []posting.Location{L("Springfield", "", "", false, "Springfield, IL")}},
		{"Austin, TX", []posting.Location{L("Austin", "US-TX", "US", false, "Austin, TX")}},
		{"Georgia", []posting.Location{L("", "", "", false, "Georgia")}},
		{"Tokyo - Japan", []posting.Location{L("Tokyo", "JP-13", "JP", false, "Tokyo - Japan")}},
		{"Washington D.C.", []posting.Location{L("Washington D.C.", "US-DC", "US", false, "Washington D.C.")}},
		{"Singapore, Singapore - Remote", []posting.Location{L("Singapore", "", "SG", true, "Singapore, Singapore - Remote")}},
		{"Remote - Amsterdam", []posting.Location{L("Amsterdam", "NL-NH", "NL", true, "Remote - Amsterdam")}},
		{"Warsaw, , Poland", []posting.Location{L("Warsaw", "PL-14", "PL", false, "Warsaw, , Poland")}},
		{"London, Ontario", []posting.Location{L("London", "CA-ON", "CA", false, "London, Ontario")}},
		{"Canada", []posting.Location{L("", "", "CA", false, "Canada")}},
		{"Cluj-Napoca, Romania", []posting.Location{L("Cluj-Napoca", "", "RO", false, "Cluj-Napoca, Romania")}},
		{"Phoenix, AZ", []posting.Location{L("Phoenix", "US-AZ", "US", false, "Phoenix, AZ")}},
		{"Washington, D.C.", []posting.Location{L("Washington, D.C.", "US-DC", "US", false, "Washington, D.C.")}},
		{"120 Hamilton Ave Palo Alto, CA 94301", []posting.Location{L("120 Hamilton Ave Palo Alto", "US-CA", "US", false, "120 Hamilton Ave Palo Alto, CA 94301")}},
		{"No Office", nil},
		{"UK,  USA", []posting.Location{L("", "", "GB", false, "UK,  USA"), L("", "", "US", false, "UK,  USA")}},
		{"London or remote in UK/Ireland", []posting.Location{L("London", "GB-ENG", "GB", false, "London"),
			L("", "", "GB", true, "remote in UK/Ireland"), L("", "", "IE", true, "remote in UK/Ireland")}},
		{"Dublin, London, or remote in Ireland or the UK", []posting.Location{L("Dublin", "", "IE", false, "Dublin, London,"),
			L("London", "GB-ENG", "GB", false, "Dublin, London,"), L("", "", "IE", true, "remote in Ireland"), L("", "", "GB", true, "the UK")}},
		// "remote in" carries over a list of countries joined by " or " or " / ", not to a city.
		{"Dublin, London or remote in the UK / Ireland", []posting.Location{L("Dublin", "", "IE", false, "Dublin, London"),
			L("London", "GB-ENG", "GB", false, "Dublin, London"), L("", "", "GB", true, "remote in the UK"), L("", "", "IE", true, "Ireland")}},
		{"Remote - US or London", []posting.Location{L("", "", "US", true, "Remote - US"), L("London", "GB-ENG", "GB", false, "London")}},
		{"Remote - US | Canada", []posting.Location{L("", "", "US", true, "Remote - US"), L("", "", "CA", false, "Canada")}},
		// The same place listed twice is kept once.
		{"Remote, EMEA | Remote, APAC", []posting.Location{L("", "", "", true, "Remote, EMEA"), L("", "", "", true, "Remote, APAC")}},
		{"Dublin | Dublin, Ireland | Remote - Ireland", []posting.Location{L("Dublin", "", "IE", false, "Dublin"), L("", "", "IE", true, "Remote - Ireland")}},
		{"Remote (US)", []posting.Location{L("", "", "US", true, "Remote (US)")}},
		{"San Francisco, New York, London", []posting.Location{L("San Francisco", "US-CA", "US", false, "San Francisco, New York, London"),
			L("New York", "US-NY", "US", false, "San Francisco, New York, London"), L("London", "GB-ENG", "GB", false, "San Francisco, New York, London")}},
	}
	for _, tt := range tests {
		got := Locations([]string{tt.in})
		if !equalLocs(got, tt.want) {
			t.Errorf("Locations(%q) =\n  %+v\nwant\n  %+v", tt.in, got, tt.want)
		}
	}
}

func equalLocs(a, b []posting.Location) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
