package normalize

import "testing"

// plainRunByByte is the rule plainRun implements, one byte at a time.
func plainRunByByte(b string, j int) int {
	for j < len(b) {
		switch k := byteClass[b[j]]; {
		case k == clPlain:
			j++
		case k == clSpace && j+1 < len(b) && byteClass[b[j+1]] == clPlain:
			j += 2
		default:
			return j
		}
	}
	return j
}

func TestPlainRunMatchesByteRule(t *testing.T) {
	parts := []string{"a", "b", " ", "  ", "\n", "<", "&", "\u00a0", "é", "\x00", "x", "yz"}
	// Every string of five parts from an odometer over parts: runs cross the eight-byte steps at every offset.
	idx := make([]int, 5)
	for n := 0; n < 1_000_000; n++ {
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
