package normalize

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestLocationJoinedLists reads places joined by "&" and "and" as those joined by "or" and "/" are, and keeps
// names that hold "and" or "&" whole.
func TestLocationJoinedLists(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"Remote (US & Canada)", func(string) []posting.Location {
			return []posting.Location{placeL("", "", "US", true, "Remote (US"), placeL("", "", "CA", true, "Canada)")}
		}, "remote", []string{"US", "CA"}},
		{"Remote (US or Canada)", func(string) []posting.Location {
			return []posting.Location{placeL("", "", "US", true, "Remote (US"), placeL("", "", "CA", true, "Canada)")}
		}, "remote", []string{"US", "CA"}},
		{"UK & Ireland", func(string) []posting.Location {
			return []posting.Location{placeL("", "", "GB", false, "UK"), placeL("", "", "IE", false, "Ireland")}
		}, "", nil},
		{"London and Berlin", func(string) []posting.Location {
			return []posting.Location{placeL("London", "GB-ENG", "GB", false, "London"), placeL("Berlin", "DE-BE", "DE", false, "Berlin")}
		}, "", nil},
		{"Trinidad and Tobago", onePlace("", "", "TT", false), "", nil},
		{"Trinidad & Tobago", onePlace("", "", "TT", false), "", nil},
		{"Bosnia and Herzegovina", onePlace("", "", "BA", false), "", nil},
		{"Antigua and Barbuda", onePlace("", "", "AG", false), "", nil},
		{"St. John's, Newfoundland and Labrador", onePlace("St. John's", "CA-NL", "CA", false), "", nil},
		{"Heard Island and McDonald Islands", onePlace("", "", "HM", false), "", nil},
		{"Remote - Bosnia & Herzegovina", onePlace("", "", "BA", true), "remote", []string{"BA"}},
		{"Remote - US and Canada", func(string) []posting.Location {
			return []posting.Location{placeL("", "", "US", true, "Remote - US"), placeL("", "", "CA", true, "Canada")}
		}, "remote", []string{"US", "CA"}},
		{"Dadra and Nagar Haveli and Daman and Diu", onePlace("", "IN-DH", "IN", false), "", nil},
		{"Castile and León, Spain", onePlace("", "ES-CL", "ES", false), "", nil},
	})
}
