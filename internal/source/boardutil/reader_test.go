package boardutil

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReaderSkip(t *testing.T) {
	for body, want := range map[string]bool{
		`{"a":[1,-0,0.5,2e10,-3E-2,"x\u0041\t",true,false,null,{}],"b":{"c":[]}}`: true,
		` [ ] `:          true,
		`"\ud83d\ude00"`: true,
		`01`:             false,
		`1.`:             false,
		`1e`:             false,
		`-`:              false,
		`tru`:            false,
		`[1,]`:           false,
		`{"a" 1}`:        false,
		`{"a":1,}`:       false,
		`"a\x"`:          false,
		"\"a\tb\"":       false,
		`"\ude00"`:       false,
		`[1] [2]`:        false,
		``:               false,
		strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1): false,
	} {
		r := NewReader([]byte(body))
		r.Skip()
		if got := r.End(); got != want {
			t.Errorf("Skip(%.40q) ok = %v, want %v", body, got, want)
		}
	}
}

func TestReaderValues(t *testing.T) {
	var n, m int
	var s, u string
	var raw []byte
	r := NewReader([]byte(`{"n": -42, "m": null, "s": "caf\u00e9 \"x\"", "u": null, "raw": [1, "2"], "other": {"n": "no"}}`))
	r.Object([]string{"n", "m", "s", "u", "raw"}, func(i int) {
		switch i {
		case 0:
			r.Int(&n)
		case 1:
			r.Int(&m)
		case 2:
			r.String(&s)
		case 3:
			r.String(&u)
		case 4:
			raw = r.Raw()
		}
	})
	if !r.End() || n != -42 || m != 0 || s != `café "x"` || u != "" || string(raw) != `[1, "2"]` {
		t.Errorf("ok %v n %d m %d s %q u %q raw %q", !r.Failed(), n, m, s, u, raw)
	}
	for _, body := range []string{`{"n": 1.0}`, `{"n": "1"}`, `{"n": 1234567890123456789}`, `{"N": 1}`, `{"n": 1, "n": 2}`} {
		r := NewReader([]byte(body))
		r.Object([]string{"n"}, func(int) { r.Int(&n) })
		if r.End() {
			t.Errorf("%s: want the reader to leave it to encoding/json", body)
		}
	}
}

func TestReaderScalarsAndLists(t *testing.T) {
	r := NewReader([]byte(`[["a\u0062", 12.5, true, null], [true, null, false], [1.5, null], [], null]`))
	var scalars []string
	var bools []bool
	var floats []*float64
	var empty, none []int
	r.Array(func() {
		switch {
		case scalars == nil:
			scalars = List(r, func(s *string) { *s = r.Scalar() })
		case bools == nil:
			bools = List(r, func(b *bool) { *b = true; r.Bool(b) })
		case floats == nil:
			floats = List(r, func(f **float64) { r.Float(f) })
		case empty == nil:
			empty = List(r, func(*int) { t.Error("no element expected") })
		default:
			none = List(r, func(*int) {})
		}
	})
	if !r.End() || !reflect.DeepEqual(scalars, []string{"ab", "12.5", "true", ""}) || !reflect.DeepEqual(bools, []bool{true, true, false}) {
		t.Fatalf("ok %v scalars %q bools %v", !r.Failed(), scalars, bools)
	}
	if len(floats) != 2 || *floats[0] != 1.5 || floats[1] != nil || empty == nil || len(empty) != 0 || none != nil {
		t.Errorf("floats %v empty %v none %v", floats, empty, none)
	}
	for _, body := range []string{`{}`, `[]`, `"x`} {
		r := NewReader([]byte(body))
		r.Scalar()
		if r.End() {
			t.Errorf("Scalar(%s): want failure", body)
		}
	}
}

func TestPlainEnd(t *testing.T) {
	for _, special := range []byte{'"', '\\', 0, 0x1f, 0x80, 0xff} {
		for at := 0; at < 20; at++ {
			b := []byte(strings.Repeat("a !#[]~\x7f", 3))
			b[at] = special
			if got := plainEnd(b, 0); got != at {
				t.Errorf("plainEnd with %#x at %d = %d", special, at, got)
			}
		}
	}
	if got := plainEnd([]byte("plain text, no end in sight"), 3); got != 27 {
		t.Errorf("plainEnd of a plain tail = %d, want 27", got)
	}
}

// TestPlainEndPairs checks plainEnd against a byte-by-byte scan on every pair of byte values, the second
// just behind the first, where a borrow from the first could reach it.
func TestPlainEndPairs(t *testing.T) {
	want := func(b []byte) int {
		for i, c := range b {
			if c == '"' || c == '\\' || c < 0x20 || c >= 0x80 {
				return i
			}
		}
		return len(b)
	}
	b := make([]byte, 17)
	for c1 := 0; c1 < 256; c1++ {
		for c2 := 0; c2 < 256; c2++ {
			for at := 0; at < 10; at++ {
				copy(b, "abcdefghijklmnopq")
				b[at], b[at+1] = byte(c1), byte(c2)
				if got, w := plainEnd(b, 0), want(b); got != w {
					t.Fatalf("plainEnd(%q) = %d, want %d", b, got, w)
				}
			}
		}
	}
}

// textOf is a json.Unmarshaler that keeps the text it is given and rejects an object.
type textOf struct{ text string }

func (v *textOf) UnmarshalJSON(b []byte) error {
	if b[0] == '{' {
		return errors.New("no objects")
	}
	v.text = string(b)
	return nil
}

func TestReaderUnmarshal(t *testing.T) {
	var a, b textOf
	r := NewReader([]byte(`[ "x\u0041" , null ]`))
	r.Array(func() {
		if a.text == "" {
			r.Unmarshal(&a)
		} else {
			r.Unmarshal(&b)
		}
	})
	if !r.End() || a.text != `"x\u0041"` || b.text != "null" {
		t.Errorf("ok %v a %q b %q", !r.Failed(), a.text, b.text)
	}
	for _, body := range []string{`{"k": 1}`, `"lone \ud800"`, `[1,]`} {
		r := NewReader([]byte(body))
		if r.Unmarshal(new(textOf)); r.End() {
			t.Errorf("Unmarshal(%q) ok", body)
		}
	}
}
