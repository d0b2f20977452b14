package normalize

import (
	"math/bits"
	"slices"
	"strings"
)

// textSignals are the explicit statements of a description that employment type and seniority read.
type textSignals struct {
	fullTime, partTime, contract, internship, temporary, freelance, entryLevel bool
}

// anchorRule is a word to find in the text and the context that makes it a statement about the job.
type anchorRule struct {
	anchor  string
	capital string   // the anchor capitalized, filled by init
	after   []string // one of these must follow the anchor (after "-time"/" time" when needTime)
	before  []string // or one of these must precede it
	time    bool     // the anchor must be followed by "-time" or " time" first ("full-time")
	set     func(*textSignals)
}

var anchorRules = []anchorRule{
	{anchor: "full", time: true, after: []string{" position", " role", " job", " opportunity", " employment", " contract"},
		before: []string{"this is a ", "this is a permanent, ", "this is a permanent "}, set: func(s *textSignals) { s.fullTime = true }},
	{anchor: "part", time: true, after: []string{" position", " role", " job", " opportunity", " employment"},
		before: []string{"this is a "}, set: func(s *textSignals) { s.partTime = true }},
	{anchor: "contract", after: []string{" position", " role", "-to-hire", " to hire", " opportunity"},
		before: []string{"this is a "}, set: func(s *textSignals) { s.contract = true }},
	{anchor: "internship", after: []string{" program", " position", " role"}, before: []string{"this ", "a paid "},
		set: func(s *textSignals) { s.internship = true }},
	{anchor: "temporary", after: []string{" position", " role", " contract", " assignment"}, before: []string{"this is a "},
		set: func(s *textSignals) { s.temporary = true }},
	{anchor: "freelance", after: []string{" position", " role", " project", " basis"}, before: []string{"this is a "},
		set: func(s *textSignals) { s.freelance = true }},
	{anchor: "entry", after: []string{"-level position", " level position", "-level role", " level role", "-level job"},
		set: func(s *textSignals) { s.entryLevel = true }},
}

// signalByte flags ASCII letters and the bytes an anchor can begin with (either case).
var signalByte [256]uint8

const (
	sbLetter = 1 << iota
	sbAnchor
)

// rulesByByte lists, for each first byte, the anchorRules that begin with it.
var rulesByByte [256][]uint8

// readSignals finds the statements in the first textScanLimit bytes of text in one pass: at each word
// start (after a space or line break) whose first letter begins some anchor, the anchors are compared
// ignoring case, and the words around a hit are checked. The text is never lower-cased whole.
func readSignals(text string) textSignals {
	if len(text) > textScanLimit {
		text = text[:textScanLimit]
	}
	var s textSignals
	s.checkWordAt(text, 0)
	// Word starts follow a space or a line break. Eight bytes at a time, flag the bytes equal to ' ' or
	// '\n' (the classic zero-byte trick; a rare false flag is harmless as checkWordAt checks again).
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		sp, nl := x^(lo*' '), x^(lo*'\n')
		m := ((sp-lo)&^sp | (nl-lo)&^nl) & hi
		for m != 0 {
			// Most words start with no anchor's letter: test that inline before calling.
			if k := i + bits.TrailingZeros64(m)/8 + 1; mayAnchor(text, k) {
				s.checkWordAt(text, k)
			}
			m &= m - 1
		}
	}
	for ; i < len(text); i++ {
		if text[i] == ' ' || text[i] == '\n' {
			s.checkWordAt(text, i+1)
		}
	}
	return s
}

// mayAnchor reports whether an anchor may begin at text[k]: its first four bytes, lower-cased, begin
// some anchor (every anchor is four letters or more). Most words fail here, before any comparison.
func mayAnchor(text string, k int) bool {
	if k+4 > len(text) {
		return k < len(text) && signalByte[text[k]]&sbAnchor != 0
	}
	w := (uint32(text[k]) | uint32(text[k+1])<<8 | uint32(text[k+2])<<16 | uint32(text[k+3])<<24) | 0x20202020
	return headSlots[w*headMul>>28] == w
}

// anchorHeads are the anchors' first four letters as little-endian words; headSlots holds each at the
// slot headMul sends it to, a multiplier init picks so that no two share a slot (a perfect hash).
var (
	anchorHeads []uint32
	headSlots   [16]uint32
	headMul     uint32
)

// placeHeads finds an odd multiplier that gives every anchor head a slot of its own and fills headSlots.
// Zero, which no head is, marks a free slot: four bytes OR 0x20 are never zero.
func placeHeads() {
	for m := uint32(0x9E3779B1); ; m += 2 {
		headSlots = [16]uint32{}
		ok := true
		for _, h := range anchorHeads {
			slot := &headSlots[h*m>>28]
			if *slot != 0 {
				ok = false
				break
			}
			*slot = h
		}
		if ok {
			headMul = m
			return
		}
	}
}

// checkWordAt tests the anchors that begin with the byte at text[k], if a word starts there.
func (s *textSignals) checkWordAt(text string, k int) {
	if k >= len(text) || signalByte[text[k]]&sbAnchor == 0 || k > 0 && isASCIILetter(text[k-1]) {
		return
	}
	for _, i := range rulesByByte[text[k]] {
		r := &anchorRules[i]
		if len(text)-k >= len(r.anchor) && strings.EqualFold(text[k:k+len(r.anchor)], r.anchor) && anchorContext(text, k, r) {
			r.set(s)
		}
	}
}

// anchorContext checks the words around an anchor found at text[k].
func anchorContext(text string, k int, r *anchorRule) bool {
	rest := text[k+len(r.anchor):]
	if r.time {
		if len(rest) < 5 || !strings.EqualFold(rest[:5], "-time") && !strings.EqualFold(rest[:5], " time") {
			return false
		}
		rest = rest[5:]
	}
	return hasAnyPrefixFold(rest, r.after) || hasAnySuffixFold(text[:k], r.before)
}

func hasAnyPrefixFold(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

func hasAnySuffixFold(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p) {
			return true
		}
	}
	return false
}

func init() {
	for c := 'a'; c <= 'z'; c++ {
		signalByte[c] |= sbLetter
		signalByte[c-'a'+'A'] |= sbLetter
	}
	for i, r := range anchorRules {
		a := r.anchor
		if h := uint32(a[0]) | uint32(a[1])<<8 | uint32(a[2])<<16 | uint32(a[3])<<24; !slices.Contains(anchorHeads, h) {
			anchorHeads = append(anchorHeads, h)
		}
		for _, c := range []byte{r.anchor[0], r.anchor[0] - 'a' + 'A'} {
			signalByte[c] |= sbAnchor
			rulesByByte[c] = append(rulesByByte[c], uint8(i))
		}
	}
	placeHeads()
}
