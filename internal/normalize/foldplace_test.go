package normalize

import "testing"

var foldPlaceSeeds = []string{"", "  U.S.A. ", "San   Francisco,\tCA", "a . b", ". .", "St.Louis", "NEW\nYORK\r\n", "x\vy\fz", "Zürich", "\u00a0Paris"}

// TestFoldPlaceASCIIMatchesRunes checks the one-pass ASCII fold against the general one.
func TestFoldPlaceASCIIMatchesRunes(t *testing.T) {
	for s, want := range map[string]string{"  U.S.A. ": "usa", "San   Francisco,\tCA": "san francisco, ca", "a . b": "a b"} {
		if got := foldPlace(s); got != want {
			t.Errorf("foldPlace(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range foldPlaceSeeds {
		checkFoldPlace(t, s)
	}
}

func checkFoldPlace(t *testing.T, s string) {
	if isASCII(s) {
		if got, want := foldASCIIPlace(s), foldPlaceRunes(s); got != want {
			t.Fatalf("foldASCIIPlace(%q) = %q, general fold %q", s, got, want)
		}
	}
}

func FuzzFoldPlace(f *testing.F) {
	for _, s := range foldPlaceSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFoldPlace(t, asciiOnly(s)) })
}
