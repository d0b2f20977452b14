package normalize

import "testing"

// TestLocationCityRegionCodes reads a two-letter code after a known city as a region of the city's country
// when it is the city's own region, or the country's region and no US state or Canadian province, as
// "Perth, WA" is read: "Pune, MH" is Maharashtra, not the Marshall Islands.
func TestLocationCityRegionCodes(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"Pune, MH", onePlace("Pune", "IN-MH", "IN", false), "", nil},
		{"Mumbai, MH, IN", onePlace("Mumbai", "IN-MH", "IN", false), "", nil},
		{"Munich, BY", onePlace("Munich", "DE-BY", "DE", false), "", nil},
		{"Gurgaon, HR", onePlace("Gurgaon", "IN-HR", "IN", false), "", nil},
		{"Chennai, TN", onePlace("Chennai", "IN-TN", "IN", false), "", nil},
		{"Shenzhen, GD", onePlace("Shenzhen", "CN-GD", "CN", false), "", nil},
		{"Delhi, LA", onePlace("Delhi", "US-LA", "US", false), "", nil}, // Louisiana: Delhi is not in Ladakh
		{"Vienna, VA", onePlace("Vienna", "US-VA", "US", false), "", nil},
		{"Berlin, DE", onePlace("Berlin", "DE-BE", "DE", false), "", nil},
		{"Perth, WA", onePlace("Perth", "AU-WA", "AU", false), "", nil},
	})
}
