package detect

import "testing"

func FuzzURL(f *testing.F) {
	for _, s := range []string{"https://jobs.lever.co/x", "boards.greenhouse.io/a", "ftp://x", "", "https://news.ycombinator.com/item?id=1", "https://acme.wd5.myworkdayjobs.com/en-US/Careers"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		kind, params, err := URL(raw)
		if err == nil && (kind == "" || params == nil) {
			t.Fatalf("URL(%q) = %q %v with no error", raw, kind, params)
		}
	})
}
