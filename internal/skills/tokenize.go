package skills

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word (a run of letters and digits) or one punctuation character.
type token struct {
	start, end int
	lower      string // lowercase text
	word       bool
	glued      bool // no whitespace before it (a hyphen between words counts as a space)
	hyphenL    bool // joined to the previous word by a hyphen ("rust-proof")
	hyphenR    bool // joined to the next word by a hyphen
}

// tokenize splits text into tokens with byte offsets. A hyphen between two words
// is dropped and read as a space, so "machine-learning" matches "machine learning".
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	space := true
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
				}
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			t := token{start: i, end: j, lower: strings.ToLower(text[i:j]), word: true, glued: !space}
			if n := len(toks); n > 1 && t.glued && toks[n-1].lower == "-" && toks[n-1].glued && toks[n-2].word {
				// word-word: drop the hyphen token and read it as a space
				toks = toks[:n-1]
				toks[n-2].hyphenR = true
				t.glued, t.hyphenL = false, true
			}
			toks = append(toks, t)
			i = j
			space = false
		case unicode.IsSpace(r):
			i += size
			space = true
		default:
			toks = append(toks, token{start: i, end: i + size, lower: text[i : i+size], glued: !space})
			i += size
			space = false
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// node is one step of the token trie; glued edges need the token to follow without a space.
type node struct {
	spaced, glued map[string]*node
	variants      []variant
}

// variant is one surface form ending at a trie node.
type variant struct {
	skill     int32
	form      string // as written in the taxonomy
	ambiguous bool
	cased     bool
	acronym   bool // all capitals: matches in capitals or all lowercase, never capitalised ("San", "Dos")
}

// insert adds a surface form of a skill to the trie.
func (t *Taxonomy) insert(form string, skill int32, ambiguous, cased bool) {
	toks := tokenize(form, nil)
	if len(toks) == 0 {
		return
	}
	n := t.root
	for i, tk := range toks {
		m := &n.spaced
		if i > 0 && tk.glued {
			m = &n.glued
		}
		if *m == nil {
			*m = map[string]*node{}
		}
		next := (*m)[tk.lower]
		if next == nil {
			next = &node{}
			(*m)[tk.lower] = next
		}
		n = next
	}
	acronym := !ambiguous && !cased && isAcronym(form)
	for _, v := range n.variants {
		if v.skill == skill && v.ambiguous == ambiguous && v.cased == cased && v.acronym == acronym && (!cased && !acronym || v.form == form) {
			return
		}
	}
	n.variants = append(n.variants, variant{skill: skill, form: form, ambiguous: ambiguous, cased: cased, acronym: acronym})
}

// isAcronym reports whether a form is one word of two or more letters, all capitals ("SAN", "EC2");
// forms with punctuation (".NET", "CI/CD") are distinctive in any case.
func isAcronym(form string) bool {
	letters := 0
	for _, r := range form {
		switch {
		case unicode.IsLower(r) || !isWordRune(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}
