package normalize

import "strings"

// textSignals are the explicit statements of a description that employment type and seniority read.
type textSignals struct {
	fullTime, partTime, contract, internship, temporary, freelance, entryLevel bool
}

// anchorRule is a word to find in the text and the context that makes it a statement about the job.
type anchorRule struct {
	anchor  string
	capital string   // the anchor capitalized, filled by init
	after   []string // one of these must follow the anchor (after "-time"/" time" when needTime)
	before  []string // or one of these must precede it
	time    bool     // the anchor must be followed by "-time" or " time" first ("full-time")
	set     func(*textSignals)
}

var anchorRules = []anchorRule{
	{anchor: "full", time: true, after: []string{" position", " role", " job", " opportunity", " employment", " contract"},
		before: []string{"this is a ", "this is a permanent, ", "this is a permanent "}, set: func(s *textSignals) { s.fullTime = true }},
	{anchor: "part", time: true, after: []string{" position", " role", " job", " opportunity", " employment"},
		before: []string{"this is a "}, set: func(s *textSignals) { s.partTime = true }},
	{anchor: "contract", after: []string{" position", " role", "-to-hire", " to hire", " opportunity"},
		before: []string{"this is a "}, set: func(s *textSignals) { s.contract = true }},
	{anchor: "internship", after: []string{" program", " position", " role"}, before: []string{"this ", "a paid "},
		set: func(s *textSignals) { s.internship = true }},
	{anchor: "temporary", after: []string{" position", " role", " contract", " assignment"}, before: []string{"this is a "},
		set: func(s *textSignals) { s.temporary = true }},
	{anchor: "freelance", after: []string{" position", " role", " project", " basis"}, before: []string{"this is a "},
		set: func(s *textSignals) { s.freelance = true }},
	{anchor: "entry", after: []string{"-level position", " level position", "-level role", " level role", "-level job"},
		set: func(s *textSignals) { s.entryLevel = true }},
}

// readSignals finds the statements in the first textScanLimit bytes of text. Each anchor is searched
// as written in lower case and capitalized ("full", "Full"), one strings.Index scan each, and the words
// around a hit are compared ignoring case; the text is never lower-cased whole.
func readSignals(text string) textSignals {
	if len(text) > textScanLimit {
		text = text[:textScanLimit]
	}
	var s textSignals
	for _, r := range anchorRules {
		if anchorFound(text, r.anchor, r) || anchorFound(text, r.capital, r) {
			r.set(&s)
		}
	}
	return s
}

func anchorFound(l, anchor string, r anchorRule) bool {
	for off := 0; off < len(l); {
		k := strings.Index(l[off:], anchor)
		if k < 0 {
			return false
		}
		k += off
		off = k + len(anchor)
		if k > 0 && isASCIILetter(l[k-1]) {
			continue
		}
		rest := l[off:]
		if r.time {
			if len(rest) < 5 || !strings.EqualFold(rest[:5], "-time") && !strings.EqualFold(rest[:5], " time") {
				continue
			}
			rest = rest[5:]
		}
		if hasAnyPrefixFold(rest, r.after) || hasAnySuffixFold(l[:k], r.before) {
			return true
		}
	}
	return false
}

func hasAnyPrefixFold(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

func hasAnySuffixFold(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p) {
			return true
		}
	}
	return false
}

func init() {
	for i := range anchorRules {
		a := anchorRules[i].anchor
		anchorRules[i].capital = string(a[0]-'a'+'A') + a[1:]
	}
}
