package resume

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	emailRx = regexp.MustCompile(`(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b`)
	phoneRx = regexp.MustCompile(`(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}\b`)
	linkRx  = regexp.MustCompile(`(?i)\b(?:https?://[^\s|,;<>()]+|www\.[^\s|,;<>()]+|(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com|bitbucket\.org)/[^\s|,;<>()]+)`)
	labelRx = regexp.MustCompile(`(?i)^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|website|web|portfolio|location|address|twitter)\s*:\s*`)
	locRx   = regexp.MustCompile(`^\p{Lu}[\p{L}.' -]*(?:, ?\p{Lu}[\p{L}.' -]*){1,3}$`)
	splitRx = regexp.MustCompile(`\t|\s+[|•·—–]\s+|\s+-\s+`)
)

// titleWords mark a job title; a header piece containing one is not a name.
var titleWords = []string{
	"engineer", "developer", "manager", "intern", "lead", "director", "analyst", "designer", "scientist",
	"architect", "consultant", "specialist", "assistant", "officer", "administrator", "head", "president",
	"founder", "cto", "ceo", "programmer", "owner", "coordinator", "associate", "staff", "principal",
	"senior", "junior", "sre", "devops", "researcher", "teacher", "technician", "contractor", "freelance",
	"vp", "chief", "member", "fellow", "tester", "editor", "writer", "product", "owner",
}

func hasTitleWord(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, t := range titleWords {
			if w == t || w == t+"s" {
				return true
			}
		}
	}
	return false
}

// parseContact reads name, email, phone, location and links, preferring the header block.
func parseContact(lines []string, headerEnd int) Contact {
	var c Contact
	header := lines[:headerEnd]
	for _, l := range header {
		if len(l) > maxContactLine {
			continue // a wall of text, not a header
		}
		for _, piece := range splitRx.Split(l, -1) {
			piece = strings.TrimSpace(labelRx.ReplaceAllString(strings.TrimSpace(piece), ""))
			if piece == "" {
				continue
			}
			if c.Name == "" && looksName(piece) {
				c.Name = normaliseName(piece)
				continue
			}
			if c.Location == "" {
				if loc := locationOf(piece); loc != "" {
					c.Location = loc
				}
			}
		}
	}
	search := func(f func(string) string) string {
		for _, l := range lines {
			if v := f(clip(l)); v != "" {
				return v
			}
		}
		return ""
	}
	c.Email = search(func(l string) string { return emailRx.FindString(l) })
	c.Phone = search(findPhone)
	for _, l := range header {
		for _, u := range linkRx.FindAllString(clip(l), -1) {
			c.Links = appendUnique(c.Links, strings.TrimRight(u, ".,;:"))
		}
	}
	return c
}

// maxContactLine bounds the work spent on one line when looking for contact details.
const maxContactLine = 400

// clip shortens a line to maxContactLine bytes for contact searches.
func clip(l string) string {
	if len(l) > maxContactLine {
		return l[:maxContactLine]
	}
	return l
}

// findPhone returns the first phone-like run with 7 to 15 digits that is not a date range.
func findPhone(l string) string {
	for _, m := range phoneRx.FindAllString(l, -1) {
		digits := 0
		for _, r := range m {
			if unicode.IsDigit(r) {
				digits++
			}
		}
		if digits >= 7 && digits <= 15 && !rangeRx.MatchString(m) {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

// looksName accepts 2-4 capitalised words of letters, not a title or a heading.
func looksName(s string) bool {
	if emailRx.MatchString(s) || linkRx.MatchString(s) || strings.ContainsAny(s, ",@:/0123456789()") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || hasTitleWord(s) || headingKind(s) != secNone {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, x := range r {
			if !unicode.IsLetter(x) && x != '.' && x != '\'' && x != '-' {
				return false
			}
		}
	}
	return true
}

// normaliseName turns an all-caps name into title case.
func normaliseName(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// locationOf returns a "City, Region" piece, dropping a leading street address.
func locationOf(piece string) string {
	if emailRx.MatchString(piece) || linkRx.MatchString(piece) {
		return ""
	}
	parts := strings.Split(piece, ",")
	if len(parts) >= 3 && strings.IndexFunc(parts[0], unicode.IsDigit) >= 0 {
		piece = strings.TrimSpace(strings.Join(parts[1:], ","))
	}
	if strings.EqualFold(piece, "remote") {
		return "Remote"
	}
	if locRx.MatchString(piece) && !hasTitleWord(piece) {
		return piece
	}
	return ""
}
