package sourcetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FastReader is a one-pass JSON reader under test with the encoding/json decode it must agree with.
type FastReader[T any] struct {
	Name string                  // the reader's name, for messages
	Read func([]byte) (T, bool)  // the fast reader; false leaves the body to encoding/json
	Std  func([]byte) (T, error) // what encoding/json yields for the same body
}

// DecodeJobs is encoding/json's reading of the jobs list of a body {"jobs":[...]}, for a FastReader's Std.
func DecodeJobs[T any](body []byte) ([]T, error) {
	var whole struct {
		Jobs []T `json:"jobs"`
	}
	err := json.Unmarshal(body, &whole)
	return whole.Jobs, err
}

// Agrees runs the fast reader on body and, when it accepts the body, checks that encoding/json reads
// it to a deeply equal value; it returns whether the fast reader accepted.
func (r FastReader[T]) Agrees(t testing.TB, body []byte) bool {
	t.Helper()
	got, ok := r.Read(body)
	if !ok {
		return false
	}
	want, err := r.Std(body)
	if err != nil {
		t.Errorf("%s(%.80q) accepted a body encoding/json rejects: %v", r.Name, body, err)
	} else if !reflect.DeepEqual(got, want) {
		t.Errorf("%s(%.80q) differs from encoding/json (got != want):\n%s", r.Name, body, Diff(got, want))
	}
	return true
}

// Matches checks each body of cases and each file of files (a path for Read): the fast reader
// accepts exactly those marked true, and reads every body it accepts as encoding/json does.
func (r FastReader[T]) Matches(t *testing.T, cases, files map[string]bool) {
	t.Helper()
	bodies := map[string]bool{}
	for b, want := range cases {
		bodies[b] = want
	}
	for f, want := range files {
		bodies[string(Read(t, f))] = want
	}
	for body, want := range bodies {
		if ok := r.Agrees(t, []byte(body)); ok != want {
			t.Errorf("%s(%.80q) ok = %v, want %v", r.Name, body, ok, want)
		}
	}
}

// Fuzz seeds f with the bodies of cases and the files (paths for Read) and checks that whatever
// the fast reader accepts, encoding/json reads the same way.
func (r FastReader[T]) Fuzz(f *testing.F, cases map[string]bool, files ...string) {
	f.Helper()
	for b := range cases {
		f.Add([]byte(b))
	}
	for _, p := range files {
		f.Add(Read(f, p))
	}
	f.Fuzz(func(t *testing.T, body []byte) { r.Agrees(t, body) })
}

// KeysCover fails for each struct type of covers whose json tags, in field order, are not the keys
// the fast reader matches for it: a field added to a decoded type but not to the fast reader.
func KeysCover(t testing.TB, covers map[reflect.Type][]string) {
	t.Helper()
	for typ, keys := range covers {
		var tags []string
		for i := 0; i < typ.NumField(); i++ {
			tags = append(tags, typ.Field(i).Tag.Get("json"))
		}
		if !reflect.DeepEqual(tags, keys) {
			t.Errorf("%v: json keys %q, fast reader keys %q", typ, tags, keys)
		}
	}
}

// diffMost is how many differences Diff lists.
const diffMost = 10

// Diff lists where got and want differ, one line a difference with its path ("[3].Title"), for a
// test message; when it finds no single place it prints both values whole.
func Diff(got, want any) string {
	var d differ
	d.walk("", reflect.ValueOf(got), reflect.ValueOf(want))
	if len(d.lines) == 0 {
		return fmt.Sprintf("got:  %+v\nwant: %+v", got, want)
	}
	if d.more > 0 {
		d.lines = append(d.lines, fmt.Sprintf("(+%d more)", d.more))
	}
	return strings.Join(d.lines, "\n")
}

type differ struct {
	lines []string
	more  int
}

func (d *differ) add(path string, got, want string) {
	if len(d.lines) == diffMost {
		d.more++
		return
	}
	if path == "" {
		path = "."
	}
	got, want = clip(got, want)
	d.lines = append(d.lines, fmt.Sprintf("%s: %s != %s", path, got, want))
}

// clipWidth is how much of a long value a diff line shows.
const clipWidth = 100

// clip shortens two long renderings to the stretch around where they first differ.
func clip(a, b string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	start := max(0, i-clipWidth/4)
	for start > 0 && ((start < len(a) && !utf8.RuneStart(a[start])) || (start < len(b) && !utf8.RuneStart(b[start]))) {
		start--
	}
	return clipFrom(a, start), clipFrom(b, start)
}

func clipFrom(s string, start int) string {
	if len(s) <= clipWidth {
		return s
	}
	end := min(len(s), start+clipWidth)
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	out := s[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

// show prints a value for a diff line; a byte slice (a json.RawMessage) as its text.
func show(v reflect.Value) string {
	if !v.IsValid() {
		return "<invalid>"
	}
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 && !v.IsNil() {
		return fmt.Sprintf("%s(%q)", v.Type(), v.Bytes())
	}
	return fmt.Sprintf("%#v", v)
}

func (d *differ) walk(path string, a, b reflect.Value) {
	if !a.IsValid() || !b.IsValid() || a.Type() != b.Type() {
		if a.IsValid() != b.IsValid() || (a.IsValid() && a.Type() != b.Type()) {
			d.add(path, show(a), show(b))
		}
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			d.walk(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i))
		}
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				d.add(path, show(a), show(b))
			}
			return
		}
		d.walk(path, a.Elem(), b.Elem())
	case reflect.Slice, reflect.Array:
		if a.Kind() == reflect.Slice {
			if a.IsNil() != b.IsNil() {
				d.add(path, show(a), show(b))
				return
			}
			if a.Type().Elem().Kind() == reflect.Uint8 {
				if !bytes.Equal(a.Bytes(), b.Bytes()) {
					d.add(path, show(a), show(b))
				}
				return
			}
			if a.Len() != b.Len() {
				d.add(path+".len", fmt.Sprint(a.Len()), fmt.Sprint(b.Len()))
			}
		}
		for i := 0; i < min(a.Len(), b.Len()); i++ {
			d.walk(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i))
		}
	case reflect.Map:
		if a.IsNil() != b.IsNil() {
			d.add(path, show(a), show(b))
			return
		}
		for _, k := range a.MapKeys() {
			p := fmt.Sprintf("%s[%#v]", path, k)
			if bv := b.MapIndex(k); !bv.IsValid() {
				d.add(p, show(a.MapIndex(k)), "missing")
			} else {
				d.walk(p, a.MapIndex(k), bv)
			}
		}
		for _, k := range b.MapKeys() {
			if !a.MapIndex(k).IsValid() {
				d.add(fmt.Sprintf("%s[%#v]", path, k), "missing", show(b.MapIndex(k)))
			}
		}
	default:
		if as, bs := show(a), show(b); as != bs {
			d.add(path, as, bs)
		}
	}
}
