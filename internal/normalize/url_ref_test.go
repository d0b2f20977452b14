package normalize

import (
	"strings"
	"testing"
)

// urlSeeds are links of every shape: canonical already and nearly so, with case, ports, userinfo,
// escapes, queries, fragments, IDN and IP hosts, and ones net/url rejects.
var urlSeeds = []string{"", "https://", "http://", "https:///x", "https://a", "https://a/", "https://a.b/c/d-e_f.g~h",
	"https://boards.greenhouse.io/github/jobs/712339", "https://boards.greenhouse.io/github/jobs/712339#app",
	"HTTPS://Boards.Greenhouse.IO:443/github/jobs/712339#app", "https://remoteOK.com/remote-jobs/1", "https://x.io/Jobs/ABC",
	"https://x.io/a#b%zz", "https://x.io/a#%41", "https://x.io/a#b\x7f", "https://x.io/a#b\x01", "https://x.io/a#é frag#2",
	"https://x.io/a#", "https://x.io/a?", "https://x.io/a?b=1&a=2&utm_source=x&a=1", "https://x.io/a?ref=1#f",
	"https://x.io/a%20b", "https://x.io/a%zzb", "https://x.io/a b", "https://x.io/é", "https://bücher.de/x", "https://xn--bcher-kva.de/x",
	"https://user:pw@x.io/a", "https://@x.io/a", "https://x.io:8443/a", "https://x.io:443/a", "http://x.io:80/a", "https://x.io:/a",
	"http://[::1]:80/a", "http://[::1]/a", "http://127.0.0.1/a", "https://-.-/-", "https://./.", "https://../..", "https://x.io//a//b",
	"https://x.io/a/./b/../c", "https://x.io/a:b", "https://x.io/a@b", "https://x.io/a;b=c", "https://x.io/(a)", "https://x.io/a+b",
	" https://x.io/a ", "https://x.io/a\n", "\u00a0https://x.io/a", "https://İ.io/a", "https://\u212a.io/a", "https://x.io/\u212a",
	"mailto:jobs@example.com", "javascript:alert(1)", "/relative/path", "not a url", "ftp://x.io/a", "https:x.io/a", "https:/x.io/a",
	"https://x.io\\a", "https://x_y.io/a", "https://X.io/a", "https://x.io/a/" + strings.Repeat("b", 3000),
	"https://jobs.lever.co/outreach/a60fb104/apply?lever-source[]=LinkedIn&lever-origin=applied",
	"https://x.io/#/jobs/1", "https://x.io/a#!/b", "https://x.io/a#/", "https://x.io/a#!", "www.x.io/a", "//x.io/a", "www.", "///a"}

func checkCanonicalURL(t *testing.T, s string) {
	if got, want := CanonicalURL(s), canonicalParsed(s); got != want {
		t.Fatalf("CanonicalURL(%q) = %q, want %q", s, got, want)
	}
}

func TestCanonicalURLMatchesParsed(t *testing.T) {
	seeds := append([]string(nil), urlSeeds...)
	for _, d := range captureDrafts(t) {
		seeds = append(seeds, d.URL, d.ApplyURL)
	}
	for _, s := range seeds {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), s + "#x", s + "/", s + "?", s + "%", s + ":8080"} {
			checkCanonicalURL(t, v)
		}
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range urlSeeds {
		f.Add(s)
	}
	for _, d := range captureDrafts(f) {
		f.Add(d.URL)
	}
	f.Fuzz(checkCanonicalURL)
}
