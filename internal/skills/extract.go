package skills

import (
	"sync"
	"unicode"
)

// Mention is one skill found in a text.
type Mention struct {
	Skill string // canonical name
	Start int    // byte offset of the first byte in the text
	End   int    // byte offset just past the last byte
	Text  string // the text as written, text[Start:End]
}

// candidate is a match waiting for the ambiguity rule.
type candidate struct {
	skill      int32
	first, end int // token range [first, end)
	ambiguous  bool
	accepted   bool
}

var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Extract returns the skills mentioned in text, in order, without overlaps. At each
// position the longest form wins; forms that are also plain words ("Go", "React",
// "Excel") count only in a technical context (see ambiguity.go).
func (t *Taxonomy) Extract(text string) []Mention {
	bufp := tokenPool.Get().(*[]token)
	toks := tokenize(text, *bufp)
	defer func() { *bufp = toks[:0]; tokenPool.Put(bufp) }()

	noise := noiseRanges(text)
	var cands []candidate
	for i := 0; i < len(toks); {
		for len(noise) > 0 && noise[0][1] <= toks[i].start {
			noise = noise[1:]
		}
		if len(noise) > 0 && noise[0][0] <= toks[i].start {
			i++
			continue
		}
		c, ok := t.longest(text, toks, i)
		if !ok {
			i++
			continue
		}
		cands = append(cands, c)
		i = c.end
	}
	resolveAmbiguous(t, text, toks, cands)
	out := make([]Mention, 0, len(cands))
	for _, c := range cands {
		if !c.accepted {
			continue
		}
		start, end := toks[c.first].start, toks[c.end-1].end
		out = append(out, Mention{Skill: t.skills[c.skill].Name, Start: start, End: end, Text: text[start:end]})
	}
	return out
}

// longest walks the trie from token i and returns the longest form whose case rules hold.
func (t *Taxonomy) longest(text string, toks []token, i int) (candidate, bool) {
	if toks[i].glued && i > 0 && toks[i-1].word && toks[i].word {
		return candidate{}, false
	}
	var best candidate
	found := false
	n := t.root
	for j := i; j < len(toks); j++ {
		m := n.spaced
		if j > i && toks[j].glued {
			m = n.glued
		}
		next := m[toks[j].lower]
		if next == nil {
			if sing := pluralAcronym(text, toks[j]); sing != "" {
				if v, ok := t.plural(text, toks, i, j, m[sing]); ok {
					best, found = candidate{skill: v.skill, first: i, end: j + 1}, true
					best.ambiguous, best.accepted = v.ambiguous, !v.ambiguous
				}
			}
			break
		}
		n = next
		if len(n.variants) == 0 || !boundaryAfter(toks, j) {
			continue
		}
		if v, ok := pick(text, toks[i:j+1], n.variants); ok {
			best = candidate{skill: v.skill, first: i, end: j + 1, ambiguous: v.ambiguous, accepted: !v.ambiguous}
			found = true
		}
	}
	return best, found
}

// pluralAcronym returns the lowercase singular of a plural acronym ("APIs", "KPIs" give
// "api", "kpi"), or "": capitals then one "s".
func pluralAcronym(text string, tk token) string {
	w := text[tk.start:tk.end]
	if !tk.word || len(w) < 3 || w[len(w)-1] != 's' || !isAcronym(w[:len(w)-1]) {
		return ""
	}
	return tk.lower[:len(tk.lower)-1]
}

// plural matches a form ending at trie node n whose last token is written in the plural.
func (t *Taxonomy) plural(text string, toks []token, i, j int, n *node) (variant, bool) {
	if n == nil || len(n.variants) == 0 || !boundaryAfter(toks, j) || j-i >= 8 {
		return variant{}, false
	}
	var buf [8]token
	written := append(buf[:0], toks[i:j+1]...)
	written[len(written)-1].end-- // compare without the "s"
	return pick(text, written, n.variants)
}

// boundaryAfter reports whether a match may end at token j: a word may not run on
// into a glued word ("C" in "C++" is handled by the trie; "Java" never splits "JavaScript").
func boundaryAfter(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return true
	}
	nx := toks[j+1]
	return !(nx.glued && nx.word && toks[j].word)
}

// pick chooses the variant whose case rule the written tokens satisfy, preferring unambiguous ones.
func pick(text string, written []token, vs []variant) (variant, bool) {
	var amb variant
	haveAmb := false
	for _, v := range vs {
		if (v.cased || v.ambiguous) && !sameCase(text, written, v.form) {
			continue
		}
		if v.acronym && !sameCase(text, written, v.form) && !lowercase(text, written) {
			continue
		}
		if !v.ambiguous {
			return v, true
		}
		if !haveAmb {
			amb, haveAmb = v, true
		}
	}
	return amb, haveAmb
}

// sameCase compares the written tokens with the form, token by token, respecting case.
func sameCase(text string, written []token, form string) bool {
	var buf [8]token
	ft := tokenize(form, buf[:0])
	if len(ft) != len(written) {
		return false
	}
	for k := range ft {
		if form[ft[k].start:ft[k].end] != text[written[k].start:written[k].end] {
			return false
		}
	}
	return true
}

// lowercase reports whether the written tokens have no capital letter.
func lowercase(text string, written []token) bool {
	for _, tk := range written {
		for _, r := range text[tk.start:tk.end] {
			if unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}
