package normalize

import "testing"

// TestLocationWords reads words that are no place ("2 Locations", "N/A", "Field based") as none, words for
// remote work in English and other languages ("Home office", "Télétravail", "Remoto") as remote, "Remote OK"
// as remote allowed, and a remote place limited to a country or an area's time zones as remote there.
func TestLocationWords(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"2 Locations", nil, "", nil},
		{"3 locations", nil, "", nil},
		{"N/A", nil, "", nil},
		{"Field based", nil, "", nil},
		{"Home office", onePlace("", "", "", true), "remote", nil},
		{"Homeoffice", onePlace("", "", "", true), "remote", nil},
		{"Home Office", onePlace("", "", "", true), "remote", nil},
		{"Télétravail", onePlace("", "", "", true), "remote", nil},
		{"Teletrabajo", onePlace("", "", "", true), "remote", nil},
		{"Remoto", onePlace("", "", "", true), "remote", nil},
		{"Remota", onePlace("", "", "", true), "remote", nil},
		{"Fernarbeit", onePlace("", "", "", true), "remote", nil},
		{"Remoto - España", onePlace("", "", "ES", true), "remote", []string{"ES"}},
		{"Remote within the US", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Remote (EU timezones)", onePlace("", "", "", true), "remote", []string{"EU"}},
		{"Anywhere in Europe", onePlace("", "", "", true), "remote", []string{"EUROPE"}},
		// 5. "Remote OK" allows remote work; "OK" is not Oklahoma there.
		{"Denver, CO (Remote OK)", onePlace("Denver", "US-CO", "US", true), "remote", []string{"US"}},
		{"Mobiles Arbeiten", onePlace("", "", "", true), "remote", nil},
		{"Home-based, UK", onePlace("", "", "GB", true), "remote", []string{"GB"}},
		{"Remoto, Madrid", onePlace("Madrid", "ES-MD", "ES", true), "remote", []string{"ES"}},
		{"Remote (Remote possible), Berlin", onePlace("Berlin", "DE-BE", "DE", true), "remote", []string{"DE"}},
		{"Anywhere in the US", onePlace("", "", "US", true), "remote", []string{"US"}},
		{"Berlin (2 locations)", onePlace("Berlin", "DE-BE", "DE", false), "", nil},
	})
}
