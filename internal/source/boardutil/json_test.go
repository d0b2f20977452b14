package boardutil

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestRawString(t *testing.T) {
	for in, want := range map[string]string{
		`"abc"`:                          "abc",
		` "a\u00e9" `:                    "aé",
		`"12"`:                           "12",
		`""`:                             "",
		`"a\"b\\c\/d\n"`:                 "a\"b\\c/d\n",
		"\"bad \xff\"":                   "bad \ufffd",
		`"lone \ud800"`:                  "lone \ufffd",
		`"x" "y"`:                        "",
		`"unclosed`:                      "",
		`12345678901`:                    "12345678901",
		`123456789012345678901234567890`: "123456789012345678901234567890",
		`0`:                              "0",
		`-0`:                             "-0",
		`-42`:                            "-42",
		`0.5`:                            "0.5",
		`-12.250`:                        "-12.250",
		`1.5e3`:                          "1.5e3",
		`2E-7`:                           "2E-7",
		`1e+2`:                           "1e+2",
		`-1e999`:                         "-1e999",
		"\t 7 \r\n":                      "7",
		"\v8\u00a0":                      "8", // bytes.TrimSpace also trims these
		`01`:                             "",
		`1.`:                             "",
		`.5`:                             "",
		`+1`:                             "",
		`-`:                              "",
		`1e`:                             "",
		`1e+`:                            "",
		`0x10`:                           "",
		`1 2`:                            "",
		`1,`:                             "",
		`NaN`:                            "",
		`-Infinity`:                      "",
		`null`:                           "",
		`true`:                           "",
		`false`:                          "",
		`{"x":1}`:                        "",
		`[1]`:                            "",
		``:                               "",
		`   `:                            "",
	} {
		if got := RawString(json.RawMessage(in)); got != want {
			t.Errorf("RawString(%q) = %q, want %q", in, got, want)
		}
	}
}

// rawStringDecode is RawString as it was before its number path: what the number path must agree with.
func rawStringDecode(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

func FuzzRawString(f *testing.F) {
	for _, s := range []string{`"abc"`, `12`, `-0.5e-3`, `01`, `1.`, `null`, `true`, `[1]`, " 7\v", `"1"`, `1 2`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if got, want := RawString(raw), rawStringDecode(raw); got != want {
			t.Errorf("RawString(%q) = %q, encoding/json's reading %q", raw, got, want)
		}
	})
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
