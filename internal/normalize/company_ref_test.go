package normalize

import (
	"strings"
	"testing"
)

// companySeeds are names with legal forms, punctuation, '&' at both ends, case, whitespace and the
// letters the Unicode path treats apart (İ, the Kelvin sign, ’, marks, mojibake).
var companySeeds = []string{"", " ", "&", "& &", "The", "the the", "THE ACME", "The & Co", "Acme & Co.", "Acme &", "& Acme",
	"AT&T Inc.", "Acme Sp. z o.o.", "Acme S.A. de C.V.", "Databricks Japan K.K.", "AB InBev", "Company", "Co Co Co",
	"O'Reilly Media, Inc", "O’Reilly", "Wealth.com", "Parent Ltd.", "Société Générale", "İnci Holding", "\u212aelvin Ltd",
	"SociÃ©tÃ© GÃ©nÃ©rale", "a\tb\nc", "x_y-z+1", "\x00\x7f", "12 3 Inc", strings.Repeat("Acme ", 40) + "GmbH",
	strings.Repeat("a", 100), "inc inc inc", "Ltd. Acme Ltd.", "  Acme  Corp  "}

func checkCompanyKey(t *testing.T, s string) {
	if got, want := CompanyKey(s), companyKeyRunes(s); got != want {
		t.Fatalf("CompanyKey(%q) = %q, want %q", s, got, want)
	}
}

func TestCompanyKeyMatchesRunes(t *testing.T) {
	seeds := append([]string(nil), companySeeds...)
	for _, d := range captureDrafts(t) {
		seeds = append(seeds, d.Company, d.Title)
	}
	for _, s := range seeds {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), "The " + s + " & Co."} {
			checkCompanyKey(t, v)
		}
	}
}

func FuzzCompanyKey(f *testing.F) {
	for _, s := range companySeeds {
		f.Add(s)
	}
	f.Fuzz(checkCompanyKey)
}
