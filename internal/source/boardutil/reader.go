package boardutil

import (
	"encoding/json"
	"strconv"
)

// Reader reads one JSON document in a single pass for an adapter's fast path. It accepts only what
// it can read exactly as encoding/json would: on anything else (bad syntax, a value of another type,
// a duplicate key, a key that matches a field only ignoring case, invalid UTF-8, a lone surrogate)
// it fails, and the adapter decodes the body with encoding/json instead.
type Reader struct {
	data   []byte
	pos    int
	depth  int
	failed bool
	buf    []byte  // unescaped string bytes
	bufp   *[]byte // where buf came from and goes back to (see takeBuf)
}

// maxDepth bounds nesting; deeper documents fail here and are left to encoding/json.
const maxDepth = 200

// NewReader returns a Reader over data.
func NewReader(data []byte) *Reader { return &Reader{data: data} }

// Failed reports whether the reader met anything it does not read exactly as encoding/json.
func (r *Reader) Failed() bool { return r.failed }

// End fails unless only whitespace follows the value read, and reports whether the whole read succeeded.
// It hands the reader's buffer on to the next reader.
func (r *Reader) End() bool {
	r.releaseBuf()
	r.ws()
	if r.pos != len(r.data) {
		r.failed = true
	}
	return !r.failed
}

func (r *Reader) ws() {
	d, i := r.data, r.pos
	for i < len(d) && d[i] <= ' ' && (d[i] == ' ' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r') {
		i++
	}
	r.pos = i
}

// peek returns the next byte after whitespace, or 0 at the end or after a failure.
func (r *Reader) peek() byte {
	r.ws()
	if r.failed || r.pos >= len(r.data) {
		r.failed = true
		return 0
	}
	return r.data[r.pos]
}

// null consumes a null literal if one comes next.
func (r *Reader) null() bool {
	if r.peek() != 'n' {
		return false
	}
	r.literal("null")
	return true
}

func (r *Reader) literal(lit string) {
	if len(r.data)-r.pos < len(lit) || string(r.data[r.pos:r.pos+len(lit)]) != lit {
		r.failed = true
		return
	}
	r.pos += len(lit)
}

// Object reads an object whose known keys are keys, calling field with the index of each known key
// found; field must read its value. Other keys' values are skipped. A null object calls nothing and
// returns false.
func (r *Reader) Object(keys []string, field func(i int)) bool {
	if r.null() {
		return false
	}
	if r.peek() != '{' || len(keys) > 64 {
		r.failed = true
		return false
	}
	r.pos++
	if r.enter(); r.peek() == '}' {
		r.pos++
		r.depth--
		return true
	}
	var seen uint64
	for !r.failed {
		key, ok := r.rawKey()
		if r.peek() != ':' || !ok {
			r.failed = true
			break
		}
		r.pos++
		i := keyIndex(keys, key)
		switch {
		case i >= 0 && seen&(1<<i) != 0: // encoding/json merges repeated keys; leave that to it
			r.failed = true
		case i >= 0:
			seen |= 1 << i
			field(i)
		case foldsToAny(key, keys):
			r.failed = true
		default:
			r.Skip()
		}
		if r.next('}') {
			break
		}
	}
	r.depth--
	return true
}

// Array reads an array, calling elem for each element; elem must read it. A null array calls nothing
// and returns false.
func (r *Reader) Array(elem func()) bool {
	if r.null() {
		return false
	}
	if r.peek() != '[' {
		r.failed = true
		return false
	}
	r.pos++
	if r.enter(); r.peek() == ']' {
		r.pos++
		r.depth--
		return true
	}
	for !r.failed {
		elem()
		if r.next(']') {
			break
		}
	}
	r.depth--
	return true
}

func (r *Reader) enter() {
	if r.depth++; r.depth > maxDepth {
		r.failed = true
	}
}

// next consumes a comma (false: another member follows) or the closing byte (true); anything else fails.
func (r *Reader) next(closing byte) bool {
	switch r.peek() {
	case ',':
		r.pos++
		return false
	case closing:
		r.pos++
		return true
	}
	r.failed = true
	return true
}

// rawKey reads an object key that has no escapes and only ASCII, the only keys it compares.
func (r *Reader) rawKey() ([]byte, bool) {
	if r.peek() != '"' {
		return nil, false
	}
	start := r.pos + 1
	if i := plainEnd(r.data, start); i < len(r.data) && r.data[i] == '"' {
		r.pos = i + 1
		return r.data[start:i], true
	}
	return nil, false
}

func keyIndex(keys []string, key []byte) int {
	for i, k := range keys {
		if k == string(key) {
			return i
		}
	}
	return -1
}

// foldsToAny reports whether the ASCII key equals one of keys ignoring case, which encoding/json would match.
func foldsToAny(key []byte, keys []string) bool {
	for _, k := range keys {
		if len(k) == len(key) && asciiEqualFold(k, key) {
			return true
		}
	}
	return false
}

