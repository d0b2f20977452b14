package boardutil

import (
	"strings"
	"testing"
)

// TestKeptBufferLeavesStringsAlone reads escaped strings with one reader, ends it, and reads longer ones
// with the readers after it, which reuse its buffer: the first reader's strings must not change.
func TestKeptBufferLeavesStringsAlone(t *testing.T) {
	var first []string
	r := NewReader([]byte(`["a\nb", "` + strings.Repeat(`x\"`, 300) + `"]`))
	r.Array(func() {
		var s string
		r.String(&s)
		first = append(first, s)
	})
	if !r.End() || r.buf != nil {
		t.Fatalf("first reader: ok %v, buffer kept %v", !r.Failed(), r.buf != nil)
	}
	for n := 0; n < 4; n++ {
		body := `"` + strings.Repeat(`y\u00e9`, 1000<<n) + `"`
		if got, ok := readString(body); !ok || got != strings.Repeat("yé", 1000<<n) {
			t.Fatalf("reader %d read %.20q, %v", n, got, ok)
		}
	}
	if first[0] != "a\nb" || first[1] != strings.Repeat(`x"`, 300) {
		t.Errorf("the first reader's strings changed: %.20q, %.20q", first[0], first[1])
	}
}
