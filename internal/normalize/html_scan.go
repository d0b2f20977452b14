package normalize

import (
	"strings"
	"unsafe"

	"golang.org/x/net/html/atom"
)

// The scanner below tokenizes HTML in one pass over the string. It is ours rather than
// x/net/html's Tokenizer because that one alone took 30 µs of a 50 µs budget per posting
// (see BenchmarkDraft). It cannot open a hole: nothing it reads is copied to the output
// except text (always escaped) and allow-listed attributes (escaped, URLs scheme-checked).

// attr is one attribute of a tag, value decoded.
type attr struct{ key, val string }

// rawTextEnd returns the index just past the closing tag of a raw-text element (script, style...), or len(s).
func rawTextEnd(s string, i int, name string) int {
	for {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		i += j + 2
		if len(s)-i >= len(name) && strings.EqualFold(s[i:i+len(name)], name) {
			k := i + len(name)
			if k == len(s) || s[k] == '>' || s[k] == '/' || isSpace(s[k]) {
				if e := strings.IndexByte(s[k:], '>'); e >= 0 {
					return k + e + 1
				}
				return len(s)
			}
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// scan walks src calling the sanitizer for text and tags.
func (s *sanitizer) scan(src string) {
	i := 0
	for i < len(src) {
		j := strings.IndexByte(src[i:], '<')
		if j < 0 {
			s.textRun(src[i:])
			break
		}
		if j > 0 {
			s.textRun(src[i : i+j])
			i += j
		}
		if i+1 >= len(src) {
			s.textRun("<")
			break
		}
		c := src[i+1]
		switch {
		case isASCIILetter(c):
			i = s.tag(src, i+1, false)
		case c == '/' && i+2 < len(src) && isASCIILetter(src[i+2]):
			i = s.tag(src, i+2, true)
		case c == '!' && strings.HasPrefix(src[i:], "<![CDATA["):
			// The HTML a board wrapped in CDATA is read as HTML: the markers of every section are dropped.
			src, i = unwrapCDATA(src[i:]), 0
		case c == '!' && strings.HasPrefix(src[i:], "<!--"):
			if e := strings.Index(src[i+4:], "-->"); e >= 0 {
				i += 4 + e + 3
			} else {
				i = len(src)
			}
		case c == '!' || c == '?' || c == '/':
			if e := strings.IndexByte(src[i:], '>'); e >= 0 {
				i += e + 1
			} else {
				i = len(src)
			}
		default:
			s.textRun("<")
			i++
		}
	}
	s.closeAll()
}

// tag reads one start or end tag whose name begins at src[i] and returns the index after it.
func (s *sanitizer) tag(src string, i int, end bool) int {
	n, k0, k1, ok := tagName(src, i)
	var t tagInfo
	if ok {
		t = lookupKey(k0, k1)
	}
	s.attrBuf = s.attrBuf[:0]
	selfClosing := false
	if n < len(src) && src[n] == '>' { // most tags have no attributes
		i = n + 1
	} else {
		i, selfClosing = s.readAttrs(src, n, !end && t.attrs && s.skipDepth == 0)
	}
	if end {
		s.end(t)
		return i
	}
	s.start(t, s.attrBuf, selfClosing)
	if len(s.attrBuf) > 0 {
		clear(s.attrBuf) // its strings are over src and scratch, valid only for this tag
	}
	if t.raw && !selfClosing {
		return rawTextEnd(src, i, t.atom.String())
	}
	if t.atom == atom.Plaintext {
		return len(src)
	}
	return i
}

// readAttrs reads attributes up to the tag's '>' (collecting them when want) and returns the index after it.
func (s *sanitizer) readAttrs(src string, i int, want bool) (int, bool) {
	if want {
		s.scratch = s.scratch[:0]
	}
	selfClosing := false
	for i < len(src) {
		c := src[i]
		if isSpace(c) {
			i++
			continue
		}
		if c == '>' {
			return i + 1, selfClosing
		}
		if c == '/' {
			selfClosing = true
			i++
			continue
		}
		selfClosing = false
		k := i
		i++
		for i < len(src) && !isSpace(src[i]) && src[i] != '/' && src[i] != '>' && src[i] != '=' {
			i++
		}
		key := src[k:i]
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		val := ""
		if i < len(src) && src[i] == '=' {
			i++
			for i < len(src) && isSpace(src[i]) {
				i++
			}
			if i < len(src) && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				e := strings.IndexByte(src[i+1:], q)
				if e < 0 {
					return len(src), false
				}
				val = src[i+1 : i+1+e]
				i += e + 2
			} else {
				v := i
				for i < len(src) && !isSpace(src[i]) && src[i] != '>' {
					i++
				}
				val = src[v:i]
			}
		}
		if want {
			if name := attrName(key); name != "" {
				s.attrBuf = append(s.attrBuf, attr{name, s.attrValue(val)})
			}
		}
	}
	return len(src), selfClosing
}

// attrNames are the attributes allowedAttrs reads; readAttrs collects no other.
var attrNames = [...]string{"href", "src", "alt", "width", "height", "colspan", "rowspan", "start", "style"}

var attrNameKeys = func() (k [len(attrNames)]uint64) {
	for i, n := range attrNames {
		k[i], _ = asciiKey(n)
	}
	return k
}()

// attrName returns the attribute name of attrNames that key is in any case (as strings.ToLower reads it),
// or "" for any other attribute.
func attrName(key string) string {
	k, ok := asciiKey(key)
	if !ok {
		if !isASCII(key) { // a non-ASCII key may lower-case to a name: "WİDTH" is "width"
			l := strings.ToLower(key)
			for _, n := range attrNames {
				if l == n {
					return n
				}
			}
		}
		return ""
	}
	for i, n := range attrNameKeys {
		if n == k {
			return attrNames[i]
		}
	}
	return ""
}

// asciiKey packs an ASCII key of up to seven bytes, lower-cased, with its length in the top byte.
func asciiKey(key string) (uint64, bool) {
	if len(key) > 7 {
		return 0, false
	}
	k := uint64(len(key)) << 56
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 0x80 {
			return 0, false
		}
		if c-'A' < 26 {
			c |= 0x20
		}
		k |= uint64(c) << (8 * i)
	}
	return k, true
}

// attrValue returns an attribute value decoded: v itself when it has no character reference, else the
// decoded bytes appended to scratch, the tag's arena. Either string is valid only while the tag is
// handled: src may be a layer buffer and scratch is reused by the next tag or text run.
func (s *sanitizer) attrValue(v string) string {
	if strings.IndexByte(v, '&') < 0 {
		return v
	}
	k := len(s.scratch)
	s.scratch = appendDecoded(s.scratch, v)
	if len(s.scratch) == k {
		return ""
	}
	// An append that grows scratch leaves the earlier values in the old array, which they keep alive.
	return unsafe.String(&s.scratch[k], len(s.scratch)-k)
}

// textRun decodes a run of text and adds it to both outputs.
func (s *sanitizer) textRun(t string) {
	if s.skipDepth > 0 {
		return
	}
	if strings.IndexByte(t, '&') < 0 {
		s.addText(t)
		return
	}
	s.scratch = appendDecoded(s.scratch[:0], t)
	s.addText(unsafe.String(unsafe.SliceData(s.scratch), len(s.scratch))) // addText copies; no string of scratch outlives it
}

// unwrapCDATA returns s without the "<![CDATA[" and "]]>" markers of its CDATA sections, in one pass: each
// marker is looked for after the one before, an opening then its end.
func unwrapCDATA(s string) string {
	markers := [2]string{"<![CDATA[", "]]>"}
	var b strings.Builder
	b.Grow(len(s))
	for m := 0; ; m ^= 1 {
		k := strings.Index(s, markers[m])
		if k < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:k])
		s = s[k+len(markers[m]):]
	}
}
