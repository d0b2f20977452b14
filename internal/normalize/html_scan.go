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
	n := i
	for n < len(src) && !isSpace(src[n]) && src[n] != '/' && src[n] != '>' {
		n++
	}
	t := lookupTag(src[i:n])
	s.attrBuf = s.attrBuf[:0]
	i, selfClosing := s.readAttrs(src, n, !end && t.attrs)
	if end {
		s.end(t)
		return i
	}
	s.start(t, s.attrBuf, selfClosing)
	if t.raw && !selfClosing {
		return rawTextEnd(src, i, t.atom.String())
	}
	if t.atom == atom.Plaintext {
		return len(src)
	}
	return i
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readAttrs reads attributes up to the tag's '>' (collecting them when want) and returns the index after it.
func (s *sanitizer) readAttrs(src string, i int, want bool) (int, bool) {
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
			s.scratch = appendDecoded(s.scratch[:0], val)
			s.attrBuf = append(s.attrBuf, attr{strings.ToLower(key), string(s.scratch)})
		}
	}
	return len(src), selfClosing
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
