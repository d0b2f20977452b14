package normalize

import (
	"bytes"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/atom"

	"github.com/career-copilot/copilot/internal/swar"
)

// HTML sanitizes a description and flattens it to text for matching, in one tokenizer pass.
//
// Entity-escaped HTML (Greenhouse's content, escaped once or twice) is unescaped layer by layer
// until real tags appear, so entities are decoded exactly once; HTML that already has tags is
// never unescaped first, so an author's literal "&lt;b&gt;" stays text. Mojibake is repaired first.
// The safe HTML keeps structure (paragraphs, headings, lists, tables, links, emphasis, images that
// are not tracking pixels) and drops everything active. The text has one line per block and
// "- " before each list item, with whitespace collapsed.
func HTML(raw string) (safeHTML, text string) {
	if raw == "" {
		return "", ""
	}
	// Raw may be invalid UTF-8: the writer drops each byte that is not part of a valid character, and
	// a kept attribute is made valid (validAttr), which is what replacing each invalid run by U+FFFD
	// beforehand came to, the writer dropping U+FFFD too (TestHTMLInvalidUTF8 checks it).
	bufs := sanitizerBufs.Get().(*buffers)
	var s sanitizer // on the stack, so the appends of the hot loop store no pointer into the heap
	s.buffers = *bufs
	s.reset()
	s.scan(s.unescapeLayers(RepairMojibake(raw)))
	safeHTML, text = string(s.html), string(bytes.TrimRight(s.text, "\n "))
	if cap(s.html) <= 1<<20 && cap(s.text) <= 1<<20 && cap(s.layers[0]) <= 1<<20 && cap(s.layers[1]) <= 1<<20 {
		*bufs = s.buffers
		sanitizerBufs.Put(bufs)
	}
	return safeHTML, text
}

// sanitizerBufs keeps the sanitizer's buffers between calls; HTML is called for every posting ingested.
var sanitizerBufs = sync.Pool{New: func() any { return new(buffers) }}

func (s *sanitizer) reset() {
	s.html, s.text, s.scratch = s.html[:0], s.text[:0], s.scratch[:0]
	s.open, s.attrBuf = s.open[:0], s.attrBuf[:0]
}

// unescapeLayers strips entity-escaping layers from HTML that was stored escaped.
//
// Each layer is decoded into one of the sanitizer's two layer buffers, and the result is a string
// over that buffer (unsafe.String, no copy): it is valid only until the next call, which is enough
// because scan copies everything it writes out, and what it holds of its input (the attributes in
// attrBuf) is read only while it handles the one tag.
func (s *sanitizer) unescapeLayers(src string) string {
	for i := 0; i < 4; i++ {
		if hasRealTag(src) || !hasEscapedTag(src) {
			return src
		}
		b := appendDecoded(s.layers[i%2][:0], src)
		s.layers[i%2] = b
		src = unsafe.String(unsafe.SliceData(b), len(b))
	}
	return src
}

func hasRealTag(s string) bool {
	for i := 0; i < len(s)-1; i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return false
		}
		i += j
		if i+1 < len(s) {
			c := s[i+1]
			if isASCIILetter(c) || c == '!' || (c == '/' && i+2 < len(s) && isASCIILetter(s[i+2])) {
				return true
			}
		}
	}
	return false
}

