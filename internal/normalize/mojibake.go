package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/career-copilot/copilot/internal/charset"
)

// cp1252 maps the Windows-1252 characters of bytes 0x80–0x9F back to their byte.
var cp1252 = func() map[rune]byte {
	m := map[rune]byte{}
	for i, r := range charset.Windows1252 {
		if r != utf8.RuneError {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

// byteOf returns the single byte that r stands for when UTF-8 was misread as Windows-1252 or Latin-1.
func byteOf(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

// RepairMojibake re-decodes UTF-8 that was read as Windows-1252 or Latin-1 ("â€™" → "’", "Ã©" → "é").
//
// The rule is general: a run of characters that each stand for one byte, beginning with a UTF-8 lead
// byte (Â–ô) and followed by the right number of continuation bytes, is replaced by the character those
// bytes encode. A lone "Â" before a space (an nbsp whose second byte was already turned into a space)
// is dropped unless it ends an upper-case word. Text with no character in Â–ô is returned unchanged without allocating.
func RepairMojibake(s string) string {
	if !maybeMojibake(s) {
		return s
	}
	for pass := 0; pass < 2; pass++ { // text garbled twice needs two passes
		out, changed := repairOnce(s)
		if !changed {
			break
		}
		s = out
	}
	return s
}

func maybeMojibake(s string) bool {
	// Â..ô encode in UTF-8 as C3 82..C3 B4.
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xC3)
		if j < 0 {
			return false
		}
		i += j + 1
		if i < len(s) && s[i] >= 0x82 && s[i] <= 0xB4 {
			return true
		}
	}
}

// repairOnce makes one pass of RepairMojibake's rule over s.
//
// Every character the rule reads first is one of Â–ô, which UTF-8 encodes as C3 82–C3 B4, and C3 is
// never a continuation byte: a jump to the next C3 skips only characters the rule would pass over.
func repairOnce(s string) (string, bool) {
	var b strings.Builder
	changed := false
	last := 0
	for i := 0; i < len(s); {
		if s[i] != 0xC3 {
			k := strings.IndexByte(s[i:], 0xC3)
			if k < 0 {
				break
			}
			i += k
		}
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
