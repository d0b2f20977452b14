package posting

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NearDuplicateDistance is the largest SimHash Hamming distance at which two descriptions count as the same text.
//
// Three bits out of 64 is the threshold Manku, Jain and Das Sarma found to separate near-duplicate web
// pages from distinct ones; on job ads it tolerates an edited sentence or a changed boilerplate line
// while two different roles of one company (which share their "about us" block) stay well apart.
const NearDuplicateDistance = 3

// SimHash returns the 64-bit SimHash of text over its lower-cased word 3-grams.
//
// Text with fewer than three words is hashed over its single words; empty text hashes to 0.
func SimHash(text string) uint64 {
	var counts [64]int32
	var w [3]uint64 // hashes of the last three words
	n := 0
	add := func(h uint64) {
		h = mix64(h)
		for i := 0; i < 64; i++ {
			if h&(1<<uint(i)) != 0 {
				counts[i]++
			} else {
				counts[i]--
			}
		}
	}
	start := -1
	var h uint64
	flush := func() {
		w[0], w[1], w[2] = w[1], w[2], h
		n++
		if n >= 3 {
			add(w[0]*0x9E3779B97F4A7C15 ^ bits.RotateLeft64(w[1], 21) ^ bits.RotateLeft64(w[2], 42))
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		isWord := r < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if isWord {
			if start < 0 {
				start = i
				h = 14695981039346656037
			}
			lr := unicode.ToLower(r)
			if r < utf8.RuneSelf && c >= 'A' && c <= 'Z' {
				lr = rune(c + 32)
			}
			h ^= uint64(lr)
			h *= 1099511628211
		} else if start >= 0 {
			flush()
			start = -1
		}
		i += size
	}
	if start >= 0 {
		flush()
	}
	if n == 0 {
		return 0
	}
	if n < 3 {
		for i := 3 - n; i < 3; i++ {
			add(w[i])
		}
	}
	var out uint64
	for i := 0; i < 64; i++ {
		if counts[i] > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

// mix64 spreads a hash's bits (the splitmix64 finalizer) so each SimHash bit is an even coin.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// TitleKey returns the title lower-cased with whitespace collapsed, the form titles are compared in.
//
// Punctuation and seniority words are kept: "Senior Engineer" and "Engineer" are different postings.
func TitleKey(title string) string {
	return strings.Join(strings.Fields(strings.ToLower(title)), " ")
}

// SameJob reports whether two postings describe the same job at the same place.
//
// They must share a non-empty company key and title key, name overlapping places (a common city,
// or both remote with a common or unstated region, or either has no place at all), and, when both
// have a description, SimHashes no more than NearDuplicateDistance bits apart.
func SameJob(a, b Posting) bool {
	if a.CompanyKey == "" || a.CompanyKey != b.CompanyKey {
		return false
	}
	ta, tb := a.TitleKey, b.TitleKey
	if ta == "" {
		ta = TitleKey(a.Title)
	}
	if tb == "" {
		tb = TitleKey(b.Title)
	}
	if ta == "" || ta != tb {
		return false
	}
	if !placesOverlap(a, b) {
		return false
	}
	if a.SimHash != 0 && b.SimHash != 0 && Hamming(a.SimHash, b.SimHash) > NearDuplicateDistance {
		return false
	}
	return true
}

func placesOverlap(a, b Posting) bool {
	aRemote, bRemote := a.WorkMode == WorkModeRemote, b.WorkMode == WorkModeRemote
	if len(a.Locations) == 0 && !aRemote || len(b.Locations) == 0 && !bRemote {
		return true
	}
	if aRemote && bRemote && regionsOverlap(a.RemoteRegions, b.RemoteRegions) {
		return true
	}
	for _, la := range a.Locations {
		if la.City == "" {
			continue
		}
		for _, lb := range b.Locations {
			if strings.EqualFold(la.City, lb.City) && (la.Country == "" || lb.Country == "" || la.Country == lb.Country) {
				return true
			}
		}
	}
	return false
}

func regionsOverlap(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
