package normalize

import (
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// WorkMode decides remote, hybrid or onsite and, for remote work, the regions a hire may live in.
//
// The board's own workplace type wins ("Hybrid" beats an isRemote flag, as Ashby boards set both);
// then remote/hybrid markers in the locations ("Remote - US"); then the explicit remote flag; then
// the title ("(Remote)"); then a few unambiguous phrases of the text ("fully remote"). Regions come
// from the remote locations (countries as alpha-2, areas as "EMEA", "APAC", "EUROPE", "WORLDWIDE"...),
// or from every location when the whole posting is remote. Nothing found gives "".
func WorkMode(workplaceType string, remote *bool, locations []string, title, text string) (mode string, regions []string) {
	return workMode(workplaceType, remote, parsePlaces(locations), title, text)
}

func workMode(workplaceType string, remote *bool, places []parsedPlace, title, text string) (string, []string) {
	mode := modeOf(workplaceType)
	anyRemote, anyHybrid := false, false
	for _, p := range places {
		anyRemote = anyRemote || p.loc.Remote
		anyHybrid = anyHybrid || p.hybrid
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
	l := strings.ToLower(title)
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

// remotePhrases are statements in a description that leave no doubt the job is remote.
var remotePhrases = []string{
	"fully remote", "100% remote", "this is a remote", "this role is remote", "this position is remote",
	"this is a fully remote", "all of our roles are remote", "remote-first company", "work from anywhere",
}

// textSaysRemote looks for remotePhrases around each "remote" of the text, without lower-casing it all.
func textSaysRemote(text string) bool {
	for off := 0; off < len(text); {
		k := indexEmote(text, off)
		if k < 0 {
			return false
		}
		from, to := max(0, k-30), min(len(text), k+20)
		w := strings.ToLower(text[from:to])
		for _, p := range remotePhrases {
			if strings.Contains(w, p) {
				return true
			}
		}
		off = k + 5
	}
	return false
}

// indexEmote returns the offset of the first "emote" at or after off, or -1. It searches for "mote", whose
// first letter is far rarer than "e", so the byte search runs long before it must stop.
func indexEmote(text string, off int) int {
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
