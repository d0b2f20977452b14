package main

import (
	"sort"
	"strings"
	"unicode"
)

// candidate is one skill as a source states it, before merging.
type candidate struct {
	name    string
	aliases []string
	cat     string
	catRank int // higher wins when two sources disagree on the category
	concept bool
	hot     bool
	related []string // names or aliases of other skills, resolved at the end
	keys    []string // extra spellings used to find an existing entry, never recorded as aliases
}

// entry is one merged skill of the taxonomy under construction.
type entry struct {
	name    string
	aliases []string
	cat     string
	catRank int
	concept bool
	hot     bool
	related []string
}

// builder merges candidates from every source into entries keyed by surface form.
type builder struct {
	entries []*entry
	byKey   map[string]*entry
	plain   map[string]bool
}

func newBuilder(plain map[string]bool) *builder {
	return &builder{byKey: map[string]*entry{}, plain: plain}
}

// key folds a surface form for merging: lowercase, without spaces, hyphens,
// underscores and inner dots ("Node.js" and "nodejs" share a key; ".NET" keeps its dot).
func key(s string) string {
	var b strings.Builder
	for i, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\u00a0':
		case r == '.' && i > 0:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// find returns the entry one of the candidate's surface forms already names.
func (b *builder) find(c candidate) *entry {
	if e := b.byKey[key(c.name)]; e != nil {
		return e
	}
	for _, a := range append(c.aliases, c.keys...) {
		if e := b.byKey[key(a)]; e != nil {
			return e
		}
	}
	return nil
}

// add merges a candidate into the entry it names or creates a new entry.
func (b *builder) add(c candidate) *entry {
	c.name = tidy(c.name)
	if c.name == "" || key(c.name) == "" {
		return nil
	}
	e := b.find(c)
	if e == nil {
		e = &entry{name: c.name, cat: c.cat, catRank: c.catRank, concept: c.concept}
		b.entries = append(b.entries, e)
		b.byKey[key(c.name)] = e
	} else if c.catRank > e.catRank && c.cat != "" {
		e.cat, e.catRank, e.concept = c.cat, c.catRank, c.concept
	}
	b.alias(e, c.name)
	for _, a := range c.aliases {
		b.alias(e, a)
	}
	e.hot = e.hot || c.hot
	e.related = append(e.related, c.related...)
	return e
}

// merge adds aliases and relations to an existing entry only; it reports whether one matched.
func (b *builder) merge(c candidate) bool {
	if b.find(c) == nil {
		return false
	}
	b.add(c)
	return true
}

// alias records a surface form of e unless another entry already owns it.
func (b *builder) alias(e *entry, a string) {
	a = tidy(a)
	k := key(a)
	if k == "" {
		return
	}
	if owner, ok := b.byKey[k]; ok && owner != e {
		return
	}
	b.byKey[k] = e
	if a == e.name {
		return
	}
	for _, have := range e.aliases {
		if have == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// tidy trims and collapses inner whitespace.
func tidy(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ambiguous reports whether a surface form of a product is also a plain word
// (or a one-letter name), so extraction must see it in a technical context.
func (b *builder) ambiguous(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	letters := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		letters++
	}
	if letters == 1 {
		return true
	}
	if isUpper(s) && letters <= 3 {
		return false // acronyms match case-sensitively instead
	}
	return b.plain[strings.ToLower(s)]
}

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// finish resolves relations, computes ambiguous forms and returns skills sorted by name.
func (b *builder) finish() []Skill {
	out := make([]Skill, 0, len(b.entries))
	for _, e := range b.entries {
		s := Skill{Name: e.name, Category: e.cat, Hot: e.hot}
		if s.Category == "" {
			s.Category = "software"
		}
		seenAlias := map[string]bool{strings.ToLower(e.name): true}
		for _, a := range e.aliases {
			if l := strings.ToLower(a); !seenAlias[l] {
				s.Aliases = append(s.Aliases, a)
				seenAlias[l] = true
			}
		}
		seen := map[string]bool{}
		for _, r := range e.related {
			o := b.byKey[key(r)]
			if o == nil || o == e || seen[o.name] {
				continue
			}
			seen[o.name] = true
			s.Related = append(s.Related, o.name)
		}
		sort.Strings(s.Related)
		if len(s.Related) > 12 {
			s.Related = s.Related[:12]
		}
		for _, f := range append([]string{e.name}, s.Aliases...) {
			switch {
			case b.cased(f):
				s.Cased = append(s.Cased, f)
			case !e.concept && b.ambiguous(f):
				s.Ambiguous = append(s.Ambiguous, f)
			}
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, c := strings.ToLower(out[i].Name), strings.ToLower(out[j].Name)
		if a != c {
			return a < c
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// namesAny reports whether one of the forms already belongs to e.
func (b *builder) namesAny(e *entry, forms []string) bool {
	for _, f := range forms {
		if b.byKey[key(f)] == e {
			return true
		}
	}
	return false
}

// cased reports whether a surface form is an acronym that is also a word or a pair
// of letters ("IT", "ML", "ZAP", "MAGIC"), so it must match in capitals only. Other
// acronyms ("SAN", "DOS") also match in lowercase but never capitalised (the skills
// package tells them by their capitals).
func (b *builder) cased(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n == 2 || (n >= 3 && b.plain[strings.ToLower(s)])
}
