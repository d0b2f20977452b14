package normalize

import (
	"math/bits"
	"strings"
	"testing"
)

// readSignalsByChunk is the scan readSignals replaced, kept as its reference: the word starts of each
// eight bytes are tested as soon as they are found.
func readSignalsByChunk(text string) textSignals {
	if len(text) > textScanLimit {
		text = text[:textScanLimit]
	}
	var s textSignals
	s.checkWordAt(text, 0)
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		sp, nl := x^(lo*' '), x^(lo*'\n')
		for m := ((sp-lo)&^sp | (nl-lo)&^nl) & hi; m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8 + 1; mayAnchor(text, k) {
				s.checkWordAt(text, k)
			}
		}
	}
	for ; i < len(text); i++ {
		if text[i] == ' ' || text[i] == '\n' {
			s.checkWordAt(text, i+1)
		}
	}
	return s
}

// signalSeeds put anchors at every offset of the eight- and 64-byte steps, after the '!' the zero-byte
// trick flags, across the scan limit and in the last bytes.
var signalSeeds = []string{"", "full-time role", " !full-time role", "x !!Part-Time job", "\n\vcontract position",
	"abcdefg !freelance basis", strings.Repeat("a", 59) + " this is a temporary role", "ENTRY-LEVEL ROLE",
	strings.Repeat("word ", 1199) + "x full-time position", "Join our paid Internship Program", "a\nentry level role"}

func checkReadSignals(t *testing.T, text string) {
	if got, want := readSignals(text), readSignalsByChunk(text); got != want {
		t.Fatalf("readSignals(%q) = %+v, want %+v", text, got, want)
	}
}

func TestReadSignalsMatchesByChunk(t *testing.T) {
	for _, s := range scanSeeds(t, signalSeeds...) {
		for pad := 0; pad < 9; pad++ { // shift the text against the steps
			checkReadSignals(t, strings.Repeat(" ", pad)+s)
			checkReadSignals(t, strings.Repeat("x", pad)+s)
		}
	}
	// A '!' after a space, at every place in the steps, before every anchor.
	for _, r := range anchorRules {
		phrase := r.anchor + "-time " + r.after[0][1:] + " " + r.anchor + r.after[0]
		for n := 0; n < 72; n++ {
			checkReadSignals(t, strings.Repeat("y", n)+" !"+phrase)
			checkReadSignals(t, strings.Repeat("y", n)+"\n\v"+strings.ToUpper(phrase))
		}
	}
}

func FuzzReadSignals(f *testing.F) {
	for _, s := range scanSeeds(f, signalSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkReadSignals)
}
