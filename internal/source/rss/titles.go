package rss

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitTitle reads the role, company and place out of a title of the form "Role at Company",
// "Role @ Company", "Company is hiring (a|an) Role" or "Company is hiring: Role", each with an
// optional "(Place)" at the end; ok is false for any other title or one the forms read two ways.
// A closing parenthesis that names no place (a type of contract, a gender marker) stays on the role.
func splitTitle(title string) (role, company, place string, ok bool) {
	if i := strings.Index(title, " is hiring"); i > 0 {
		if strings.Contains(title[i+1:], " is hiring") || hasAt(title) {
			return "", "", "", false
		}
		company = strings.TrimSpace(title[:i])
		rest := strings.TrimLeft(title[i+len(" is hiring"):], " :")
		for _, art := range []string{"a ", "an ", "A ", "An "} {
			if strings.HasPrefix(rest, art) {
				rest = rest[len(art):]
				break
			}
		}
		if rest == title[i+len(" is hiring"):] && !strings.HasPrefix(title[i+len(" is hiring"):], ":") {
			return "", "", "", false // "is hiring" not followed by a role: "Acme is hiring now"
		}
		role, place = cutPlace(strings.TrimSpace(rest))
		if !named(company) || !named(role) || strings.ContainsAny(company, "()") {
			return "", "", "", false
		}
		return role, company, place, true
	}
	sep := ""
	for _, s := range []string{" at ", " At ", " @ "} {
		if n := strings.Count(title, s); n > 1 || n == 1 && sep != "" {
			return "", "", "", false
		} else if n == 1 {
			sep = s
		}
	}
	if sep == "" {
		return "", "", "", false
	}
	i := strings.Index(title, sep)
	role = strings.TrimSpace(title[:i])
	after := strings.TrimSpace(title[i+len(sep):])
	if idiom(role, after) {
		return "", "", "", false
	}
	company, place = cutPlace(after)
	// "Engineer at Acme - Remote", "Engineer at Acme | Berlin": the company ends at a dash or a bar.
	if k := strings.IndexAny(company, "-|"); k > 0 && place == "" && (company[k-1] == ' ') {
		if rest := strings.TrimSpace(company[k+1:]); isPlace(rest) {
			company, place = strings.TrimSpace(company[:k]), rest
		}
	}
	if j := strings.LastIndexByte(company, '('); j > 0 && place == "" && strings.HasSuffix(company, ")") {
		// A parenthesis that names no place belongs to the role: "Developer at Globex (m/w/d)".
		role, company = role+" "+company[j:], strings.TrimSpace(company[:j])
	}
	if role == "" || !named(company) || strings.ContainsAny(company, "()") {
		return "", "", "", false
	}
	return role, company, place, true
}

// idiom reports whether "role at after" is a phrase rather than a role at an employer: work at home or at
// height, a job at scale or at night.
func idiom(role, after string) bool {
	last := role[strings.LastIndexByte(role, ' ')+1:]
	first, _, _ := strings.Cut(after, " ")
	switch strings.ToLower(last) {
	case "work", "working", "works", "based", "located":
		return true
	}
	switch strings.ToLower(strings.Trim(first, "(),.")) {
	case "home", "height", "heights", "scale", "night", "nights", "sea", "large", "least", "all", "once", "times":
		return true
	}
	return false
}

// hasAt reports whether title holds one of the "Role at Company" separators.
func hasAt(title string) bool {
	return strings.Contains(title, " at ") || strings.Contains(title, " At ") || strings.Contains(title, " @ ")
}

// cutPlace splits a trailing "(Place)" off s when it names a place; otherwise s is returned whole.
func cutPlace(s string) (rest, place string) {
	j := strings.LastIndexByte(s, '(')
	if j <= 0 || !strings.HasSuffix(s, ")") {
		return s, ""
	}
	p := strings.TrimSpace(s[j+1 : len(s)-1])
	if !isPlace(p) {
		return s, ""
	}
	return strings.TrimSpace(s[:j]), p
}

// isPlace reports whether a parenthesis's text can be a place: it starts with a capital and is no
// gender marker ("m/w/d", "M/F/D") nor a kind of contract.
func isPlace(p string) bool {
	if !named(p) || strings.ContainsAny(p, "()") {
		return false
	}
	words := strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == ',' || r == ' ' })
	short := 0
	for _, w := range words {
		if utf8.RuneCountInString(w) == 1 {
			short++
		}
	}
	if short > 1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(p); unicode.IsDigit(r) { // "(2 positions)", "(100% remote)" is no place name
		return false
	}
	l := strings.ToLower(p)
	switch l {
	case "senior", "junior", "lead", "principal", "staff", "mid", "mid-level", "entry", "entry-level", "graduate", "trainee":
		return false // a level
	}
	for _, kind := range []string{"contract", "freelance", "full-time", "full time", "part-time", "part time", "intern", "temporary", "permanent", "fixed-term", "gender", "position", "role"} {
		if strings.Contains(l, kind) {
			return false
		}
	}
	return true
}

// named reports whether s starts like a name: with a capital letter or a digit.
func named(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
