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

func TestHTMLText(t *testing.T) {
	for in, want := range map[string]string{
		"<div><b>Pay:</b>&nbsp;$120,000 &ndash; $150,000,<br>plus bonus.</div>": "Pay: $120,000 – $150,000, plus bonus.",
		"Sen<b>ior</b> pay":             "Senior pay",
		"<p>One</p><p>Two</p>":          "One Two",
		"plain &amp; simple":            "plain & simple",
		"cut <b":                        "cut",
		"<ul><li>A</li><li>B</li></ul>": "A B",
		"":                              "",
	} {
		if got := HTMLText(in); got != want {
			t.Errorf("HTMLText(%q) = %q, want %q", in, got, want)
		}
	}
}
