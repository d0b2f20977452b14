package boardutil

import (
	"encoding/json"
	"testing"
)

func TestRawString(t *testing.T) {
	for in, want := range map[string]string{
		`"abc"`:       "abc",
		` "a\u00e9" `: "aé",
		`12345678901`: "12345678901",
		`1.5e3`:       "1.5e3",
		`null`:        "",
		`true`:        "",
		`{"x":1}`:     "",
		`[1]`:         "",
		``:            "",
	} {
		if got := RawString(json.RawMessage(in)); got != want {
			t.Errorf("RawString(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPeek(t *testing.T) {
	raw := json.RawMessage(`{"id": 42, "slug": "go-dev", "title": {"bad": true}}`)
	if got := Peek(raw, "id"); got != "42" {
		t.Errorf("id = %q", got)
	}
	if got := Peek(raw, "slug"); got != "go-dev" {
		t.Errorf("slug = %q", got)
	}
	if got := Peek(raw, "title"); got != "" {
		t.Errorf("title = %q", got)
	}
	if got := Peek(raw, "guid"); got != "" {
		t.Errorf("guid = %q", got)
	}
	if got := Peek(json.RawMessage(`[1,2]`), "id"); got != "" {
		t.Errorf("array = %q", got)
	}
}
