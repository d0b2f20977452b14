package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// appendDecoded appends s to dst with HTML character references decoded once.
//
// The references job boards use (&amp; &lt; &gt; &quot; &#39; &nbsp; and numeric ones) are decoded
// inline; any other named reference ending in ";" is decoded by x/net/html's full table. Numeric
// references to 128–159 mean the Windows-1252 character, as browsers read them.
func appendDecoded(dst []byte, s string) []byte {
	for {
		k := strings.IndexByte(s, '&')
		if k < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:k]...)
		s = s[k:]
		// The references escaped HTML is made of, checked byte by byte before the general path.
		if len(s) >= 4 && s[3] == ';' && s[2] == 't' && (s[1] == 'l' || s[1] == 'g') {
			dst = append(dst, "<>"[btoi(s[1] == 'g')])
			s = s[4:]
			continue
		}
		if len(s) >= 5 && s[1] == 'a' && s[2] == 'm' && s[3] == 'p' && s[4] == ';' {
			dst = append(dst, '&')
			s = s[5:]
			continue
		}
		n, r, ok := entityAt(s)
		if !ok {
			dst = append(dst, '&')
			s = s[1:]
			continue
		}
		if r >= 0 {
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, html.UnescapeString(s[:n])...)
		}
		s = s[n:]
	}
}

// entityAt reads the character reference at the start of s ("&..."); r is -1 when the caller must use the full table.
func entityAt(s string) (n int, r rune, ok bool) {
	if len(s) < 3 {
		return 0, 0, false
	}
	if s[1] == '#' {
		return numericEntity(s)
	}
	end := strings.IndexByte(s[:min(len(s), 34)], ';')
	if end < 2 {
		return 0, 0, false
	}
	switch s[1:end] {
	case "amp":
		return end + 1, '&', true
	case "lt":
		return end + 1, '<', true
	case "gt":
		return end + 1, '>', true
	case "quot":
		return end + 1, '"', true
	case "apos":
		return end + 1, '\'', true
	case "nbsp":
		return end + 1, '\u00a0', true
	}
	for i := 1; i < end; i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return 0, 0, false
		}
	}
	if html.UnescapeString(s[:end+1]) == s[:end+1] {
		return 0, 0, false // not a known name: leave it as text
	}
	return end + 1, -1, true
}

func numericEntity(s string) (int, rune, bool) {
	i := 2
	hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
	if hex {
		i++
	}
	start := i
	var v int64
	for i < len(s) && i-start < 8 {
		c := s[i]
		var d int64
		switch {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case hex && c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int64(c|0x20-'a') + 10
		default:
			goto done
		}
		if hex {
			v = v*16 + d
		} else {
			v = v*10 + d
		}
		i++
	}
done:
	if i == start {
		return 0, 0, false
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	r := rune(v)
	switch {
	case v >= 0x80 && v <= 0x9F:
		if c, ok := cp1252Rune[byte(v)]; ok {
			r = c
		} else {
			r = utf8.RuneError
		}
	case v == 0 || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF:
		r = utf8.RuneError
	}
	return i, r, true
}

// cp1252Rune is cp1252 read the other way: byte 0x80–0x9F to its character.
var cp1252Rune = func() map[byte]rune {
	m := make(map[byte]rune, len(cp1252))
	for r, b := range cp1252 {
		m[b] = r
	}
	return m
}()

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
