package boardutil

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/career-copilot/copilot/internal/swar"
)

// str reads a string value, unescaped when keep; it fails on anything encoding/json would change or reject.
//
// A string without escapes is left where it is until it is copied out; one with escapes is built in
// buf from its first escape on, by unescape.
func (r *Reader) str(keep bool) (string, bool) {
	if r.peek() != '"' {
		r.failed = true
		return "", false
	}
	d, start := r.data, r.pos+1
	for i := plainEnd(d, start); i < len(d); i = plainEnd(d, i) {
		switch c := d[i]; {
		case c == '"':
			r.pos = i + 1
			if !keep {
				return "", true
			}
			return string(d[start:i]), true
		case c == '\\':
			return r.unescape(start, i, keep)
		case c < 0x20:
			r.failed = true
			return "", false
		default:
			n := runeLen(d[i:])
			if n == 0 {
				r.failed = true
				return "", false
			}
			i += n
		}
	}
	r.failed = true
	return "", false
}

// unescape reads the rest of the string starting at data[start] from its first escape, at data[i], on.
//
// Boards escape densely (Greenhouse sends "\u0026lt;p\u0026gt;" for "&lt;p&gt;"), so each step takes
// a plain run and the byte that ends it. The run's first eight bytes are stored whole into buf's spare
// capacity and as many kept as are plain; only a longer run is measured by plainEnd and copied. An
// escape of an ASCII character is decoded in place; other escapes go through uEscape.
func (r *Reader) unescape(start, i int, keep bool) (string, bool) {
	d := r.data
	if r.buf == nil {
		r.takeBuf()
	}
	b := append(r.buf[:0], d[start:i]...)
	for {
		if i+8 <= len(d) {
			x := binary.LittleEndian.Uint64(d[i:])
			if cap(b)-len(b) < 8 {
				b = slices.Grow(b, 8)
			}
			n := len(b)
			binary.LittleEndian.PutUint64(b[n:n+8], x)
			if m := specials(x); m != 0 {
				k := bits.TrailingZeros64(m) / 8
				b, i = b[:n+k], i+k
			} else {
				b, i = b[:n+8], i+8
				j := plainEnd(d, i)
				b, i = append(b, d[i:j]...), j
			}
		} else {
			j := plainEnd(d, i)
			b, i = append(b, d[i:j]...), j
		}
		if i >= len(d) {
			break
		}
		switch c := d[i]; {
		case c == '\\':
			if ch, n := asciiEscape(d[i:]); n != 0 {
				b, i = append(b, ch), i+n
				continue
			}
			var n int
			if b, n = uEscape(b, d[i:]); n == 0 {
				return r.unescapeFailed(b)
			}
			i += n
		case c == '"':
			r.pos, r.buf = i+1, b
			if !keep {
				return "", true
			}
			return string(b), true
		case c < 0x20:
			return r.unescapeFailed(b)
		default:
			n := runeLen(d[i:])
			if n == 0 {
				return r.unescapeFailed(b)
			}
			b, i = append(b, d[i:i+n]...), i+n
		}
	}
	return r.unescapeFailed(b)
}

// unescapeFailed keeps b's storage for the next string and fails.
func (r *Reader) unescapeFailed(b []byte) (string, bool) {
	r.buf, r.failed = b, true
	return "", false
}

// asciiEscape decodes the escape at e[0] when it stands for an ASCII character (\", \n, \u0026 ...),
// returning the character and the escape's length; n is 0 for any other escape, valid or not.
func asciiEscape(e []byte) (c byte, n int) {
	if len(e) >= 6 && binary.LittleEndian.Uint32(e) == '\\'|'u'<<8|'0'<<16|'0'<<24 {
		if hi, lo := unhex[e[4]], unhex[e[5]]; hi < 8 && lo < 16 {
			return hi<<4 | lo, 6
		}
		return 0, 0
	}
	if len(e) >= 2 {
		if c := shortEscapes[e[1]]; c != 0 {
			return c, 2
		}
	}
	return 0, 0
}

