package normalize

import (
	"strings"
	"testing"
)

func TestIndexEmote(t *testing.T) {
	for _, text := range []string{"", "emote", "mote emote", "Remote", "REMOTE remote", "motemote", "emotemote", "e", "xmote", "a fully remote role"} {
		for off := 0; off <= len(text); off++ {
			want := strings.Index(text[off:], "emote")
			if want >= 0 {
				want += off
			}
			if got := indexEmote(text, off); got != want {
				t.Errorf("indexEmote(%q, %d) = %d, want %d", text, off, got, want)
			}
		}
	}
}
