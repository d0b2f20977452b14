package normalize

import "testing"

// plainRunByByte is the rule plainRun implements, one byte (or valid character of clMulti) at a time.
func plainRunByByte(b string, j int) int {
	for j < len(b) {
		switch k := byteClass[b[j]]; {
		case k == clPlain:
			j++
		case k == clMulti && runeLen(b[j:]) > 0:
			j += runeLen(b[j:])
		case k == clSpace && j+1 < len(b) && byteClass[b[j+1]] == clPlain:
			j += 2
		default:
			return j
		}
	}
	return j
}

func TestPlainRunMatchesByteRule(t *testing.T) {
	parts := []string{"a", " ", "  ", "\n", "<", ">", "&", "\"", "'", "#", "=", "!", "\x01", "\u00a0", "é", "\x00", "yz", "\xc3", "\xa9", "😀"}
	// Every string of five parts from an odometer over parts: runs cross the eight-byte steps at every offset.
	idx := make([]int, 5)
	for {
		s := "abcdefgh"
		for _, i := range idx {
			s += parts[i]
		}
		s += "ijklmnopq"
		if got, want := plainRun(s, 1), plainRunByByte(s, 1); got != want {
			t.Fatalf("plainRun(%q) = %d, want %d", s, got, want)
		}
		k := 0
		for k < len(idx) && idx[k] == len(parts)-1 {
			idx[k] = 0
			k++
		}
		if k == len(idx) {
			break
		}
		idx[k]++
	}
}

func FuzzPlainRun(f *testing.F) {
	for _, s := range []string{"plain text, with  two spaces", "a <b> & \"c\" 'd' #1 = 2", "héllo wörld\u00a0x", "tab\tand\nnewline"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for j := 1; j <= len(s); j++ {
			if byteClass[s[j-1]] != clPlain && !endsCharacter(s, j) {
				continue
			}
			if got, want := plainRun(s, j), plainRunByByte(s, j); got != want {
				t.Fatalf("plainRun(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	})
}

// endsCharacter reports whether s[:j] ends with a valid character of clMulti.
func endsCharacter(s string, j int) bool {
	for k := max(0, j-4); k < j; k++ {
		if byteClass[s[k]] == clMulti && k+runeLen(s[k:]) == j {
			return true
		}
	}
	return false
}