// hasEscapedTag reports an escaped tag start: "&lt;p", "&lt;/p", "&amp;lt;p" (any number of "amp;" layers).
func hasEscapedTag(s string) bool {
	off := 0
	for {
		j := strings.Index(s[off:], "lt;")
		if j < 0 {
			return false
		}
		j += off
		off = j + 3
		k := j
		for k >= 4 && s[k-4:k] == "amp;" {
			k -= 4
		}
		if k < 1 || s[k-1] != '&' || off >= len(s) {
			continue
		}
		c := s[off]
		if isASCIILetter(c) || (c == '/' && off+1 < len(s) && isASCIILetter(s[off+1])) {
			return true
		}
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// pen is the spacing state between text runs; it holds no pointers so the hot loop needs no write barriers.
type pen struct {
	htmlSpace bool // a space is owed before the next HTML text
	lineUsed  bool // the current text line has content
	textSpace bool // a space is owed before the next text character
	bullet    bool // "- " is owed before the first character of the current line
	noSpace   bool // just after a block tag: leading whitespace is dropped from the HTML
	pendingBr bool // a stray block end tag owes a <br> if more text follows
}

type sanitizer struct {
	buffers
	pen
	skip      atom.Atom // element whose content is being dropped
	skipDepth int
	// openParas and openItems count the open <p> and <li> elements, so a block start looks for one to
	// close (closeImplied) only when there is one.
	openParas, openItems int
}

// buffers are the sanitizer's growing slices, kept between calls.
type buffers struct {
	html    []byte
	text    []byte
	open    []uint8   // kept elements not yet closed, by their tagTable entry
	attrBuf []attr    // attributes of the tag being read
	scratch []byte    // decoded text of the run being read
	layers  [2][]byte // entity-decoded layers of the input, in turn (see unescapeLayers)
}

func (s *sanitizer) start(t tagInfo, attrs []attr, selfClosing bool) {
	a := t.atom
	if s.skipDepth > 0 {
		if t.kind == kindDrop && a == s.skip && !selfClosing {
			s.skipDepth++
		}
		return
	}
	switch t.kind {
	case kindDrop:
		if !selfClosing && !t.raw { // raw-text content is skipped by the scanner itself
			s.skip, s.skipDepth = a, 1
		}
		return
	case kindVoidDrop, kindUnwrap:
		return
	}
	if t.block {
		s.lineBreak()
	}
	switch a {
	case atom.Li:
		s.bullet = true
	case atom.Td, atom.Th:
		s.textSpace = s.lineUsed
	}
	var attrText []byte
	if len(attrs) > 0 || a == atom.A || a == atom.Img {
		k := len(s.scratch) // after the attribute values held there, which stay valid
		var ok bool
		if s.scratch, ok = appendAllowedAttrs(s.scratch, a, attrs); !ok {
			return
		}
		attrText = s.scratch[k:]
	}
	if t.block {
		s.closeImplied(t.out)
		s.pendingBr = false // the new block breaks the line already
	} else if s.htmlSpace {
		s.html = append(s.html, ' ')
	}
	s.htmlSpace = false
	if len(attrText) == 0 {
		s.html = append(s.html, tagTable[t.slot].open...)
	} else {
		s.html = append(s.html, '<')
		s.html = append(s.html, t.out.String()...)
		s.html = append(s.html, attrText...)
		s.html = append(s.html, '>')
	}
	if !t.void {
		s.open = append(s.open, t.slot)
		switch t.out {
		case atom.P:
			s.openParas++
		case atom.Li:
			s.openItems++
		}
	}
}

func (s *sanitizer) end(t tagInfo) {
	if s.skipDepth > 0 {
		if t.atom == s.skip {
			s.skipDepth--
		}
		return
	}
	for i := len(s.open) - 1; i >= 0 && t.out != 0; i-- { // an unknown tag (out 0) closes nothing
		if s.open[i] == t.slot {
			if t.block {
				s.lineBreak()
			}
			s.closeTo(i)
			return
		}
	}
	if t.block && s.lineUsed { // a stray "</p>" still ends the line, as browsers show it
		s.lineBreak()
		s.pendingBr = true
	}
}

// closeImplied closes what a block's start tag ends, as browsers read it: a list item ends an open item of
// its list, and it and the other blocks (not a line break) an open paragraph, neither across a table cell.
// Definition terms and descriptions are left as written (they stay balanced, if nested).
func (s *sanitizer) closeImplied(out atom.Atom) {
	switch out {
	case atom.Li:
		if s.openItems > 0 {
			s.closeOpen(atom.Li)
		}
	case atom.Br, atom.Dt, atom.Dd, atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption, atom.Td, atom.Th:
		return
	}
	if s.openParas > 0 {
		s.closeOpen(atom.P)
	}
}

// closeOpen closes the innermost open element a, and every element inside it, unless a table part (or
// for a list item a list) is open inside it.
func (s *sanitizer) closeOpen(a atom.Atom) {
	for i := len(s.open) - 1; i >= 0; i-- {
		switch o := tagTable[s.open[i]].info.out; {
		case o == a:
			s.closeTo(i)
			return
		case o == atom.Table || o == atom.Td || o == atom.Th || o == atom.Caption,
			a == atom.Li && (o == atom.Ul || o == atom.Ol):
			return
		}
	}
}

// closeTo closes the open elements from the innermost to s.open[i].
func (s *sanitizer) closeTo(i int) {
	for j := len(s.open) - 1; j >= i; j-- {
		s.closeTag(s.open[j])
		switch tagTable[s.open[j]].info.out {
		case atom.P:
			s.openParas--
		case atom.Li:
			s.openItems--
		}
	}
	s.open = s.open[:i]
}

// closeTag writes the end tag of the kept element whose tagTable entry is slot.
func (s *sanitizer) closeTag(slot uint8) {
	s.html = append(s.html, tagTable[slot].close...)
}

func (s *sanitizer) closeAll() { s.closeTo(0) }

func (s *sanitizer) lineBreak() {
	if s.lineUsed {
		s.text = append(s.text, '\n')
	}
	s.lineUsed, s.textSpace, s.bullet = false, false, false
	s.htmlSpace, s.noSpace = false, true
}

// Byte classes for pen.write.
const (
	clPlain  = iota // copied as is (ASCII and UTF-8 bytes that cannot start a special character)
	clSpace         // ' '
	clWhite         // other ASCII whitespace
	clEscape        // < > & " ' : escaped in the HTML
	clDrop          // NUL
	clLead          // C2, E2, E3, EF, which may start nbsp, a wide space, a zero-width space or a BOM, and the bytes no character starts with
	clMulti         // the other bytes that start a character of two to four bytes, copied as is when it is valid
)

var byteClass = func() (t [256]uint8) {
	t[' '] = clSpace
	for _, c := range "\t\n\r\f\v" {
		t[c] = clWhite
	}
	for _, c := range "<>&\"'" {
		t[c] = clEscape
	}
	t[0] = clDrop
	for c := 0x80; c < 0x100; c++ {
		t[c] = clLead
		if c >= 0xC3 && c <= 0xF4 && c != 0xE2 && c != 0xE3 && c != 0xEF {
			t[c] = clMulti
		}
	}
	return t
}()

// addText writes decoded text to both outputs, collapsing whitespace (nbsp and zero-width space included).
func (s *sanitizer) addText(b string) {
	s.html, s.text = s.pen.write(s.html, s.text, b)
}

// write appends text run b to the HTML (escaped) and text outputs and returns them.
func (s *pen) write(h, t []byte, b string) ([]byte, []byte) {
	for i := 0; i < len(b); {
		c := b[i]
		switch byteClass[c] {
		case clPlain:
			j := plainRun(b, i+1)
			h, t = s.char(h, t)
			h = append(h, b[i:j]...)
			t = append(t, b[i:j]...)
			i = j
		case clSpace, clWhite:
			s.space()
			i++
		case clEscape:
			h, t = s.char(h, t)
			switch c {
			case '<':
				h = append(h, "&lt;"...)
			case '>':
				h = append(h, "&gt;"...)
			case '&':
				h = append(h, "&amp;"...)
			case '"':
				h = append(h, "&#34;"...)
			default:
				h = append(h, "&#39;"...)
			}
			t = append(t, c)
			i++
		case clDrop:
			i++
		case clMulti:
			n := runeLen(b[i:])
			if n == 0 { // not a character: dropped
				i++
				continue
			}
			j := plainRun(b, i+n)
			h, t = s.char(h, t)
			h = append(h, b[i:j]...)
			t = append(t, b[i:j]...)
			i = j
		default:
			r, size := utf8.DecodeRuneInString(b[i:])
			switch r {
			case '\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u3000':
				s.space()
			case '\u200b', '\ufeff', utf8.RuneError:
			default:
				h, t = s.char(h, t)
				h = append(h, b[i:i+size]...)
				t = append(t, b[i:i+size]...)
			}
			i += size
		}
	}
	return h, t
}

// plainRun returns the end of the run of plain bytes and valid characters of clMulti from j on (b[j-1]
// ends a plain byte or such a character). A single space between a plain byte or character and a plain
// byte collapses to itself, so the run takes it in.
func plainRun(b string, j int) int {
	for j < len(b) {
		// Eight bytes a step, jumping straight to the first byte suspect flags.
		if j+8 <= len(b) {
			var m uint64
			for { // the steps that flag no byte, in a loop of their own
				if m = suspect(swar.Load64(b, j)); m != 0 || j+16 > len(b) {
					break
				}
				j += 8
			}
			if m == 0 {
				j += 8
				continue
			}
			k := bits.TrailingZeros64(m) >> 3
			if k == 7 && b[j+7] == ' ' { // a last space is judged with the byte after it, in the next step
				j += 7
				continue
			}
			j += k
		}
		switch k := byteClass[b[j]]; {
		case k == clPlain:
			j++
		case k == clMulti:
			n := runeLen(b[j:])
			if n == 0 {
				return j
			}
			j += n
		case k == clSpace && j+1 < len(b) && byteClass[b[j+1]] == clPlain:
			j += 2
		default:
			return j
		}
	}
	return j
}

// suspect flags, in the high bit of each byte of x and with byte-parallel arithmetic, the bytes plainRun
// must look at one by one: all but ASCII from the space up outside " # $ % & ' < = >, a space or '!'
// before a flagged byte, a space or a '!', and a last byte that is a space or a '!'. Bytes it passes are
// plain or a single space between plain bytes.
func suspect(x uint64) uint64 {
	// Below 0x80, adding 0x80-c to a byte sets its high bit exactly when it is at least c, with no carry
	// into the next; bytes from 0x80 up are flagged as they are. Only the high bits count, so the low
	// bits are masked once at the end. A byte at least c is at least any lower bound too, so the high
	// bit of ge(a) ^ ge(c), for a < c, is set exactly for a byte from a up to c-1.
	y := x &^ 0x8080808080808080
	ge20 := y + 0x6060606060606060
	ge22 := y + 0x5E5E5E5E5E5E5E5E
	bad := x | ^ge20 | (ge22 ^ (y + 0x5858585858585858)) | ((y + 0x4444444444444444) ^ (y + 0x4141414141414141))
	sp := ge20 ^ ge22 // a space or '!': the '!' is plain, and judged by plainRun like any byte flagged
	return (bad | sp&((bad|sp)>>8|1<<63)) & 0x8080808080808080
}

func (s *pen) space() {
	s.htmlSpace = !s.noSpace
	if s.lineUsed {
		s.textSpace = true
	}
}

// char settles owed spaces and prefixes before one visible character.
func (s *pen) char(h, t []byte) ([]byte, []byte) {
	s.noSpace = false
	if s.pendingBr {
		h = append(h, "<br>"...)
		s.pendingBr = false
	}
	if s.htmlSpace {
		h = append(h, ' ')
		s.htmlSpace = false
	}
	if !s.lineUsed {
		if s.bullet {
			t = append(t, '-', ' ')
			s.bullet = false
		}
		s.lineUsed = true
		s.textSpace = false
	} else if s.textSpace {
		t = append(t, ' ')
		s.textSpace = false
	}
	return h, t
}

// runeLen returns the length of the UTF-8 character at s[0], or 0 when s[0] starts none (a byte
// utf8.DecodeRuneInString reads as RuneError of length 1).
func runeLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return 0
	}
	return n
}
