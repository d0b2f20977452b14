package normalize

import "testing"

// TestLocationCityNames reads cities by the names the table missed: native spellings of European cities
// and their ASCII forms, "Frankfurt am Main", and a known city written with both "Greater" and "Area".
func TestLocationCityNames(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"Greater Seattle Area", onePlace("Greater Seattle Area", "US-WA", "US", false), "", nil},
		{"Greater Boston Metro Area", onePlace("Greater Boston Metro Area", "US-MA", "US", false), "", nil},
		{"Frankfurt am Main", onePlace("Frankfurt am Main", "DE-HE", "DE", false), "", nil},
		{"Frankfurt am Main, Germany", onePlace("Frankfurt am Main", "DE-HE", "DE", false), "", nil},
		{"Nürnberg", onePlace("Nürnberg", "DE-BY", "DE", false), "", nil},
		{"Hannover, Niedersachsen", onePlace("Hannover", "DE-NI", "DE", false), "", nil},
		{"Koln", onePlace("Koln", "DE-NW", "DE", false), "", nil},
		{"Bruxelles", onePlace("Bruxelles", "", "BE", false), "", nil},
		{"Brussel", onePlace("Brussel", "", "BE", false), "", nil},
		{"Gent, Belgium", onePlace("Gent", "", "BE", false), "", nil},
		{"Napoli", onePlace("Napoli", "IT-72", "IT", false), "", nil},
		{"Firenze", onePlace("Firenze", "IT-52", "IT", false), "", nil},
		{"Bologna, Italy", onePlace("Bologna", "IT-45", "IT", false), "", nil},
		{"Sevilla", onePlace("Sevilla", "ES-AN", "ES", false), "", nil},
		{"Den Haag", onePlace("Den Haag", "NL-ZH", "NL", false), "", nil},
		{"Athína", onePlace("Athína", "", "GR", false), "", nil},
		{"Genf", onePlace("Genf", "CH-GE", "CH", false), "", nil},
		{"Kobenhavn", onePlace("Kobenhavn", "DK-84", "DK", false), "", nil},
		{"Poznań, Poland", onePlace("Poznań", "PL-30", "PL", false), "", nil},
		{"București", onePlace("București", "", "RO", false), "", nil},
		{"Beograd", onePlace("Beograd", "", "RS", false), "", nil},
		// Names that were already read, as they were.
		{"København", onePlace("København", "DK-84", "DK", false), "", nil},
		{"Wien", onePlace("Wien", "AT-9", "AT", false), "", nil},
		{"Praha", onePlace("Praha", "", "CZ", false), "", nil},
		{"Warszawa", onePlace("Warszawa", "PL-14", "PL", false), "", nil},
		{"Lisboa", onePlace("Lisboa", "", "PT", false), "", nil},
		{"Köln", onePlace("Köln", "DE-NW", "DE", false), "", nil},
		{"Göteborg", onePlace("Göteborg", "SE-O", "SE", false), "", nil},
		{"Milano", onePlace("Milano", "IT-25", "IT", false), "", nil},
		{"Roma", onePlace("Roma", "IT-62", "IT", false), "", nil},
		{"Torino", onePlace("Torino", "IT-21", "IT", false), "", nil},
		{"The Hague", onePlace("The Hague", "NL-ZH", "NL", false), "", nil},
		{"Greater London", onePlace("Greater London", "GB-ENG", "GB", false), "", nil},
		// Georgia spelled out after a known city: the US state or the country, by the city.
		{"Athens, Georgia", onePlace("Athens", "US-GA", "US", false), "", nil},
		{"Tbilisi, Georgia", onePlace("Tbilisi", "", "GE", false), "", nil},
		// As before: an ambiguous code after an unknown city is left unresolved.
		{"Cambridge, MA", onePlace("Cambridge", "", "", false), "", nil},
		{"Kalgoorlie, SA", onePlace("Kalgoorlie", "", "", false), "", nil},
	})
}
