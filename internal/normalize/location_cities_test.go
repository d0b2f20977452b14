package normalize

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestLocationCityLists reads a known city written after a known city of another place as a place of its
// own ("Berlin, Germany, Munich, Germany"), and a part of a city before the city as one place.
func TestLocationCityLists(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"Berlin, Germany, Munich, Germany", func(raw string) []posting.Location {
			return []posting.Location{placeL("Berlin", "DE-BE", "DE", false, raw), placeL("Munich", "DE-BY", "DE", false, raw)}
		}, "", nil},
		{"Berlin, Munich, Germany", func(raw string) []posting.Location {
			return []posting.Location{placeL("Berlin", "DE-BE", "DE", false, raw), placeL("Munich", "DE-BY", "DE", false, raw)}
		}, "", nil},
		{"Berlin, Berlin, Germany", onePlace("Berlin", "DE-BE", "DE", false), "", nil},
		{"Paris, France, London, UK", func(raw string) []posting.Location {
			return []posting.Location{placeL("Paris", "FR-IDF", "FR", false, raw), placeL("London", "GB-ENG", "GB", false, raw)}
		}, "", nil},
		{"Remote, Berlin, Germany, Munich, Germany", func(raw string) []posting.Location {
			return []posting.Location{placeL("Berlin", "DE-BE", "DE", true, raw), placeL("Munich", "DE-BY", "DE", true, raw)}
		}, "remote", []string{"DE"}},
		{"Brooklyn, NYC, NY", onePlace("Brooklyn", "US-NY", "US", false), "", nil},
		{"Singapore, Singapore", onePlace("Singapore", "", "SG", false), "", nil},
	})
}
