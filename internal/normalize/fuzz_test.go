package normalize

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// allowedOut are the attributes sanitized HTML may carry, read back with x/net/html as a browser would.
var allowedOut = map[string]bool{"referrerpolicy": true, "href": true, "rel": true, "target": true, "src": true, "alt": true,
	"width": true, "height": true, "colspan": true, "rowspan": true, "start": true}

// checkSafe parses out with x/net/html's tokenizer, an independent reader, and fails on any active content.
func checkSafe(t *testing.T, out, in string) {
	z := html.NewTokenizer(strings.NewReader(out))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		switch string(name) {
		case "script", "style", "iframe", "form", "object", "embed", "input", "svg", "math", "base", "meta", "link":
			t.Fatalf("<%s> in %q from %q", name, out, in)
		}
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			key := string(k)
			if !allowedOut[key] || strings.HasPrefix(key, "on") {
				t.Fatalf("attribute %q in %q from %q", key, out, in)
			}
			if key == "href" || key == "src" {
				u := strings.ToLower(string(v))
				if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "mailto:") && !strings.HasPrefix(u, "tel:") {
					t.Fatalf("%s=%q in %q from %q", key, v, out, in)
				}
			}
		}
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<p>Hello</p>", "&lt;p&gt;x&lt;/p&gt;", "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
		`<a href="javascript:alert(1)" onclick="x">y</a>`, "<scr<script>ipt>alert(1)</script>", `<img src=x onerror=alert(1)>`,
		"<svg><script>alert(1)</script></svg>", "<p>â€™ Ã©</p>", "<!-- <script> -->", `<a href="http://x" onmouseover=1>`,
		"<script", "&#x3C;script&#x3E;", "<style>a{}</style><p>t</p>", `<p title="a>b">t</p>`, "<ScRiPt>x</sCrIpT>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		h, txt := HTML(in)
		if strings.Contains(strings.ToLower(h), "<script") {
			t.Fatalf("<script in %q from %q", h, in)
		}
		checkSafe(t, h, in)
		if utf8.ValidString(in) && (!utf8.ValidString(h) || !utf8.ValidString(txt)) {
			t.Fatalf("invalid UTF-8 out of valid input %q", in)
		}
		// The sanitized HTML is a fixed point: cleaning it again changes nothing visible.
		if _, txt2 := HTML(h); utf8.ValidString(in) && !strings.Contains(in, "\x00") && txt2 != txt && !hasEscapedTag(h) {
			t.Fatalf("text changed on a second pass: %q vs %q (from %q)", txt, txt2, in)
		}
	})
}

func FuzzParseSalary(f *testing.F) {
	for _, s := range []string{"$120,000 - $150,000", "€45.000,00", "82,5k", "£40k–£50k per annum", "$50/hr", "120000+",
		"CA$102.8K – CA$137K", "$130K - $180K • Offers Equity", "$30 - $38 per hour", "USD 90,000 to 110,000 a year",
		"Competitive", "1e308", "9999999999999999999999k", "1.2.3,4,5", "- -5", "up to"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, ok := ParseSalary(in)
		if !ok {
			if s.Known() {
				t.Fatalf("not ok but known: %+v", s)
			}
			return
		}
		if s.Max != 0 && s.Min > s.Max {
			t.Fatalf("min > max: %+v from %q", s, in)
		}
		if s.Min < 0 || s.Max < 0 || math.IsNaN(s.Min) || math.IsNaN(s.Max) || !s.Known() {
			t.Fatalf("bad bounds %+v from %q", s, in)
		}
		if fs, ok := FindSalary(in); ok && fs.Max != 0 && fs.Min > fs.Max {
			t.Fatalf("FindSalary min > max: %+v from %q", fs, in)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	now := time.Date(2026, 8, 12, 10, 0, 0, 0, time.UTC)
	for _, s := range []string{"1782753306506", "2018-11-15T19:37:17-05:00", "Mon, 10 Aug 2026 16:52:46 +0000", "3 days ago",
		"yesterday", "2026-08-11 20:45:29 UTC", "99999999999999999999", "1e400", "-1 days ago", "2 months ago"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, flagged, err := ParseDate(in, now)
		if err != nil {
			return
		}
		if d.After(now.Add(futureSlack)) {
			t.Fatalf("%q gave %v, after now + a day", in, d)
		}
		if flagged && !d.Equal(now) {
			t.Fatalf("flagged but not clamped: %v", d)
		}
	})
}

func FuzzLocations(f *testing.F) {
	for _, s := range []string{"Austin | Chicago", "Remote, EMEA", "Atlanta, GA", "Tbilisi, Georgia", " - , ; |", "(Remote)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, l := range Locations([]string{in}) {
			if l.Country != "" && !countryCodes[l.Country] {
				t.Fatalf("%q gave country %q", in, l.Country)
			}
		}
		WorkMode("", nil, []string{in}, in, in)
		CanonicalURL(in)
		CompanyKey(in)
		Seniority(in, in)
		EmploymentType(in, in, in)
	})
}
