package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// invalidSeeds hold invalid UTF-8 in every place of HTML the sanitizer reads: text beside spaces,
// entities and valid characters, tag and attribute names, kept and dropped attribute values, escaped
// markup, comments, raw text and the characters the mojibake repair rewrites.
var invalidSeeds = []string{
	"\xff", "a\xffb", "a \xff b", "\xc3", "\xc3(", " \xc3 ", "\xe2\x80", "\xe2\x80x", "\xe2\x80 x", "\xf0\x9f\x98",
	"\x80\x80", "é\xa9", "\xed\xa0\x80", "\xc0\xaf", "\xef\xbf", "caf\xe9 cr\xe8me", "<p>x\xfey</p>", "<p\xff>x</p>",
	"<sc\xffript>x</script>", "<script>\xff</script>y", `<img src="https://cdn.ex.com/` + "\xff" + `.png" alt="a` + "\xff\xfe" + `b">`,
	`<img src="https://cdn.ex.com/a.png" alt=` + "\xc3" + `>`, `<a href="https://ex.com/` + "\xe2\x82" + `">l</a>`,
	`<a href="` + "\xff" + `https://ex.com/">l</a>`, `<a hr` + "\xff" + `ef="https://ex.com/">l</a>`,
	`<img src="https://cdn.ex.com/a.png" style="display:` + "\xff" + `none">`, `<td colspan="2` + "\xff" + `">c</td>`,
	"&lt;p\xff&gt;x&lt;/p&gt;", "&\xffamp;", "&amp;\xff", "&#233;\xa9", "&nbsp;\xa0", "<!-- \xff --><p>x</p>",
	"Ã\xff©", "Ã\xa9\xff", "â€\xff™", "Â\xff x", "\xffÂ x", "Â \xff", "<li>\xff</li><li>\xffx</li>", "x\u00a0\xff\u00a0y",
	"\xe2\x80\x8b\xff", "\xef\xbb\xbf\xff", "<p>\xff\n\xff</p>", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
	"\xc3\x00\xa9", `<img src="https://cdn.ex.com/a.png" alt="` + "\xc3\x00\xa9" + `">`, "<p \xff\x00>",
}

func checkInvalidUTF8(t *testing.T, in string) {
	t.Helper()
	h, txt := HTML(in)
	wh, wtxt := HTML(strings.ToValidUTF8(in, "\uFFFD"))
	if h != wh || txt != wtxt {
		t.Fatalf("HTML(%q) = %q, %q; of the input made valid first %q, %q", in, h, txt, wh, wtxt)
	}
	if !utf8.ValidString(h) || !utf8.ValidString(txt) {
		t.Fatalf("HTML(%q) = %q, %q: invalid UTF-8", in, h, txt)
	}
}

// TestHTMLInvalidUTF8 checks that HTML reads invalid UTF-8 as it reads the input with each run of invalid
// bytes replaced by U+FFFD first (as it once did itself): on the seeds, inside escaped and plain markup,
// and on every capture's description with invalid bytes put in at every 89th byte.
func TestHTMLInvalidUTF8(t *testing.T) {
	checkVariants(t, invalidSeeds, 89, []string{"\xff", "\xc3", "\xe2\x80", "\xa9 "}, checkInvalidUTF8)
}

func FuzzHTMLInvalidUTF8(f *testing.F) {
	for _, s := range invalidSeeds {
		f.Add(s)
	}
	f.Fuzz(checkInvalidUTF8)
}
