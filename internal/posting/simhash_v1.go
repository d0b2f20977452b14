package posting

import (
	"math/bits"
	"unicode"
)

// SimHashV1 is the SimHash stored postings had before their words were hashed as byte lanes: the same
// 3-grams and counts over words hashed as h = h*31 + lower(r) from 5381. Only the migration that rehashes
// stored postings uses it, to restore them when it is rolled back.
func SimHashV1(text string) uint64 {
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
	return majorityOfShingles(words)
}

// majorityOfShingles is the SimHash of a text's word hashes, one shingle at a time: the mixed hash of every
// three consecutive words (or, for fewer than three words, of each word) adds to 64 bit counts, and each
// bit of the result is set when more than half of the shingles have it.
func majorityOfShingles(words []uint64) uint64 {
	var grams []uint64
	if len(words) < 3 {
		grams = words
	}
	for i := 2; i < len(words); i++ {
		grams = append(grams, words[i-2]^bits.RotateLeft64(words[i-1], 21)^bits.RotateLeft64(words[i], 42))
	}
	var counts [64]int
	for _, g := range grams {
		m := mum(g)
		for b := 0; b < 64; b++ {
			counts[b] += int(m >> b & 1)
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
