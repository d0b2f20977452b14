package posting

import (
	"strings"
	"testing"
)

// FuzzTitleKey checks the one-pass ASCII TitleKey against its definition: lower-cased, whitespace collapsed.
func FuzzTitleKey(f *testing.F) {
	for _, s := range []string{"", "  ", "Senior  Engineer\t(Remote)\n", "ÉCOLE Lead", "a\x1cb", "\vX\fY\rZ ", "İstanbul Ops", "Go\u00a0Dev", "\xff Bad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TitleKey(s), strings.Join(strings.Fields(strings.ToLower(s)), " "); got != want {
			t.Fatalf("TitleKey(%q) = %q, want %q", s, got, want)
		}
	})
}
