package main

import (
	"regexp"
	"strings"
	"unicode"
)

// onetName is one O*NET technology name reduced to a clean canonical form and its other spellings.
type onetName struct {
	canon   string
	aliases []string
	generic bool // a description of a kind of software ("Spreadsheet software"), not a product
	acronym bool // canon is an acronym split off the spelled-out name
}

var (
	versionRe = regexp.MustCompile(`^(v?\d+(\.\d+)*[a-z]?|\d{4}|XP|NT|R\d+)$`)
	parenRe   = regexp.MustCompile(`\s*\([^)]*\)`)
)

// onetVendors finds vendor prefixes: a capitalized first word (or "The X", or a two-word
// pair that always travels together) that starts at least three distinct product names.
func onetVendors(names []string, plain map[string]bool) map[string]bool {
	one, two := map[string]int{}, map[string]int{}
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		one[f[0]]++
		if len(f) >= 3 {
			two[f[0]+" "+f[1]]++
		}
	}
	v := map[string]bool{}
	for w, c := range one {
		if c >= 3 && startsUpper(w) && !plain[strings.ToLower(w)] {
			v[w] = true
		}
	}
	for p, c := range two {
		first := strings.Fields(p)[0]
		if c >= 3 && (first == "The" || c == one[first]) {
			v[p] = true
		}
	}
	return v
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// productStart reports whether a word can begin a product name left after a vendor prefix.
func productStart(w string) bool {
	r := []rune(w)
	if len(r) == 0 {
		return false
	}
	if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
		return true
	}
	return len(r) > 1 && unicode.IsUpper(r[1]) // iPhone, eClinicalWorks
}

// allPlain reports whether every word of s is an ordinary lowercase word.
func allPlain(s string, plain map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		if !plain[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// cleanONET turns a vendor-qualified O*NET name into a canonical skill name.
// Rules: drop parentheticals, a trailing "software" and version numbers; split a trailing
// acronym that spells the words before it ("Structured query language SQL" -> SQL);
// strip a vendor prefix when what remains is a distinctive name ("Oracle Java" -> Java,
// but "Microsoft Excel" stays, with "Excel" as an alias).
func cleanONET(raw string, vendors, plain map[string]bool) onetName {
	s := tidy(parenRe.ReplaceAllString(raw, ""))
	var out onetName
	full := s
	hadSoftware := false
	if f := strings.Fields(s); len(f) > 1 && strings.EqualFold(f[len(f)-1], "software") {
		s = strings.Join(f[:len(f)-1], " ")
		hadSoftware = true
	}
	f := strings.Fields(s)
	for len(f) > 1 && versionRe.MatchString(f[len(f)-1]) {
		rest := strings.Join(f[:len(f)-1], " ")
		if len(f) == 2 && (vendors[rest] || plain[strings.ToLower(rest)]) {
			break
		}
		f = f[:len(f)-1]
	}
	s = strings.Join(f, " ")
	if hadSoftware || s != full {
		out.aliases = append(out.aliases, full)
	}
	// A trailing acronym spelled by the words before it.
	if len(f) >= 3 {
		acr := f[len(f)-1]
		long := strings.Join(f[:len(f)-1], " ")
		if isAcronym(acr) && spells(acr, long) {
			if len(out.aliases) == 0 {
				out.aliases = append(out.aliases, full)
			}
			out.aliases = append(out.aliases, long)
			if v, rest := splitVendor(long, vendors); v != "" && rest != "" {
				out.aliases = append(out.aliases, rest)
			}
			if len(acr) <= 6 {
				out.canon = acr
				out.acronym = true
				return out
			}
			s = long
			f = strings.Fields(s)
		}
	}
	out.canon = s
	if v, rest := splitVendor(s, vendors); v != "" && rest != "" {
		single := !strings.Contains(rest, " ")
		restPlain := allPlain(rest, plain)
		switch {
		case !restPlain && len(rest) >= 3:
			out.canon = rest
			out.aliases = append(out.aliases, s)
		case single && len(rest) >= 3 && !corporateWords[rest] && !editionWords[rest]:
			out.aliases = append(out.aliases, rest) // marked ambiguous later
		}
	}
	if allPlain(out.canon, plain) && !hasInnerUpper(out.canon) {
		out.generic = true
	}
	return out
}

// splitVendor removes the longest vendor prefix from s when a product name follows it.
func splitVendor(s string, vendors map[string]bool) (string, string) {
	f := strings.Fields(s)
	for n := 2; n >= 1; n-- {
		if len(f) > n && vendors[strings.Join(f[:n], " ")] && productStart(f[n]) {
			rest := f[n:]
			if len(rest) > 1 && corporateWords[rest[0]] {
				rest = rest[1:] // "Vero Software ALPHACAM"
			}
			return strings.Join(f[:n], " "), strings.Join(rest, " ")
		}
	}
	return "", ""
}

func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// spells reports whether the acronym's letters occur in order in long, starting at a word start.
func spells(acr, long string) bool {
	acr = strings.ToLower(strings.TrimSuffix(acr, "s"))
	l := strings.ToLower(long)
	j := 0
	for i := 0; i < len(l) && j < len(acr); i++ {
		if l[i] == acr[j] {
			j++
		}
	}
	first := false
	for _, w := range strings.Fields(l) {
		if w[0] == acr[0] {
			first = true
		}
	}
	return j == len(acr) && first
}

func hasInnerUpper(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// corporateWords end a company name rather than begin a product name.
var corporateWords = map[string]bool{
	"Software": true, "Systems": true, "Technologies": true, "Solutions": true, "Corporation": true,
	"Inc": true, "Group": true, "Research": true, "International": true, "Labs": true, "Corp": true,
}

// editionWords name an edition of a product, not a product ("MapInfo Professional").
var editionWords = map[string]bool{
	"Professional": true, "Enterprise": true, "Server": true, "Standard": true, "Suite": true, "Pro": true,
	"Studio": true, "Express": true, "Online": true, "Plus": true, "Premium": true, "Desktop": true,
	"Manager": true, "Designer": true, "Developer": true, "Cloud": true, "Platform": true,
}
