package posting

import (
	"math/bits"
	"slices"
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
	var acc bitCounter
	var w0, w1, w2 uint64 // hashes of the last three words
	n := 0
	for i := 0; i < len(text); {
		lc := wordByte[text[i]]
		if lc == 0 {
			i++
			continue
		}
		if lc == nonASCII {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		// A word starts at i: hash it to its end in a tight loop, two ASCII bytes a step where it can
		// (h*31*31 + a*31 + b is h*31+a then *31+b, with half the chain of dependent operations).
		h := uint64(5381)
		for i+1 < len(text) {
			a, b := wordByte[text[i]], wordByte[text[i+1]]
			if a-1 >= nonASCII-1 || b-1 >= nonASCII-1 { // either is 0 (not a word byte) or nonASCII
				break
			}
			h = h*961 + uint64(a)*31 + uint64(b)
			i += 2
		}
		for i < len(text) {
			lc = wordByte[text[i]]
			if lc == 0 {
				break
			}
			if lc == nonASCII {
				r, size := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				h = h<<5 - h + uint64(unicode.ToLower(r))
				i += size
				continue
			}
			h = h<<5 - h + uint64(lc) // h*31 + c: a shift and a subtraction per byte; mix64 spreads it later
			i++
		}
		w0, w1, w2 = w1, w2, h
		if n++; n >= 3 {
			acc.add(mum(w0 ^ bits.RotateLeft64(w1, 21) ^ bits.RotateLeft64(w2, 42)))
		}
	}
	switch n {
	case 0:
		return 0
	case 1:
		acc.add(mum(w2))
	case 2:
		acc.add(mum(w1))
		acc.add(mum(w2))
	}
	return acc.majority()
}

// nonASCII marks, in wordByte, bytes that start or continue a multi-byte character.
const nonASCII = 0xFF

// wordByte maps ASCII letters and digits to their lower-case form, other ASCII to 0 and bytes of
// multi-byte characters to nonASCII.
var wordByte = func() (t [256]byte) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = nonASCII
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// bitCounter counts, for each of 64 bit positions, how many added words had that bit set. Eight
// byte-wide lanes hold bits j, j+8, j+16... of the counts, so adding a word is eight shifts, masks and
// adds; the lanes are emptied into full counters before a byte can overflow.
type bitCounter struct {
	lanes  [8]uint64
	counts [64]uint32
	n      uint32 // words added
	inLane uint32 // words added since the lanes were last emptied
}

const laneMask = 0x0101010101010101

func (b *bitCounter) add(h uint64) {
	l := &b.lanes
	l[0] += h & laneMask
	l[1] += h >> 1 & laneMask
	l[2] += h >> 2 & laneMask
	l[3] += h >> 3 & laneMask
	l[4] += h >> 4 & laneMask
	l[5] += h >> 5 & laneMask
	l[6] += h >> 6 & laneMask
	l[7] += h >> 7 & laneMask
	b.n++
	if b.inLane++; b.inLane == 255 {
		b.spill()
	}
}

func (b *bitCounter) spill() {
	for j := 0; j < 8; j++ {
		l := b.lanes[j]
		for k := 0; k < 8; k++ {
			b.counts[k*8+j] += uint32(l >> uint(k*8) & 0xFF)
		}
		b.lanes[j] = 0
	}
	b.inLane = 0
}

// majority returns the word whose bit i is set when more than half of the added words had bit i set.
func (b *bitCounter) majority() uint64 {
	b.spill()
	var out uint64
	for i := 0; i < 64; i++ {
		if 2*b.counts[i] > b.n {
			out |= 1 << uint(i)
		}
	}
	return out
}

// mum spreads a hash's bits so each SimHash bit is an even coin: the high and low halves of a
// 128-bit product, folded (one multiplication, as in wyhash).
func mum(x uint64) uint64 {
	hi, lo := bits.Mul64(x^0x9E3779B97F4A7C15, 0xbf58476d1ce4e5b9)
	return hi ^ lo
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
// or both remote with a common, unstated or worldwide region, or either has no place at all), and, when both
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

// regionsOverlap reports whether two remote postings hire in a common region; no region or
// WORLDWIDE means anywhere.
func regionsOverlap(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || slices.Contains(a, "WORLDWIDE") || slices.Contains(b, "WORLDWIDE") {
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
