package sourcetest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

type diffItem struct {
	ID    json.RawMessage
	Title string
	Tags  []string
	Sub   *diffItem
	Extra map[string]any
}

func TestDiff(t *testing.T) {
	long := strings.Repeat("a", 300)
	for _, c := range []struct {
		name      string
		got, want any
		lines     string
	}{
		{"field", diffItem{Title: "a"}, diffItem{Title: "b"}, `.Title: "a" != "b"`},
		{"raw", diffItem{ID: json.RawMessage(`1`)}, diffItem{ID: json.RawMessage(`"1"`)}, `.ID: json.RawMessage("1") != json.RawMessage("\"1\"")`},
		{"nil and empty", diffItem{Tags: nil}, diffItem{Tags: []string{}}, `.Tags: []string(nil) != []string{}`},
		{"length", []diffItem{{}, {Title: "x"}}, []diffItem{{Title: "y"}}, `.len: 2 != 1` + "\n" + `[0].Title: "" != "y"`},
		{"pointer", diffItem{Sub: &diffItem{Tags: []string{"go"}}}, diffItem{Sub: &diffItem{Tags: []string{"rust"}}}, `.Sub.Tags[0]: "go" != "rust"`},
		{"nil pointer", diffItem{}, diffItem{Sub: &diffItem{}}, `.Sub: (*sourcetest.diffItem)(nil) != &sourcetest.diffItem{ID:json.RawMessage(nil), Title:"", Tags:[]string(nil), Sub:(*sourcetest.diffIte…`},
		{"map", diffItem{Extra: map[string]any{"k": 1.0}}, diffItem{Extra: map[string]any{"k": "1", "j": nil}}, `.Extra["k"]: 1 != "1"` + "\n" + `.Extra["j"]: missing != interface {}(nil)`},
		{"long", diffItem{Title: long + "x" + long}, diffItem{Title: long + "y" + long}, `.Title: …` + strings.Repeat("a", 25) + `x` + strings.Repeat("a", 74) + `… != …` + strings.Repeat("a", 25) + `y` + strings.Repeat("a", 74) + `…`},
		{"no place", []float64{0, 1}, []float64{0, 1}, "got:  [0 1]\nwant: [0 1]"},
	} {
		if got := Diff(c.got, c.want); got != c.lines {
			t.Errorf("%s: Diff =\n%s\nwant\n%s", c.name, got, c.lines)
		}
	}
	var many, none []int
	for i := range 12 {
		many, none = append(many, i), append(none, -i-1)
	}
	if got := Diff(many, none); !strings.HasSuffix(got, "[9]: 9 != -10\n(+2 more)") || strings.Count(got, "\n") != 10 {
		t.Errorf("Diff of 12 differences =\n%s", got)
	}
}

// TestFastReaderFails checks that the checks fail where a fast reader and encoding/json disagree.
func TestFastReaderFails(t *testing.T) {
	std := func(b []byte) (diffItem, error) {
		var d diffItem
		return d, json.Unmarshal(b, &d)
	}
	dropsTitle := FastReader[diffItem]{Name: "dropsTitle", Std: std, Read: func(b []byte) (diffItem, bool) {
		d, err := std(b)
		d.Title = ""
		return d, err == nil
	}}
	for _, c := range []struct {
		name string
		run  func(t testing.TB) bool
		fail string
	}{
		{"agrees", func(t testing.TB) bool { return dropsTitle.Agrees(t, []byte(`{"Tags":["a"]}`)) }, ""},
		{"differs", func(t testing.TB) bool { return dropsTitle.Agrees(t, []byte(`{"Title":"a"}`)) },
			"dropsTitle(\"{\\\"Title\\\":\\\"a\\\"}\") differs from encoding/json (got != want):\n.Title: \"\" != \"a\""},
		{"declines", func(t testing.TB) bool { return !dropsTitle.Agrees(t, []byte(`[`)) }, ""},
		{"std rejects", func(t testing.TB) bool {
			r := FastReader[diffItem]{Name: "lax", Std: std, Read: func([]byte) (diffItem, bool) { return diffItem{}, true }}
			return r.Agrees(t, []byte(`[`))
		}, "lax(\"[\") accepted a body encoding/json rejects: unexpected end of JSON input"},
	} {
		rec := &recorder{TB: t}
		if ok := c.run(rec); !ok || strings.Join(rec.errs, "|") != c.fail {
			t.Errorf("%s: ok = %v, errors %q, want %q", c.name, ok, rec.errs, c.fail)
		}
	}
}

// recorder keeps the errors a check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
