package normalize

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The attribute path of the sanitizer: names in any case, the last of duplicated attributes, quoting,
// character references in values, refused schemes, tracker and hidden images.
func TestHTMLAttributes(t *testing.T) {
	const rel = `" rel="nofollow noopener" target="_blank">`
	tests := []struct {
		name, in, html, text string
	}{
		{"key in capitals", `<a HREF="https://ex.com/">x</a>`, `<a href="https://ex.com/` + rel + `x</a>`, "x"},
		{"duplicated href: the last wins", `<a href="https://one.example/" href="https://two.example/">x</a>`,
			`<a href="https://two.example/` + rel + `x</a>`, "x"},
		{"a later javascript: href drops the link", `<a href="https://ok.example/" HREF="javascript:alert(1)">x</a>`, "x", "x"},
		{"unquoted, spaced, empty and long values", `<table><tr><td colspan=3 rowspan="">a</td><TD ColSpan = '2' ROWSPAN=12345>b</TD></tr></table>`,
			`<table><tr><td colspan="3">a</td><td colspan="2">b</td></tr></table>`, "a b"},
		{"href without a value", `<a href>x</a> <a href="">y</a>`, "x y", "x y"},
		{"references in a value decoded, then escaped", `<a href="https://ex.com/?a=1&amp;b=2&quot;">x</a>`,
			`<a href="https://ex.com/?a=1&amp;b=2&#34;` + rel + `x</a>`, "x"},
		{"javascript: spelled with a reference", `<a href="&#106;avascript:alert(1)">x</a>`, "x", "x"},
		{"data: links and images", `<a href="data:text/html;base64,PHNjcmlwdD4=">x</a><img src="data:image/png;base64,iVBO">`, "x", "x"},
		{"schemes in any case, value trimmed and kept as written", `<a href="  HTTPS://Ex.com/A ">x</a> <a href=mailto:jobs@ex.com>m</a> <a href='TEL:+15550100'>t</a>`,
			`<a href="HTTPS://Ex.com/A` + rel + `x</a> <a href="mailto:jobs@ex.com` + rel + `m</a> <a href="TEL:+15550100` + rel + `t</a>`, "x m t"},
		{"tracker hosts, with user, port and capitals; t.co is not xt.co",
			`<p><img src="https://stats.wp.com/g.gif"><img src="https://user@WWW.Google-Analytics.com:443/x"><img src="https://xt.co/a.png"><img src="https://t.co/a.png"></p>`,
			`<p><img src="https://xt.co/a.png" referrerpolicy="no-referrer"></p>`, ""},
		{"tracking paths and pixel file names on any host; images merely named so are kept",
			`<p><img src="https://remotive.com/job/track/2091093/blank.gif"><img src="https://ex.com/pixel/open?id=1"><img src="https://ex.com/img/spacer.gif"><img src="https://ex.com/a/1x1.png"><img src="https://ex.com/e/o.gif?beacon=1"><img src="https://ex.com/tracks/race.png"><img src="https://ex.com/blank-canvas.png"></p>`,
			`<p><img src="https://ex.com/e/o.gif?beacon=1" referrerpolicy="no-referrer"><img src="https://ex.com/tracks/race.png" referrerpolicy="no-referrer"><img src="https://ex.com/blank-canvas.png" referrerpolicy="no-referrer"></p>`, ""},
		{"http images are dropped: the page loads images over https only",
			`<p><img src="http://cdn.ex.com/a.png"><img src="HTTPS://cdn.ex.com/b.png"></p>`,
			`<p><img src="HTTPS://cdn.ex.com/b.png" referrerpolicy="no-referrer"></p>`, ""},
		{"display:none in any case and spacing hides only an image",
			`<p><img src="https://cdn.ex.com/a.png" style="Display : NONE"><img src="https://cdn.ex.com/b.png" STYLE="color:red" style="display:block"><a href="https://ex.com/" style="display:none">x</a></p>`,
			`<p><img src="https://cdn.ex.com/b.png" referrerpolicy="no-referrer"><a href="https://ex.com/` + rel + `x</a></p>`, "x"},
		{"names and styles read as strings.ToLower reads them; pixel sizes with spaces and px",
			`<p><img src="https://cdn.ex.com/a.png" WİDTH="1"><img src="https://cdn.ex.com/b.png" style="dİsplay:none"><img src="https://cdn.ex.com/c.png" width=" 1px "></p>`,
			"<p></p>", ""},
		{"ol start only when numeric", `<ol start="2"><li>a</li></ol><ol START=x><li>b</li></ol>`,
			`<ol start="2"><li>a</li></ol><ol><li>b</li></ol>`, "- a\n- b"},
		{"alt escaped; sizes not numeric dropped; an unquoted value takes the slash",
			`<img src="https://cdn.ex.com/a.png" alt="a &quot;b&quot; &amp; c" width="600px" height=40/>`,
			`<img src="https://cdn.ex.com/a.png" referrerpolicy="no-referrer" alt="a &#34;b&#34; &amp; c">`, ""},
		{"unterminated quoted value ends the input", `<a href="https://ex.com/`, "", ""},
	}
	for _, tt := range tests {
		h, txt := HTML(tt.in)
		if h != tt.html || txt != tt.text {
			t.Errorf("%s: HTML(%q)\n got  %q | %q\n want %q | %q", tt.name, tt.in, h, txt, tt.html, tt.text)
		}
	}
}

func TestHTMLTagNames(t *testing.T) {
	in := "<H2>T</H2><SeCtIoN>s</section><BLOCKQUOTE>q</blockquote><p\v>a</p><h3\t>b</h3 ><br/>c<TEXTAREA>t</textarea>d"
	wantHTML := "<h2>T</h2><div>s</div><blockquote>q</blockquote>a<h3>b</h3><br>cd"
	wantText := "T\ns\nq\na\nb\ncd"
	if h, txt := HTML(in); h != wantHTML || txt != wantText {
		t.Errorf("HTML(%q)\n got  %q | %q\n want %q | %q", in, h, txt, wantHTML, wantText)
	}
}

// appendEscaped must escape as html.EscapeString does, a special byte at any offset of a long value.
func TestAppendEscapedMatchesEscapeString(t *testing.T) {
	for c := 0; c < 256; c++ {
		for off := 0; off < 20; off++ {
			s := strings.Repeat("a", off) + string(rune(c)) + "/path?q=1" + string(byte(c))
			if got, want := string(appendEscaped(nil, s)), html.EscapeString(s); got != want {
				t.Fatalf("appendEscaped(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// safeLink refuses a control byte anywhere in a long URL, as its byte loop did.
func TestSafeLinkControlBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for off := 0; off < 20; off++ {
			u := "https://ex.com/" + strings.Repeat("a", off) + string(byte(c)) + "b"
			_, ok := safeLink(u)
			if want := c >= 0x20 && c != 0x7f; ok != want {
				t.Fatalf("safeLink(%q) ok = %v, want %v", u, ok, want)
			}
		}
	}
}
