package file

import (
	"errors"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

func TestExplain(t *testing.T) {
	full := sourcetest.Read(t, "testdata/postings.json")
	cases := []struct {
		name, body string
		want       []string
		is         error
	}{
		// A file cut short: all of it was read, so the offset is its length.
		{"cut.json", string(full[:120]), []string{`"cut.json" is not valid JSON`, "at byte 120", "cut short"}, ErrNotJSON},
		// Cut inside an escape: encoding/json reports the end as an invalid character past the last byte.
		{"cut-escape.json", `{"jobs":[{"id":1,"title":"a\u00`, []string{"at byte 31", "cut short"}, ErrNotJSON},
		{"cut-backslash.json", `[{"title":"a\`, []string{"at byte 13", "cut short"}, ErrNotJSON},
		{"bad.json", "\ufeff\n  {\"title\":\n x}", []string{`"bad.json" is not valid JSON: invalid character 'x'`, "at byte 18 (line 3, column 2)"}, ErrNotJSON},
		{"two.json", `{"title":"a"}}`, []string{"after top-level value at byte 14 (line 1, column 14)"}, ErrNotJSON},
		{"codes.json", `{"CodeList": [{"Code": "1"}]}`, []string{`"codes.json" is JSON, but an object with CodeList is no board answer`}, ErrUnknownKind},
		{"nums.json", `[1, 2]`, []string{"an array of 2 values"}, ErrUnknownKind},
		{"notes.txt", "just words", []string{`cannot tell what kind of file "notes.txt" is`}, ErrUnknownKind},
		{"empty.json", " \n", []string{`"empty.json" is empty`}, ErrUnknownKind},
	}
	for _, c := range cases {
		if k := Detect(c.name, []byte(c.body)); k != "" {
			t.Errorf("Detect(%s) = %q, want none", c.name, k)
		}
		err := Explain(c.name, []byte(c.body))
		if err == nil || !errors.Is(err, c.is) {
			t.Errorf("Explain(%s) = %v, want %v", c.name, err, c.is)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Explain(%s) = %q, want it to say %q", c.name, err, w)
			}
		}
	}
	// Broken JSON is broken JSON whatever the file is called, except a CSV that starts with a bracket.
	if k := Detect("cut.xml", full[:120]); k != "" {
		t.Errorf("Detect(cut.xml) = %q, want none", k)
	}
	if k := Detect("list.csv", []byte("[draft],title\nx,y\n")); k != KindCSV {
		t.Errorf("Detect(list.csv) = %q, want csv", k)
	}
	_, _, err := Parse("cut.json", full[:120])
	if err == nil || !strings.HasPrefix(err.Error(), `"cut.json" is not valid JSON`) {
		t.Errorf("Parse(cut.json) = %v", err)
	}
}
