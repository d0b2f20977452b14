package posting

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refSimHash is SimHash written plainly from its definition, one rune at a time, for the fast loop to agree with:
// words are maximal runs of letters and digits, each hashed as its lower-cased UTF-8 bytes, byte j
// XORed into bits 8*(j mod 8) and up, times wordMix; every three consecutive words (or, in a shorter
// text, each word) add their mixed hash to 64 bit counts.
func refSimHash(text string) uint64 {
	var words []uint64
	var word []byte
	for _, r := range text { // invalid bytes decode to U+FFFD, neither letter nor digit
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = utf8.AppendRune(word, unicode.ToLower(r))
			continue
		}
		if len(word) > 0 {
			words = append(words, refWordHash(word))
		}
		word = word[:0]
	}
	if len(word) > 0 {
		words = append(words, refWordHash(word))
	}
	return majorityOfShingles(words)
}

// refWordHash is a word's hash from its definition.
func refWordHash(word []byte) uint64 {
	var h uint64
	for j, c := range word {
		h ^= uint64(c) << (8 * (j % 8))
	}
	return h * wordMix
}

// simHashSeeds cover word lengths around the eight-byte step, every ASCII class boundary ('/' ':' '@' '[' '`' '{'),
// control bytes that lower-case onto digits, multi-byte letters inside and after ASCII words, and invalid UTF-8.
var simHashSeeds = []string{
	"", "Go", "a b", "Build reliable tools for our team, and ship them weekly.",
	"Déjà vu: ÉCOLE café 日本語 x1 ab abc abcd", "a-b_c 12345 Straße\xff end",
	"abcdefg abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
	"09/:@AZ[`az{ 0/9 a:z A@Z a[z a`z a{z \x10\x19 x\x10y \x7f\x80 end",
	"engineeringÉcole straßenbahn naïve coöperate Ⅻ١٢٣ ﬁnance",
	"\xc3 \xc3\xa9 \xe2\x82 wordword\xe2\x80\x8bword ends with ascii letters",
	strings.Repeat("x", 100) + " " + strings.Repeat("9", 17),
}

// TestSimHashMatchesReference checks the fast loop against the plain definition on the seeds and all their tails.
func TestSimHashMatchesReference(t *testing.T) {
	texts := append([]string{}, simHashSeeds...)
	for _, s := range simHashSeeds {
		for cut := 1; cut < len(s); cut++ { // every tail lands the eight-byte step on every offset
			texts = append(texts, s[cut:])
		}
	}
	for _, s := range texts {
		if got, want := SimHash(s), refSimHash(s); got != want {
			t.Errorf("SimHash(%q) = %#x, reference %#x", s, got, want)
		}
	}
}

// FuzzSimHash compares the fast loop with the plain definition on any text.
func FuzzSimHash(f *testing.F) {
	for _, s := range simHashSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SimHash(s), refSimHash(s); got != want {
			t.Fatalf("SimHash(%q) = %#x, reference %#x", s, got, want)
		}
	})
}
