// Package charset reads text that is not all UTF-8, as spreadsheet programs save it in the system's code page.
package charset

import (
	"unicode/utf8"
)

// Windows1252 holds the characters Windows-1252 gives bytes 0x80–0x9F, at the byte minus 0x80; the five
// bytes it leaves undefined hold U+FFFD. Bytes 0xA0–0xFF are the Latin-1 characters of the same number.
var Windows1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// FromWindows1252 returns s with every byte that is not part of a UTF-8 character read as the
// Windows-1252 character it is; the UTF-8 characters around them are kept. Valid UTF-8 is returned as it is.
func FromWindows1252(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, windows1252(s[i]))
			i++
			continue
		}
		out = append(out, s[i:i+size]...)
		i += size
	}
	return string(out)
}

// windows1252 is the character of byte b (0x80 or above) in Windows-1252.
func windows1252(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return Windows1252[b-0x80]
	}
	return rune(b)
}