func asciiEqualFold(a string, b []byte) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
			return false
		}
	}
	return true
}

// String reads a string into dst; null leaves dst as it is, as encoding/json does.
func (r *Reader) String(dst *string) {
	if r.null() {
		return
	}
	if s, ok := r.str(true); ok {
		*dst = s
	}
}

// Int reads a whole number of at most 18 digits into dst; null leaves dst as it is.
func (r *Reader) Int(dst *int) {
	if r.null() {
		return
	}
	r.peek()
	start, n, neg := r.pos, 0, false
	if start < len(r.data) && r.data[start] == '-' {
		neg = true
		start++
	}
	i := start
	for ; i < len(r.data) && r.data[i] >= '0' && r.data[i] <= '9'; i++ {
		n = n*10 + int(r.data[i]-'0')
	}
	digits := i - start
	if r.failed || digits == 0 || digits > 18 || digits > 1 && r.data[start] == '0' || i < len(r.data) && isNumberTail(r.data[i]) {
		r.failed = true
		return
	}
	if neg {
		n = -n
	}
	r.pos, *dst = i, n
}

func isNumberTail(c byte) bool { return c == '.' || c == 'e' || c == 'E' || c >= '0' && c <= '9' }

// Raw returns the bytes of the next value (as json.RawMessage holds them), checked as JSON. Unlike
// encoding/json's copy it is a slice of the body, so a caller that keeps it keeps the whole body alive.
func (r *Reader) Raw() []byte {
	r.peek()
	start := r.pos
	r.Skip()
	if r.failed {
		return nil
	}
	return r.data[start:r.pos:r.pos]
}

// Unmarshal reads the next value with u's own rule, as encoding/json fills a field of u's type (null
// included); an error from u fails the read, as it would fail encoding/json's. It suits values that are
// rare beside the rest of a body, such as amounts: u sees checked text, which it may decode with encoding/json.
func (r *Reader) Unmarshal(u json.Unmarshaler) {
	if raw := r.Raw(); raw != nil && u.UnmarshalJSON(raw) != nil {
		r.failed = true
	}
}

// Skip reads past the next value of any type, checking its syntax.
func (r *Reader) Skip() {
	switch c := r.peek(); {
	case c == '{':
		r.Object(nil, nil)
	case c == '[':
		r.Array(r.Skip)
	case c == '"':
		r.str(false)
	case c == 't':
		r.literal("true")
	case c == 'f':
		r.literal("false")
	case c == 'n':
		r.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		r.number()
	default:
		r.failed = true
	}
}

// number reads past a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (r *Reader) number() {
	d, i := r.data, r.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		i = digitsEnd(d, i)
	default:
		r.failed = true
		return
	}
	if i < len(d) && d[i] == '.' {
		j := digitsEnd(d, i+1)
		if j == i+1 {
			r.failed = true
			return
		}
		i = j
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		j := digitsEnd(d, i)
		if j == i {
			r.failed = true
			return
		}
		i = j
	}
	r.pos = i
}

func digitsEnd(d []byte, i int) int {
	for i < len(d) && d[i] >= '0' && d[i] <= '9' {
		i++
	}
	return i
}

// List reads an array of T with read, as encoding/json fills a []T: nil for null, empty for [].
func List[T any](r *Reader, read func(*T)) []T {
	out := []T{}
	if !r.Array(func() {
		var zero T
		out = append(out, zero)
		read(&out[len(out)-1])
	}) {
		return nil
	}
	return out
}

// Scalar reads a string (unescaped), number or boolean as its text, null as "" (atsutil.FlexString's rule).
func (r *Reader) Scalar() string {
	switch c := r.peek(); {
	case c == '"':
		s, _ := r.str(true)
		return s
	case c == 't', c == 'f', c == 'n', c == '-' || c >= '0' && c <= '9':
		raw := r.Raw()
		if c == 'n' {
			return ""
		}
		return string(raw)
	}
	r.failed = true
	return ""
}

// Bool reads true or false into dst; null leaves dst as it is.
func (r *Reader) Bool(dst *bool) {
	switch r.peek() {
	case 't':
		r.literal("true")
		*dst = true
	case 'f':
		r.literal("false")
		*dst = false
	case 'n':
		r.literal("null")
	default:
		r.failed = true
	}
}

// Float reads a number into a new *dst, or nil for null; a number out of float64's range fails.
func (r *Reader) Float(dst **float64) {
	if r.null() {
		*dst = nil
		return
	}
	if c := r.peek(); c != '-' && (c < '0' || c > '9') {
		r.failed = true
		return
	}
	raw := r.Raw()
	v, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || r.failed {
		r.failed = true
		return
	}
	*dst = &v
}

// NullNext consumes a null if one comes next and reports whether it did.
func (r *Reader) NullNext() bool { return r.null() }
