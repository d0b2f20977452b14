package normalize

import (
	"strings"
	"testing"
)

func TestMayAnchor(t *testing.T) {
	for _, r := range anchorRules {
		for _, w := range []string{r.anchor, strings.ToUpper(r.anchor), strings.ToUpper(r.anchor[:1]) + r.anchor[1:]} {
			if !mayAnchor("a "+w+" x", 2) || !mayAnchor(w, 0) {
				t.Errorf("mayAnchor rejects %q", w)
			}
		}
	}
	for _, w := range []string{"fun", "company", "team", "Engineering", "in", "f", "fu@l"} {
		if mayAnchor(w+" and more", 0) {
			t.Errorf("mayAnchor(%q) = true; no anchor begins with it", w)
		}
	}
	if !mayAnchor("ful", 0) || mayAnchor("xyz", 0) { // under four bytes only the first letter is tested
		t.Error("short tail: want the first-letter test")
	}
}
