package normalize

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/swar"
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
	sig     signal
}

// signal names one field of textSignals; a rule names its field rather than holding a func that sets
// it, as calling a func value would move readSignals' result to the heap.
type signal uint8

const (
	sigFullTime signal = iota
	sigPartTime
	sigContract
	sigInternship
	sigTemporary
	sigFreelance
	sigEntryLevel
)

// set records the statement sig.
func (s *textSignals) set(sig signal) {
	switch sig {
	case sigFullTime:
		s.fullTime = true
	case sigPartTime:
		s.partTime = true
	case sigContract:
		s.contract = true
	case sigInternship:
		s.internship = true
	case sigTemporary:
		s.temporary = true
	case sigFreelance:
		s.freelance = true
	case sigEntryLevel:
		s.entryLevel = true
	}
}

var anchorRules = []anchorRule{
	{anchor: "full", time: true, after: []string{" position", " role", " job", " opportunity", " employment", " contract"},
		before: []string{"this is a ", "this is a permanent, ", "this is a permanent "}, sig: sigFullTime},
	{anchor: "part", time: true, after: []string{" position", " role", " job", " opportunity", " employment"},
		before: []string{"this is a "}, sig: sigPartTime},
	{anchor: "contract", after: []string{" position", " role", "-to-hire", " to hire", " opportunity"},
		before: []string{"this is a "}, sig: sigContract},
	{anchor: "internship", after: []string{" program", " position", " role"}, before: []string{"this ", "a paid "},
		sig: sigInternship},
	{anchor: "temporary", after: []string{" position", " role", " contract", " assignment"}, before: []string{"this is a "},
		sig: sigTemporary},
	{anchor: "freelance", after: []string{" position", " role", " project", " basis"}, before: []string{"this is a "},
		sig: sigFreelance},
	{anchor: "entry", after: []string{"-level position", " level position", "-level role", " level role", "-level job"},
		sig: sigEntryLevel},
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
// start (after a space or line break) whose first four letters begin some anchor, the anchors are
// compared ignoring case, and the words around a hit are checked. The text is never lower-cased whole.
func readSignals(text string) textSignals {
	if len(text) > textScanLimit {
		text = text[:textScanLimit]
	}
	var s textSignals
	s.checkWordAt(text, 0)
	// The bytes below '!' of 64 bytes are gathered into one mask before any is looked at: that costs less
	// than finding spaces and line breaks exactly, and less than a loop for each 8 bytes, which ends at a
	// mispredicted branch. The few words that pass mayAnchor are then checked for a break before them.
	i := 0
	for ; i+8 <= len(text); i += 64 {
		n := min(64, (len(text)-i)&^7)
		for m := controlMask(text[i : i+n]); m != 0; m &= m - 1 {
			if j := i + bits.TrailingZeros64(m); mayAnchor(text, j+1) && isBreak(text, j) {
				s.checkWordAt(text, j+1)
			}
		}
	}
	for i = len(text) &^ 7; i < len(text); i++ {
		if text[i] == ' ' || text[i] == '\n' {
			s.checkWordAt(text, i+1)
		}
	}
	return s
}

// controlMask flags, in b of up to 64 bytes (a multiple of 8), the bytes below '!' and any run of '!'
// right after one: bit j for b[j]. Every byte isBreak accepts is among them.
func controlMask(b string) uint64 {
	var mask uint64
	for c := 0; c+8 <= len(b); c += 8 {
		x := swar.Load64(b, c)
		m := (x - swar.Ones*'!') &^ x & swar.Highs
		// Gather the eight high bits into one byte: byte j's bit lands on bit 56+j of the product.
		mask |= ((m >> 7) * 0x0102040810204080 >> 56) << (c & 63)
	}
	return mask
}

// isBreak reports whether readSignals takes text[j] for the space or line break before a word: whether
// the zero-byte trick flags it among the eight bytes of its aligned word, as the scan always tested. The
// trick also flags a '!' right after a flagged space (or a vertical tab after a line break), a rare false
// flag that checkWordAt makes harmless and that is kept, so the scan reads every text as it always has.
func isBreak(text string, j int) bool {
	x := swar.Load64(text, j&^7)
	sp, nl := x^(swar.Ones*' '), x^(swar.Ones*'\n')
	m := ((sp-swar.Ones)&^sp | (nl-swar.Ones)&^nl) & swar.Highs
	return m>>(j&7*8+7)&1 != 0
}

// mayAnchor reports whether an anchor may begin at text[k]: its first four bytes, lower-cased, begin
// some anchor (every anchor is four letters or more). Most words fail here, before any comparison.
func mayAnchor(text string, k int) bool {
	if k+4 > len(text) {
		return k < len(text) && signalByte[text[k]]&sbAnchor != 0
	}
	h := text[k : k+4]
	w := (uint32(h[0]) | uint32(h[1])<<8 | uint32(h[2])<<16 | uint32(h[3])<<24) | 0x20202020
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
			s.set(r.sig)
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
	return (hasAnyPrefixFold(rest, r.after) || hasAnySuffixFold(text[:k], r.before)) && !hasAnySuffixFold(text[:k], negations)
}

// negations are the words before an anchor that deny the statement ("This is not a contract role").
var negations = []string{"not a ", "not an ", "isn't a ", "isn’t a ", "not ", "non-", "non "}

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
