package normalize

import (
	"strings"
	"testing"
)

// nulSeeds hold NULs in every place of HTML the sanitizer reads: text, tag and attribute names, quoted
// and bare attribute values of kept attributes, character references, escaped markup, comments, raw
// text, and the characters the mojibake repair rewrites.
var nulSeeds = []string{
	"\x00", "a\x00b", "<p>x\x00y</p>", "<\x00p>x</p>", "<p\x00>x</p\x00>", "<sc\x00ript>alert(1)</script>",
	`<img src="https://cdn.ex.com/a.png" alt="a` + "\x00" + `b">`, `<img src="https://cdn.ex.com/a.png" alt=a` + "\x00" + `b>`,
	`<img src="https://cdn.ex.com/a.png" alt="` + "\x00" + `">`, `<img src="https://cdn.ex.com/a` + "\x00" + `.png" alt="x">`,
	`<a href="https://ex.com/` + "\x00" + `">l</a>`, `<a hr` + "\x00" + `ef="https://ex.com/">l</a>`,
	`<td colspan="2` + "\x00" + `">c</td>`, `<img src="https://cdn.ex.com/a.png" width="6` + "\x00" + `0">`,
	"&#0;", "&#x0;", "&#x00000000;", "&#00;x", "&am\x00p;", "&\x00amp;", "&lt;p\x00&gt;x&lt;/p&gt;", "&\x00lt;p&gt;x",
	`<img src="https://cdn.ex.com/a.png" alt="&#0;&#x0;">`, "<!-- \x00 --><p>x</p>", "<script>\x00</script>y",
	"<style>\x00</style>y", "Ã\x00©", "Ã©\x00", "â€\x00™", "Â\x00 x", "\x00Â x", "<p>\u00a0\x00\u00a0</p>",
	"<li>\x00</li><li>\x00x</li>", "<br\x00>", "</\x00p>", "<p>&nbsp\x00;</p>",
}

func checkNoNUL(t *testing.T, in string) {
	t.Helper()
	h, txt := HTML(in)
	if strings.IndexByte(h, 0) >= 0 || strings.IndexByte(txt, 0) >= 0 {
		t.Fatalf("HTML(%q) = %q, %q: a NUL is kept", in, h, txt)
	}
	checkSafe(t, h, in)
}

// TestHTMLWritesNoNUL checks that no NUL of the input reaches either output, so ingestion need not
// strip them from a description before sanitizing it: on the seeds, on each seed inside escaped and
// plain markup, and on every capture's description with NULs put in at every 97th byte.
func TestHTMLWritesNoNUL(t *testing.T) {
	checkVariants(t, nulSeeds, 97, []string{"\x00"}, checkNoNUL)
}

// checkVariants runs check on each seed, the seed inside markup and the seed escaped once and twice, and on
// every capture's description with each of ins put in after every n bytes.
func checkVariants(t *testing.T, seeds []string, n int, ins []string, check func(*testing.T, string)) {
	for _, s := range seeds {
		check(t, s)
		check(t, "<div><p>before "+s+" after</p></div>")
		check(t, strings.ReplaceAll(strings.ReplaceAll(s, "<", "&lt;"), ">", "&gt;"))
		check(t, strings.ReplaceAll(strings.ReplaceAll(s, "<", "&amp;lt;"), ">", "&amp;gt;"))
	}
	for _, d := range captureDrafts(t) {
		for _, in := range ins {
			var b strings.Builder
			for i := 0; i < len(d.DescriptionHTML); i += n {
				b.WriteString(d.DescriptionHTML[i:min(i+n, len(d.DescriptionHTML))])
				b.WriteString(in)
			}
			check(t, b.String())
		}
	}
}

func FuzzHTMLNUL(f *testing.F) {
	for _, s := range nulSeeds {
		f.Add(s)
	}
	f.Fuzz(checkNoNUL)
}

// TestHasContent checks that a description HTML of white space and NULs counts as none, as it did when
// ingestion stripped the NULs before asking strings.TrimSpace.
func TestHasContent(t *testing.T) {
	for s, want := range map[string]bool{"": false, " \n": false, "\x00": false, " \x00\t\x00 ": false,
		"\u00a0\x00\u2003": false, "\x00x": true, "x\x00": true, " \x00<p>\x00": true, "<p>": true, "\xff": true} {
		if got := hasContent(s); got != want {
			t.Errorf("hasContent(%q) = %v, want %v", s, got, want)
		}
	}
}
