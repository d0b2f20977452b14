package posting

import (
	"math/bits"
	"strings"
	"testing"
	"unicode"
)

// refSimHash is SimHash written plainly from its definition, one rune at a time, for the fast loop to agree with:
// words are maximal runs of letters and digits, each hashed as h = h*31 + lower(r) from 5381; every
// three consecutive words (or, in a shorter text, each word) add their mixed hash to 64 bit counts.
func refSimHash(text string) uint64 {
	var words []uint64
	h, in := uint64(5381), false
	for _, r := range text { // invalid bytes decode to U+FFFD, neither letter nor digit
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h, in = h*31+uint64(unicode.ToLower(r)), true
			continue
		}
		if in {
			words = append(words, h)
		}
		h, in = 5381, false
	}
	if in {
		words = append(words, h)
	}
	var grams []uint64
	if len(words) < 3 {
		grams = words
	}
	for i := 2; i < len(words); i++ {
		grams = append(grams, words[i-2]^bits.RotateLeft64(words[i-1], 21)^bits.RotateLeft64(words[i], 42))
	}
	var counts [64]int
	for _, g := range grams {
		hi, lo := bits.Mul64(g^0x9E3779B97F4A7C15, 0xbf58476d1ce4e5b9)
		for b := 0; b < 64; b++ {
			counts[b] += int((hi ^ lo) >> b & 1)
		}
	}
	var out uint64
	for b, c := range counts {
		if 2*c > len(grams) {
			out |= 1 << b
		}
	}
	return out
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
