package posting

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The eight-byte loop has edges the plain definition has not: words that end on, just before or just after
// a window boundary, windows with four or five words, a multi-byte character inside, right after or right
// before an ASCII word, the text's last seven bytes, and the 128-word batches SimHash counts in.

// simHashPieces are the tokens the adversarial texts are built from.
var simHashPieces = []string{
	// ASCII words of every length around one and two windows, upper and lower case, digits
	"a", "Go", "abc", "word", "Notion", "abcdefg", "ABCDEFGH", "abcdefghi", "engineer1234567",
	"ENGINEERING12345", "responsibilities", "internationalized", "0", "42", "2024",
	// separators, single and in runs
	" ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", "/", "(", ")", ":", "'s", "@", "[", "`", "{",
	// control bytes that lower-case onto digits, and DEL
	"\x10", "\x19", "\x7f",
	// multi-byte letters and digits, which are word characters
	"é", "Ärger", "straße", "ÉCOLE", "日本語", "١٢٣", "０９", "Ⅻ", "ﬁ",
	// multi-byte characters that are not letters or digits
	"’", "—", "•", "\u00a0", "\u200b", "😀", "€",
	// invalid UTF-8: a stray continuation byte, a cut sequence, a byte that never starts one
	"\x80", "\xc3", "\xe2\x82", "\xff",
}

func checkSimHash(t *testing.T, s string) {
	t.Helper()
	if got, want := SimHash(s), refSimHash(s); got != want {
		t.Fatalf("SimHash(%q) = %#x, reference %#x", s, got, want)
	}
}

// TestSimHashWindowEdges puts words of 1 to 20 bytes at every offset into the window, followed by ASCII,
// by multi-byte letters and non-letters, by invalid bytes and by the end of the text.
func TestSimHashWindowEdges(t *testing.T) {
	word := "AbcdefghijklmnopqrsT"
	for l := 1; l <= len(word); l++ {
		w := word[:l]
		for off := 0; off <= 9; off++ {
			pad := strings.Repeat(".", off)
			for _, next := range []string{"", " ", "x", "é", "’", "\xff", "\xc3", " end", "9 z"} {
				checkSimHash(t, pad+w+next)
				checkSimHash(t, pad+w+next+" "+w+" "+w)
				checkSimHash(t, pad+"one "+w+next+" two "+w+next+" three")
				checkSimHash(t, pad+"é"+w+next+" "+w+"日"+w)
			}
			// a multi-byte letter, a multi-byte non-letter and an invalid byte at every position in the word
			for k := 0; k <= l; k++ {
				for _, c := range []string{"é", "’", "\xff"} {
					checkSimHash(t, pad+w[:k]+c+w[k:]+" "+w+" x")
				}
			}
		}
	}
}

// TestSimHashShortTexts covers texts of no, one and two words, and of punctuation only.
func TestSimHashShortTexts(t *testing.T) {
	for _, s := range []string{
		"", " ", ",.;:!?", strings.Repeat("- ", 40), "’—•\u00a0", "\xff\xfe", "Go", "é", "日本語", "x\xff",
		"Go Rust", "café 42", "a\u00a0b", "abcdefgh abcdefgh", strings.Repeat(".", 100) + "Go",
	} {
		checkSimHash(t, s)
	}
}

// TestSimHashManyShortWords fills windows with four or five one-letter words and runs past several
// 128-word batches, at every starting offset and with every word count up to 300.
func TestSimHashManyShortWords(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 700; i++ {
		b.WriteByte(byte('a' + i%26))
		b.WriteByte(' ')
	}
	s := b.String()
	for off := 0; off < 9; off++ {
		checkSimHash(t, s[off:])
		checkSimHash(t, strings.Repeat("x", off)+s)
	}
	// every word count up to 300, so that each batch ends after every number of full 16-shingle groups
	// and with every remainder
	for n := 1; n <= 300; n++ {
		checkSimHash(t, s[:2*n])
	}
}

// TestSimHashRandomPieces compares the two on texts drawn at random from simHashPieces, cut at random
// places (which also cuts multi-byte characters).
func TestSimHashRandomPieces(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for n := r.IntN(400); n > 0; n-- {
			b.WriteString(simHashPieces[r.IntN(len(simHashPieces))])
		}
		s := b.String()
		checkSimHash(t, s)
		if len(s) > 0 {
			i := r.IntN(len(s))
			checkSimHash(t, s[i:])
			checkSimHash(t, s[:i])
		}
	}
}

// TestSimHashLongWords runs words longer than a 64-byte block across one or two block boundaries, at
// every offset, ending in ASCII, in a multi-byte character and at the text's end.
func TestSimHashLongWords(t *testing.T) {
	word := strings.Repeat("AbcdefghijklmnopqrstuvwxyZ0123456789", 5)
	for _, l := range []int{56, 63, 64, 65, 71, 72, 73, 127, 128, 129, len(word)} {
		w := word[:l]
		for off := 0; off <= 9; off++ {
			pad := strings.Repeat(". ", off/2) + strings.Repeat("x", off%2)
			for _, next := range []string{"", " ", "é", "’", " a b c"} {
				checkSimHash(t, pad+w+next)
				checkSimHash(t, pad+"one two "+w+next+" "+w+" three")
			}
		}
	}
}
