package boardutil

import "testing"

func TestTrimSeparators(t *testing.T) {
	for in, want := range map[string]string{
		"Cammeray, ":        "Cammeray",
		" , ":               "",
		", Australia":       "Australia",
		"Berlin; ":          "Berlin",
		"Paris | ":          "Paris",
		"Sydney, Australia": "Sydney, Australia",
		"Remote\u00a0/ ":    "Remote",
		"Zürich ·":          "Zürich",
		"":                  "",
	} {
		if got := TrimSeparators(in); got != want {
			t.Errorf("TrimSeparators(%q) = %q, want %q", in, got, want)
		}
	}
}
