package boardutil

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// readString reads body as one JSON string with the Reader; ok is false when it leaves it to encoding/json.
func readString(body string) (s string, ok bool) {
	r := NewReader([]byte(body))
	r.String(&s)
	return s, r.End()
}

func TestReaderEscapes(t *testing.T) {
	for _, c := range []struct {
		body, want string
		ok         bool
	}{
		{`"\u0000"`, "\x00", true},
		{`"\u001f"`, "\x1f", true},
		{`"\u007f"`, "\x7f", true},
		{`"\u0080"`, "\xc2\x80", true},
		{`"\u00ff"`, "\xc3\xbf", true},
		{`"\u00FF\u004A\u004a\u00e9"`, "\xc3\xbfJJ\xc3\xa9", true},
		{`"\u20AC"`, "\xe2\x82\xac", true},
		{`"\uD83D\uDE00"`, "\xf0\x9f\x98\x80", true},
		{`"\ud83d\ude00x"`, "\xf0\x9f\x98\x80x", true},
		{`"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t", true},
		{`"\u0026lt;p\u0026gt;We\u0026#39;re\u0026lt;/p\u0026gt;"`, "&lt;p&gt;We&#39;re&lt;/p&gt;", true},
		{`"a\nb\u0026cdefghij\u0026klmnopqrstuvwxyz0123456789\u0026"`, "a\nb&cdefghij&klmnopqrstuvwxyz0123456789&", true},
		{`"\u0026caf` + "\u00e9" + `\u0026` + "\u2019" + `"`, "&caf\u00e9&\u2019", true},
		{`"\u0041\u0042\u0043\u0044\u0045\u0046\u0047\u0048\u0049"`, "ABCDEFGHI", true},
		{`"\ud83d"`, "", false},           // a lone high surrogate: encoding/json writes U+FFFD
		{`"\ude00"`, "", false},           // a lone low surrogate
		{`"\ude00\ud83d"`, "", false},     // reversed
		{`"\ud83d\u0041"`, "", false},     // high then not low
		{`"\ud83dx"`, "", false},          // high then no escape
		{`"\u00g1"`, "", false},           // not hex
		{`"\U0041"`, "", false},           // \U is no escape
		{`"\x"`, "", false},               // nor is \x
		{`"\n` + "\x01" + `"`, "", false}, // a control character after an escape
		{"\"\\n\xff\"", "", false},        // invalid UTF-8 after an escape
		{`"\u00`, "", false},              // truncated at the end of the body
		{`"\u004`, "", false},
		{`"\u0041`, "", false},
		{`"ab\`, "", false},
		{`"\uD83D\uDE0`, "", false},
		{`"\uD83D\`, "", false},
		{`"\n0123456789abcdef`, "", false}, // unterminated after an escape
	} {
		got, ok := readString(c.body)
		if ok != c.ok || got != c.want {
			t.Errorf("String(%s) = %q, %v; want %q, %v", c.body, got, ok, c.want, c.ok)
		}
		var std string
		if ok && (json.Unmarshal([]byte(c.body), &std) != nil || std != got) {
			t.Errorf("String(%s) = %q; encoding/json reads %q", c.body, got, std)
		}
	}
}

// TestReaderEscapeOffsets puts escapes at every offset of plain runs around the eight bytes unescape
// copies in one step, and checks the Reader against encoding/json.
func TestReaderEscapeOffsets(t *testing.T) {
	const plain = "abcdefghijklmnopqrstuvwxyz0123456789"
	for _, esc := range []string{`\u0026`, `\"`, `\u00e9`, `\ud83d\ude00`, "\u2019"} {
		for at := 0; at <= 20; at++ {
			for gap := 0; gap <= 18; gap++ {
				body := `"` + plain[:at] + `\n` + plain[:gap] + esc + plain[gap:] + `"`
				var want string
				if err := json.Unmarshal([]byte(body), &want); err != nil {
					t.Fatal(err)
				}
				if got, ok := readString(body); !ok || got != want {
					t.Fatalf("String(%s) = %q, %v; want %q", body, got, ok, want)
				}
			}
		}
	}
	long := `"\n` + strings.Repeat(`x\u0026`, 1000) + `"`
	if got, ok := readString(long); !ok || got != "\n"+strings.Repeat("x&", 1000) {
		t.Errorf("a long escaped string reads as %.40q, %v", got, ok)
	}
}

// FuzzReaderString checks that whatever string the Reader accepts, encoding/json reads the same way.
func FuzzReaderString(f *testing.F) {
	for _, s := range []string{`"\u0026lt;p\u0026gt;x"`, `"\ud83d\ude00 caf\u00e9 \"q\" \n"`, `"plain text of more than sixteen bytes"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, ok := readString(string(body))
		var want string
		if ok && (json.Unmarshal(body, &want) != nil || got != want) {
			t.Errorf("String(%q) = %q; encoding/json reads %q", body, got, want)
		}
	})
}

// TestRuneLen checks runeLen against utf8.DecodeRune on every lead byte with every second byte.
func TestRuneLen(t *testing.T) {
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for _, tail := range []string{"\x80\x80", "\xbf", "a", ""} {
				b := append([]byte{byte(c0), byte(c1)}, tail...)
				want := 0
				if ru, size := utf8.DecodeRune(b); ru != utf8.RuneError || size != 1 {
					want = size
				}
				if got := runeLen(b); got != want {
					t.Fatalf("runeLen(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}
