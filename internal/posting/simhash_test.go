package posting_test

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestSimHashValues pins hashes: stored postings keep theirs, so a faster SimHash must return the same bits.
// The values were computed with the byte-at-a-time loop of commit 42a1e9a.
func TestSimHashValues(t *testing.T) {
	for _, c := range []struct {
		text string
		want uint64
	}{
		{"Go", 0x316d3009b3b7be80},
		{"Build reliable tools for our team, and ship them weekly.", 0x10732051240e41fd},
		{"Déjà vu: ÉCOLE café 日本語 x1 ab abc abcd", 0x3980af781a35529c},
		{"a-b_c 12345 Straße\xff end", 0xd18080256311632},
	} {
		if got := posting.SimHash(c.text); got != c.want {
			t.Errorf("SimHash(%q) = %#x, want %#x", c.text, got, c.want)
		}
	}
}
