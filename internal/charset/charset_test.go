package charset

import "testing"

func TestFromWindows1252(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Z\xfcrich", "Zürich"}, // Latin-1 range
		{"Sch\xf6ne Arbeit \x96 gut \x80 50\x85", "Schöne Arbeit – gut € 50…"}, // the 0x80–0x9F block
		{"\x93quoted\x94 it\x92s", "“quoted” it’s"},
		{"M\xfcnchen and München", "München and München"},          // valid UTF-8 around a stray byte is kept
		{"\x81\x8d\x8f\x90\x9d", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"}, // undefined in Windows-1252
		{"plain ASCII", "plain ASCII"},
		{"already UTF-8: é – ’ \uFFFD", "already UTF-8: é – ’ \uFFFD"},
		{"cut \xe2\x82", "cut â‚"}, // a UTF-8 sequence cut short is two Windows-1252 bytes
	} {
		if got := FromWindows1252(c.in); got != c.want {
			t.Errorf("FromWindows1252(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
