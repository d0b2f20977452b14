package posting_test

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestSimHashValues pins hashes of both definitions.
//
// SimHash's values were computed apart from this package, by a short Python script written from its
// definition (words as lower-cased UTF-8 bytes XORed into eight byte lanes, times 0xD6E8FEB86659FD93;
// 3-grams mixed by the 128-bit product with 0xbf58476d1ce4e5b9). SimHashV1's are what postings were stored
// with before, which rolling back the rehash migration restores; they were computed with the
// byte-at-a-time loop of commit 42a1e9a.
func TestSimHashValues(t *testing.T) {
	for _, c := range []struct {
		name string
		hash func(string) uint64
		text string
		want uint64
	}{
		{"SimHash", posting.SimHash, "Go", 0x3d04a57c0aae3cfd},
		{"SimHash", posting.SimHash, "a b", 0x42000100389210},
		{"SimHash", posting.SimHash, "Backend Engineer, Payments", 0x9a0db05b6c12748},
		{"SimHash", posting.SimHash, "Build reliable tools for our team, and ship them weekly.", 0x584a88186c5ef810},
		{"SimHash", posting.SimHash, "Déjà vu: ÉCOLE café 日本語 x1 ab abc abcd", 0xf7cdb165730aa5e9},
		{"SimHashV1", posting.SimHashV1, "Go", 0x316d3009b3b7be80},
		{"SimHashV1", posting.SimHashV1, "Build reliable tools for our team, and ship them weekly.", 0x10732051240e41fd},
		{"SimHashV1", posting.SimHashV1, "Déjà vu: ÉCOLE café 日本語 x1 ab abc abcd", 0x3980af781a35529c},
		{"SimHashV1", posting.SimHashV1, "a-b_c 12345 Straße\xff end", 0xd18080256311632},
	} {
		if got := c.hash(c.text); got != c.want {
			t.Errorf("%s(%q) = %#x, want %#x", c.name, c.text, got, c.want)
		}
	}
}
