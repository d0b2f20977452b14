package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// repairOnceByRune is repairOnce as it was, decoding every character of s in turn.
func repairOnceByRune(s string) (string, bool) {
	var b strings.Builder
	changed := false
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xC2 || r > 0xF4 {
			i += size
			continue
		}
		lead := byte(r)
		n := 2
		if lead >= 0xF0 {
			n = 4
		} else if lead >= 0xE0 {
			n = 3
		}
		var buf [4]byte
		buf[0] = lead
		j := i + size
		k := 1
		for ; k < n && j < len(s); k++ {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			c, ok := byteOf(r2)
			if !ok || c < 0x80 || c > 0xBF {
				break
			}
			buf[k] = c
			j += size2
		}
		if k == n {
			if dr, dsize := utf8.DecodeRune(buf[:n]); dr != utf8.RuneError && dsize == n {
				b.WriteString(s[last:i])
				b.WriteRune(dr)
				last, i, changed = j, j, true
				continue
			}
		}
		if lead == 0xC2 && j < len(s) && s[j] == ' ' && (i == 0 || s[i-1] < 'A' || s[i-1] > 'Z') {
			b.WriteString(s[last:i])
			last, i, changed = j, j, true
			continue
		}
		i += size
	}
	if !changed {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// mojibakeSeeds are garbled and clean texts around the rule's edges: invalid bytes before and inside a
// candidate, a lone Â before a space after a capital and after other bytes, text garbled twice.
var mojibakeSeeds = []string{"â€™ Ã©", "SociÃ©tÃ© GÃ©nÃ©rale", "Ã\xa9", "\xc3", "x\xc3\xc3\xa9", "ÃÂ©", "Â a", "AÂ b",
	"\xffÂ c", "Ã¢â‚¬â„¢", "naïve café", "ðŸ˜€", "Ã", "€ Â", "Â", "ÃƒÂ©tÃƒÂ©", "\xe2\x82Ã©", "ô¿¿¿"}

func checkRepairOnce(t *testing.T, s string) {
	got, gc := repairOnce(s)
	want, wc := repairOnceByRune(s)
	if got != want || gc != wc {
		t.Fatalf("repairOnce(%q) = %q, %v; want %q, %v", s, got, gc, want, wc)
	}
}

// TestRepairOnceMatchesByRune checks the jumping pass against the rune-by-rune one on the seeds, each
// behind every prefix of a few bytes, and on every capture's description.
func TestRepairOnceMatchesByRune(t *testing.T) {
	for _, s := range mojibakeSeeds {
		for _, pre := range []string{"", "a", "\xc3", "\xa9", "Ã", "é", "€"} {
			checkRepairOnce(t, pre+s)
			checkRepairOnce(t, s+pre)
		}
	}
	for _, d := range captureDrafts(t) {
		checkRepairOnce(t, d.DescriptionHTML)
		checkRepairOnce(t, d.Title)
	}
}

func FuzzRepairOnce(f *testing.F) {
	for _, s := range scanSeeds(f, mojibakeSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkRepairOnce)
}
