package normalize

import (
	"bytes"
	"math/bits"
	"strings"
	"unsafe"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/swar"
)

// WorkMode decides remote, hybrid or onsite and, for remote work, the regions a hire may live in.
//
// The board's own workplace type wins ("Hybrid" beats an isRemote flag, as Ashby boards set both);
// then remote/hybrid markers in the locations ("Remote - US"); then the explicit remote flag; then
// the title ("(Remote)"); then on-site said in a location ("On-site: Austin"); then a few unambiguous phrases of the text ("fully remote"). Regions come
// from the remote locations (countries as alpha-2, areas as "EMEA", "APAC", "EUROPE", "WORLDWIDE"...),
// or from every location when the whole posting is remote. Nothing found gives "".
func WorkMode(workplaceType string, remote *bool, locations []string, title, text string) (mode string, regions []string) {
	return workMode(workplaceType, remote, parsePlaces(locations), title, text)
}

func workMode(workplaceType string, remote *bool, places []parsedPlace, title, text string) (string, []string) {
	mode := modeOf(workplaceType)
	anyRemote, anyHybrid, anyOnsite := false, false, false
	for _, p := range places {
		anyRemote = anyRemote || p.loc.Remote
		anyHybrid = anyHybrid || p.hybrid
		anyOnsite = anyOnsite || p.inSite
	}
	if mode == "" {
		switch {
		case anyHybrid:
			mode = posting.WorkModeHybrid
		case anyRemote:
			mode = posting.WorkModeRemote
		case remote != nil && *remote:
			mode = posting.WorkModeRemote
		default:
			mode = titleMode(title)
			if mode == "" && anyOnsite { // "On-site: Austin, TX"; "Berlin Office" names an office, not the mode
				mode = posting.WorkModeOnsite
			}
			if mode == "" && textSaysRemote(text) {
				mode = posting.WorkModeRemote
			}
		}
	}
	if mode != posting.WorkModeRemote {
		return mode, nil
	}
	var regions []string
	add := func(r string) {
		if r == "" {
			return
		}
		for _, x := range regions {
			if x == r {
				return
			}
		}
		regions = append(regions, r)
	}
	for _, p := range places {
		if anyRemote && !p.loc.Remote {
			continue
		}
		if p.macro != "" {
			add(p.macro)
		} else {
			add(p.loc.Country)
		}
	}
	return mode, regions
}

// modeOf maps a board's workplace type ("Remote", "ON_SITE", "hybrid", "In office") to a work mode.
func modeOf(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if c := raw[i] | 0x20; c >= 'a' && c <= 'z' {
			b.WriteByte(c)
		}
	}
	switch b.String() {
	case "remote", "fullyremote", "remoteonly", "telecommute", "wfh":
		return posting.WorkModeRemote
	case "hybrid", "flexible":
		return posting.WorkModeHybrid
	case "onsite", "inoffice", "office", "inperson", "onpremise", "notremote":
		return posting.WorkModeOnsite
	}
	return ""
}

// titleMode reads a work mode written into a title ("Engineer (Remote)", "| Fully Remote").
func titleMode(title string) string {
	var buf [128]byte
	lb := lowerWords(buf[:0], title) // on the stack while it fits: only ASCII words are looked for
	l := unsafe.String(unsafe.SliceData(lb), len(lb))
	if containsWord(l, "hybrid") {
		return posting.WorkModeHybrid
	}
	if containsWord(l, "remote") && !strings.Contains(l, "remote sensing") {
		return posting.WorkModeRemote
	}
	if containsWord(l, "onsite") || containsWord(l, "on-site") {
		return posting.WorkModeOnsite
	}
	return ""
}

// textSaysRemote looks for remotePhrases around each "emote" of the text, lowering only those bytes.
func textSaysRemote(text string) bool {
	for off := 0; off < len(text); {
		k := indexEmote(text, off)
		if k < 0 {
			return false
		}
		var buf [50]byte // the window, and lowerWords keeps its length unless it holds İ or the Kelvin sign
		w := lowerWords(buf[:0], text[max(0, k-30):min(len(text), k+20)])
		for _, p := range remotePhrases {
			if bytes.Contains(w, p) {
				return true
			}
		}
		off = k + 5
	}
	return false
}

// remotePhrases are statements in a description that leave no doubt the job is remote.
var remotePhrases = [][]byte{
	[]byte("fully remote"), []byte("100% remote"), []byte("this is a remote"), []byte("this role is remote"),
	[]byte("this position is remote"), []byte("this is a fully remote"), []byte("all of our roles are remote"),
	[]byte("remote-first company"), []byte("work from anywhere"),
}

// indexEmote returns the offset of the first "emote" at or after off, or -1. An 'm' is common enough that
// stopping at each costs more than the search, so 32 bytes at a time are reduced to a mask of the places
// of an 'm' followed by an 'o', which is rare, and only those are compared.
func indexEmote(text string, off int) int {
	i := off + 1 // where the 'm' may stand
	for ; i+33 <= len(text); i += 32 {
		w := text[i : i+33]
		x0, x1, x2, x3 := swar.Load64(w, 0), swar.Load64(w, 8), swar.Load64(w, 16), swar.Load64(w, 24)
		// The byte after each is shifted in, not loaded again: the compiler makes one load of eight loaded
		// bytes only when no byte is used twice.
		f0, f1 := moMask(x0, x0>>8|x1<<56), moMask(x1, x1>>8|x2<<56)
		f2, f3 := moMask(x2, x2>>8|x3<<56), moMask(x3, x3>>8|uint64(w[32])<<56)
		if f0|f1|f2|f3 == 0 {
			continue
		}
		for j, f := range [4]uint64{f0, f1, f2, f3} {
			for ; f != 0; f &= f - 1 {
				if p := i + 8*j + bits.TrailingZeros64(f)/8; isEmoteAt(text, p) {
					return p - 1
				}
			}
		}
	}
	for ; i < len(text); i++ {
		if isEmoteAt(text, i) {
			return i - 1
		}
	}
	return -1
}

// moMask sets the high bit of each byte of x that is an 'm' whose next byte, in the same place of next, is
// an 'o'; a byte right after one so flagged may be flagged too, so flags are candidates to check.
func moMask(x, next uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	z := (x ^ lo*'m') | (next ^ lo*'o')
	return (z - lo) &^ z & hi
}

// isEmoteAt reports "emote" with its 'm' at i.
func isEmoteAt(text string, i int) bool {
	return i >= 1 && i+4 <= len(text) && text[i-1] == 'e' && text[i:i+4] == "mote"
}

// containsWord reports whether w occurs in s with no letter on either side.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		e := k + len(w)
		if (k == 0 || !isASCIILetter(s[k-1])) && (e == len(s) || !isASCIILetter(s[e])) {
			return true
		}
		off = k + 1
	}
}
