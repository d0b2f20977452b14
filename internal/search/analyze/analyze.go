// Package analyze turns text into search terms: lower-cased words without the diacritics of Latin letters, stop words
// dropped, English Snowball stems, with a few compound forms joined
// ("front end" → "frontend") so titles and descriptions agree.
//
// Search, matching and the index all use it, so a term means the same
// thing everywhere.
package analyze

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// MaxTermLen is the longest word kept as a term, in bytes; longer runs are noise (hashes, URLs).
const MaxTermLen = 40

var stemCache sync.Map // word → stem; the vocabulary is bounded, stemming is not cheap

// Stem returns the Snowball stem of one lower-case word, cached.
func Stem(w string) string {
	if len(w) <= 2 || !isLetters(w) {
		return w // not stemmed, so not cached: codes and numbers would grow the cache without end
	}
	if v, ok := stemCache.Load(w); ok {
		return v.(string)
	}
	s := english.Stem(w, true)
	stemCache.Store(strings.Clone(w), s)
	return s
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// Words splits text into lower-case words: runs of letters and digits, keeping
// inner '+', '#' and '.' of forms like "c++", "c#", "node.js".
func Words(text string, fn func(w string)) {
	var b []byte
	words(text, &b, func(w []byte) { fn(string(w)) })
}

// words is Words with each word in *buf, valid only during the call.
func words(text string, buf *[]byte, fn func(w []byte)) {
	b := (*buf)[:0]
	flush := func() {
		for len(b) > 0 && b[len(b)-1] == '.' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && len(b) <= MaxTermLen {
			fn(b)
		}
		b = b[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				b = append(b, c)
			case c >= 'A' && c <= 'Z':
				b = append(b, c+32)
			case (c == '+' || c == '#') && len(b) > 0:
				b = append(b, c)
			case c == '.' && len(b) > 0 && i+1 < len(text) && isAlnum(text[i+1]):
				b = append(b, c)
			default:
				flush()
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = foldRune(b, unicode.ToLower(r))
		} else {
			flush()
		}
		i += n
	}
	flush()
	*buf = b
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// joins are two-word forms written as one term, so "front end", "front-end" and "frontend" agree:
// first word, then second word, to the joined term. The term is the stem of the one-word form, as
// that word written alone is stemmed, so "dev ops" and "DevOps" agree too.
var joins = func() map[string]map[string]string {
	m := map[string]map[string]string{
		"front": {"end": "frontend"}, "back": {"end": "backend"}, "full": {"stack": "fullstack"},
		"dev": {"ops": "devops"}, "machine": {"learning": "ml"}, "site": {"reliability": "sre"},
	}
	for _, seconds := range m {
		for second, word := range seconds {
			seconds[second] = Stem(word)
		}
	}
	return m
}()

// EachJoin calls fn with every two-word form the analyser joins, ordered by first and second word.
func EachJoin(fn func(first, second, term string)) {
	for _, f := range slices.Sorted(maps.Keys(joins)) {
		for _, s := range slices.Sorted(maps.Keys(joins[f])) {
			fn(f, s, joins[f][s])
		}
	}
}

// Terms returns the stemmed terms of text in order, stop words dropped.
func Terms(text string) []string {
	var out []string
	Each(text, func(t string) { out = append(out, t) })
	return out
}

var analyzers = sync.Pool{New: func() any { return NewAnalyzer() }}

// Each calls fn with every stemmed term of text in order, stop words dropped.
func Each(text string, fn func(term string)) {
	a := analyzers.Get().(*Analyzer)
	a.Each(text, fn)
	analyzers.Put(a)
}

// maxLocalStems bounds an Analyzer's own cache; past it the cache starts over.
const maxLocalStems = 1 << 17

// Analyzer is Each with its own word buffer and stem cache in front of the shared
// one, for a goroutine analysing many documents; it is not safe for concurrent use.
type Analyzer struct {
	buf   []byte
	stems map[string]string // word → term, codes and numbers included
}

// NewAnalyzer returns an Analyzer with an empty cache.
func NewAnalyzer() *Analyzer { return &Analyzer{stems: map[string]string{}} }

// Each calls fn with every stemmed term of text in order, stop words dropped. A word that
// may start a two-word form is held until the next word shows whether it joins.
func (a *Analyzer) Each(text string, fn func(term string)) {
	held := ""
	var next map[string]string
	words(text, &a.buf, func(w []byte) {
		if held != "" {
			if j, ok := next[string(w)]; ok {
				held = ""
				fn(j)
				return
			}
			a.emit([]byte(held), fn)
			held = ""
		}
		if m, ok := joins[string(w)]; ok {
			held, next = string(w), m
			return
		}
		a.emit(w, fn)
	})
	if held != "" {
		a.emit([]byte(held), fn)
	}
}

func (a *Analyzer) emit(w []byte, fn func(string)) {
	if Stop[string(w)] {
		return
	}
	if t, ok := a.stems[string(w)]; ok {
		fn(t)
		return
	}
	word := string(w)
	t := Stem(word)
	if len(a.stems) >= maxLocalStems {
		clear(a.stems)
	}
	a.stems[word] = t
	fn(t)
}

// Stop are the words too common to mean anything in a job search.
var Stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be been but by can for from has have if in into is it its
		of on or our such that the their then there these they this to was we were will with you your yours
		us who what which when where why how all any both each few more most other some than too very
		s t just do does did doing am i me my he she him her them would should could may might must shall
		about above after again against below between during over under up down out off once here so not no nor
		own same only also etc e g ie via per`) {
		m[w] = true
	}
	return m
}()
