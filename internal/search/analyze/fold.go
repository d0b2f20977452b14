package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// folds maps lower-case Latin letters with diacritics to their plain forms, so "São Paulo",
// "Zürich" and "für" are found by "sao paulo", "zurich" and "fur" (and the other way round).
var folds = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ð': "d", 'þ': "th", 'ĳ': "ij",
}

// foldRune appends the plain form of a lower-case letter to b.
func foldRune(b []byte, r rune) []byte {
	if s, ok := folds[r]; ok {
		return append(b, s...)
	}
	if base, ok := baseLetter(r); ok {
		return append(b, base)
	}
	return utf8.AppendRune(b, r)
}

// baseLetter is the ASCII letter under an accented Latin letter of Latin-1 or Latin Extended-A.
func baseLetter(r rune) (byte, bool) {
	if r < 0xE0 || r > 0x17F {
		return 0, false
	}
	if r <= 0xFF {
		const latin1 = "aaaaaa/ceeeeiiii/nooooo//uuuuy/y" // U+00E0 … U+00FF; '/' has no base letter
		if c := latin1[r-0xE0]; c != '/' {
			return c, true
		}
		return 0, false
	}
	// Latin Extended-A pairs upper and lower case; after lowering, the letter's base is in this table.
	const extA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii//jjkkkllllllllllnnnnnnnnnoooooo//rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" // U+0100 … U+017F
	if c := extA[r-0x100]; c != '/' {
		return c, true
	}
	return 0, false
}

// Fold lower-cases s and removes the diacritics of Latin letters, as search terms are written.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = foldRune(b, unicode.ToLower(r))
	}
	return string(b)
}
