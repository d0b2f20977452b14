package normalize

import (
	"strings"
	"testing"
	"time"
)

// titleModeByToLower is titleMode as it was, lower-casing with strings.ToLower.
func titleModeByToLower(title string) string {
	l := strings.ToLower(title)
	if containsWord(l, "hybrid") {
		return "hybrid"
	}
	if containsWord(l, "remote") && !strings.Contains(l, "remote sensing") {
		return "remote"
	}
	if containsWord(l, "onsite") || containsWord(l, "on-site") {
		return "onsite"
	}
	return ""
}

// FuzzLowerWordsUsers checks titleMode and the relative dates of ParseDate, which lower-case on the
// stack, against strings.ToLower.
func FuzzLowerWordsUsers(f *testing.F) {
	for _, s := range []string{"Engineer (REMOTE)", "HYBRİD Lead", "Remote Sensing Analyst", "On-Site Nurse", "3 DAYS AGO",
		"Posted   Yesterday", "an Hour ago", "JUST NOW", "2018-11-15T19:37:17-05:00", "\u212a days ago", "Remote\xff", "1 WEEK AGO"} {
		f.Add(s)
	}
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := titleMode(s), titleModeByToLower(s); got != want {
			t.Errorf("titleMode(%q) = %q, want %q", s, got, want)
		}
		got, ok := parseRelative(string(lowerWords(nil, s)), now)
		want, wok := parseRelative(strings.ToLower(s), now)
		if ok != wok || !got.Equal(want) {
			t.Errorf("relative %q = %v %v, want %v %v", s, got, ok, want, wok)
		}
	})
}