// shortEscapes maps the letter of each two-byte escape to its character; 0 marks the rest.
var shortEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// unhex maps each hex digit (either case) to its value; 0xff marks the other bytes.
var unhex = func() (t [256]byte) {
	for c := range t {
		t[c] = 0xff
		switch {
		case c >= '0' && c <= '9':
			t[c] = byte(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			t[c] = byte(c|0x20-'a') + 10
		}
	}
	return t
}()

// uEscape appends to b the character of the \u escape at e[0] and returns b and the escape's length, 0
// when encoding/json would not read it exactly (not \u, bad hex, a lone or reversed surrogate).
func uEscape(b, e []byte) ([]byte, int) {
	if len(e) < 2 || e[1] != 'u' {
		return b, 0
	}
	ru, ok := hex4(e[2:])
	if !ok {
		return b, 0
	}
	if !utf16.IsSurrogate(ru) {
		return utf8.AppendRune(b, ru), 6
	}
	// Only a high surrogate followed by an escaped low one is a character; encoding/json writes U+FFFD for the rest.
	if len(e) < 12 || e[6] != '\\' || e[7] != 'u' {
		return b, 0
	}
	lo, ok := hex4(e[8:])
	if ru = utf16.DecodeRune(ru, lo); !ok || ru == utf8.RuneError {
		return b, 0
	}
	return utf8.AppendRune(b, ru), 12
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var v rune
	for _, c := range b[:4] {
		d := unhex[c]
		if d > 15 {
			return 0, false
		}
		v = v<<4 | rune(d)
	}
	return v, true
}

// runeLen returns the length of the UTF-8 character at b[0], or 0 when it is invalid (encoding/json would write U+FFFD).
//
// Two- and three-byte characters whose lead byte admits every continuation byte (all but E0 and ED, which
// exclude overlong forms and surrogates) are checked here; the rest go to utf8.DecodeRune.
func runeLen(b []byte) int {
	if len(b) >= 3 && b[1]&0xc0 == 0x80 {
		switch c := b[0]; {
		case c >= 0xc2 && c <= 0xdf:
			return 2
		case c >= 0xe1 && c <= 0xef && c != 0xed && b[2]&0xc0 == 0x80:
			return 3
		}
	}
	ru, size := utf8.DecodeRune(b)
	if ru == utf8.RuneError && size == 1 {
		return 0
	}
	return size
}

// plainEnd returns the index of the first byte from i on that ends a string's plain run: a quote, a
// backslash, a control character or a non-ASCII byte; len(b) when there is none. It tests sixteen
// bytes a step, then eight, then one.
//
// The sixteen-byte step is what long plain runs (descriptions) spend their time in, so it is kept
// lean: one bounds check for both its loads, marks written out and the two words tested together (only
// the step that finds a byte masks them apart), and the lane constants read from a variable before the
// loop, which keeps them in registers (constants proper the compiler loads anew every step).
func plainEnd(b []byte, i int) int {
	flip, below, bs, one, hi := lanes.flip, lanes.below, lanes.bs, lanes.one, lanes.hi
	for ; i <= len(b)-16; i += 16 {
		w := b[i : i+16 : i+16]
		x0, x1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		t0 := (x0 ^ flip + below) | (x0 ^ bs + one) // marks, written out: an inlined call leaves a NOP
		t1 := (x1 ^ flip + below) | (x1 ^ bs + one)
		if (t0|t1)&hi != 0 {
			if m0 := t0 & hi; m0 != 0 {
				return i + bits.TrailingZeros64(m0)/8
			}
			return i + 8 + bits.TrailingZeros64(t1&hi)/8
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if m := specials(binary.LittleEndian.Uint64(b[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 || c >= 0x80 {
			return i
		}
	}
	return i
}

// The lane constants of marks, as specials passes them.
const (
	flipLanes  = swar.Ones * 0x02       // x^flipLanes swaps 0x20 and 0x22
	belowLanes = 1<<64 - swar.Ones*0x21 // adding it subtracts 0x21 from every byte
	bsLanes    = swar.Ones * '\\'       // x^bsLanes has a zero byte where x has a backslash
	oneLanes   = 1<<64 - swar.Ones      // adding it subtracts 1 from every byte
)

// lanes holds the constants for plainEnd to read into registers; see plainEnd.
var lanes = struct{ flip, below, bs, one, hi uint64 }{flipLanes, belowLanes, bsLanes, oneLanes, swar.Highs}

// marks is specials before the mask, given its constants: the high bits of the result are those
// specials returns, the other bits noise.
//
// x^flip swaps 0x20 and 0x22 (a quote) and keeps the control characters below 0x20, so its bytes below
// 0x21 are exactly x's control characters and quotes: subtracting 0x21 sets their high bits. A backslash
// is a zero byte of x^bs, and subtracting 1 sets its high bit. A byte of x with the high bit keeps it
// through one subtraction or the other: through the first unless x^flip is 0x80..0xA0, through the
// second unless x is 0xDC, never both. No plain byte sets a high bit (it stays below 0x80 through both)
// or starts a borrow; borrows start only at marked bytes and run to higher ones, so the lowest high bit
// set is exact.
func marks(x, flip, below, bs, one uint64) uint64 {
	return (x ^ flip + below) | (x ^ bs + one)
}

// specials has the high bit set in the first byte of x (in memory order) that ends a plain run, and
// none below it; bytes after that one may be marked too.
func specials(x uint64) uint64 {
	return marks(x, flipLanes, belowLanes, bsLanes, oneLanes) & swar.Highs
}
