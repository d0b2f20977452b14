package normalize

import (
	"strings"
	"testing"
)

// textSaysRemoteByLower is the search textSaysRemote replaced, kept as its reference: each window is
// lower-cased with strings.ToLower and "emote" is found by searching for "mote".
func textSaysRemoteByLower(text string) bool {
	for off := 0; off < len(text); {
		k := indexEmoteByMote(text, off)
		if k < 0 {
			return false
		}
		w := strings.ToLower(text[max(0, k-30):min(len(text), k+20)])
		for _, p := range remotePhrases {
			if strings.Contains(w, string(p)) {
				return true
			}
		}
		off = k + 5
	}
	return false
}

func indexEmoteByMote(text string, off int) int {
	for from := off + 1; from < len(text); {
		p := strings.Index(text[from:], "mote")
		if p < 0 {
			return -1
		}
		if p += from; text[p-1] == 'e' {
			return p - 1
		}
		from = p + 1
	}
	return -1
}

// remoteSeeds put phrases in every case, against both edges of the window, beside the two letters
// ToLower turns into ASCII (İ, the Kelvin sign) and bytes that are not UTF-8, and "mo" across the steps.
var remoteSeeds = []string{"", "e", "emote", "mote", "remote", "REMOTE", "Remote", "a fully remote role", "FULLY remote",
	"THIS IS A REMOTE ROLE and remote", "thİs is a remote role", "this is a remote", "work from anywhere, remote",
	"wor\u212a from anywhere - remote", "Wor\u212a From Anywhere remote", "İİİİİİİİİİİİİİİİ this is a remote",
	"this is a fully remote" + strings.Repeat("x", 20) + " remote", "all of our roles are remote", "100% remote",
	"ALL OF OUR ROLES ARE REMOTE", "a remote-first company", "Remote-First Company", "work from anywhere" + strings.Repeat(".", 12) + "remote",
	"work from anywhere" + strings.Repeat(".", 13) + "remote", "remote" + strings.Repeat(" ", 14) + "fully remote",
	"\xff\xfefully remote", "fully\xc4 remote", "\xc4\xb0fully remote", "motemotemote emotemote", "promote demote",
	"this position is remote" + strings.Repeat("é", 40), "momomomomomomomomomomomomomomomoemote", "\u212aemote",
	strings.Repeat("mo", 40) + " fully remote", strings.Repeat("a", 70) + "remote",
}

func checkTextSaysRemote(t *testing.T, text string) {
	if got, want := textSaysRemote(text), textSaysRemoteByLower(text); got != want {
		t.Fatalf("textSaysRemote(%q) = %v, want %v", text, got, want)
	}
	for off := 0; off <= len(text); off++ {
		got, want := indexEmote(text, off), indexEmoteByMote(text, off)
		if got != want {
			t.Fatalf("indexEmote(%q, %d) = %d, want %d", text, off, got, want)
		}
		if want < 0 {
			break
		}
		off = want // the next offsets give the same answer
	}
}

func TestTextSaysRemoteMatchesByLower(t *testing.T) {
	seeds := scanSeeds(t, remoteSeeds...)
	for _, d := range captureDrafts(t) {
		seeds = append(seeds, d.DescriptionText, d.Title)
		if d.DescriptionHTML != "" {
			_, txt := HTML(d.DescriptionHTML)
			seeds = append(seeds, txt)
		}
	}
	for _, s := range seeds {
		for pad := 0; pad < 17; pad++ { // shift the text against the sixteen-byte steps
			checkTextSaysRemote(t, strings.Repeat("x", pad)+s)
		}
	}
	// "emote" and a phrase at every place of the steps and the window.
	for n := 0; n < 60; n++ {
		for _, p := range remotePhrases {
			checkTextSaysRemote(t, strings.Repeat("y", n)+string(p)+strings.Repeat(" ", n%7)+"emote")
			checkTextSaysRemote(t, "remote"+strings.Repeat("z", n)+strings.ToUpper(string(p)))
		}
	}
}

func FuzzTextSaysRemote(f *testing.F) {
	for _, s := range scanSeeds(f, remoteSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTextSaysRemote(t, s) })
}
