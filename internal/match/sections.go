package match

import (
	"strings"
)

// Kind is how much a posting asks for a skill.
type Kind uint8

// Skill kinds, strongest first.
const (
	KindRequired Kind = iota + 1 // under "Requirements", "Must have", "Qualifications"
	KindNice                     // under "Nice to have", "Bonus", "Preferred"
	KindOther                    // elsewhere in the description (the role, responsibilities)
	kindIgnore                   // benefits, about the company, how to apply: not asked of the candidate
)

// String names a kind for explanations.
func (k Kind) String() string {
	switch k {
	case KindRequired:
		return "required"
	case KindNice:
		return "nice to have"
	case KindOther:
		return "mentioned"
	}
	return "ignored"
}

// headingWords map section headings to kinds; nice-to-have phrases are checked first
// because "Preferred qualifications" also contains "qualifications".
var (
	niceHeads = []string{"nice to have", "nice-to-have", "bonus", "preferred", "good to have", "desirable",
		"pluses", "a plus", "extra credit", "would be great", "nice if"}
	requiredHeads = []string{"requirement", "must have", "must-have", "qualification", "what you bring",
		"what we're looking for", "what we are looking for", "who you are", "what you'll need", "what you need",
		"you have", "you bring", "skills and experience", "experience and skills", "your profile", "about you",
		"required", "key skills", "your skills", "skills", "we expect", "ideal candidate"}
	ignoreHeads = []string{"benefit", "perks", "what we offer", "we offer", "about us", "why join", "why you'll love",
		"compensation", "salary", "equal opportunity", "how to apply", "our values", "who we are", "about the company",
		"diversity", "life at", "our culture", "privacy"}
	otherHeads = []string{"responsibilit", "what you'll do", "what you will do", "the role", "about the role",
		"job description", "duties", "your mission", "the job", "overview", "about the team", "day to day", "tasks"}
)

// lineKind classifies one description line: as a heading it starts a section
// (heading=true); otherwise it may mark itself ("Bonus: Kafka") or nothing (0).
func lineKind(line string) (k Kind, heading bool, rest string) {
	l := strings.TrimSpace(strings.TrimLeft(line, "-•*·◦▪ \t"))
	low := strings.ToLower(l)
	head, after, hasColon := strings.Cut(low, ":")
	short := len(head) <= 60 && len(strings.Fields(head)) <= 7
	if short && (hasColon || (!strings.HasSuffix(low, ".") && len(l) <= 60)) {
		if k := headKind(head); k != 0 {
			rest = ""
			if hasColon {
				rest = strings.TrimSpace(after)
			}
			return k, true, rest
		}
	}
	for _, p := range []string{"bonus", "nice to have", "nice-to-have", "is a plus", "are a plus", "a big plus", "preferred"} {
		if strings.Contains(low, p) {
			return KindNice, false, ""
		}
	}
	return 0, false, ""
}

func headKind(h string) Kind {
	for _, list := range []struct {
		words []string
		kind  Kind
	}{{niceHeads, KindNice}, {ignoreHeads, kindIgnore}, {requiredHeads, KindRequired}, {otherHeads, KindOther}} {
		for _, w := range list.words {
			if strings.Contains(h, w) {
				return list.kind
			}
		}
	}
	return 0
}

// Span is a stretch of a description and the kind of section it lies in.
type Span struct {
	Start, End int
	Kind       Kind
}

// Sections splits a plain-text description into spans by its headings. The text
// before the first heading, and everything when there are no headings, is KindOther.
func Sections(text string) []Span {
	var out []Span
	cur := KindOther
	pos := 0
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		k, heading, _ := lineKind(text[pos:end])
		lk := cur
		switch {
		case heading:
			cur, lk = k, k
		case k != 0 && cur != kindIgnore:
			lk = k
		}
		if n := len(out); n > 0 && out[n-1].Kind == lk && out[n-1].End == pos {
			out[n-1].End = end
		} else {
			out = append(out, Span{Start: pos, End: end, Kind: lk})
		}
		pos = end + 1
	}
	if n := len(out); n > 0 && out[n-1].End < len(text) {
		out[n-1].End = len(text)
	}
	return out
}

// kindAt returns the kind of the span holding byte offset off.
func kindAt(spans []Span, off int) Kind {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return s.Kind
		}
	}
	return KindOther
}
