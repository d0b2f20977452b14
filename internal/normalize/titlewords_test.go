package normalize

import (
	"slices"
	"testing"
)

var titleWordSeeds = []string{"", "Senior Software Engineer, Backend (Remote)", "SR. DATA-SCIENTIST II | NYC/SF",
	"Chief of Staff: CEO", "engineer i", "x\x7fy Z"}

// checkTitleWords compares, for an ASCII title, lower-casing it whole with lower-casing word by word.
func checkTitleWords(t *testing.T, s string) {
	if got, want := splitTitle(s, true), splitTitle(s, false); !slices.Equal(got, want) {
		t.Fatalf("splitTitle(%q) whole = %q, word by word %q", s, got, want)
	}
}

func TestTitleWordsWholeMatchesWordByWord(t *testing.T) {
	if got := titleWords("Sr. Engineer - Part-Time (Contract)"); !slices.Equal(got, []string{"sr", "engineer", "", "part", "", "time", "", "contract", ""}) {
		t.Errorf("titleWords = %q", got)
	}
	if got := titleWords("Werkstudent İstanbul"); !slices.Equal(got, []string{"werkstudent", "istanbul"}) { // İ lower-cases to one byte: word by word
		t.Errorf("titleWords = %q", got)
	}
	for _, s := range titleWordSeeds {
		checkTitleWords(t, s)
	}
}

func FuzzTitleWords(f *testing.F) {
	for _, s := range titleWordSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTitleWords(t, asciiOnly(s))
	})
}

// asciiOnly clears the top bit of every byte, so that any fuzz input tests an ASCII path.
func asciiOnly(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] &= 0x7f
	}
	return string(b)
}
