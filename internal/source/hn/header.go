package hn

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// header is what the "Company | Role | Location | REMOTE | $salary" first line says.
type header struct {
	company, title, location, workplace, employment, salary, extra, visa string
	remote                                                               *bool
	guessed                                                              bool // the title is only a part no other rule took
}

var (
	salaryRe     = regexp.MustCompile(`(?i)[$€£¥₹]|\b\d+(\.\d+)?\s?k\b|\bsalary\b|\bcompensation\b|\bUSD\b|\bEUR\b|\bGBP\b`)
	remoteRe     = regexp.MustCompile(`(?i)\bremote\b|\bwfh\b|\banywhere\b`)
	visaRe       = regexp.MustCompile(`(?i)\bvisas?\b|\bsponsor(ship)?\b|\brelocation\b`)
	onsiteRe     = regexp.MustCompile(`(?i)\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b|\bhybrid\b`)
	employmentRe = regexp.MustCompile(`(?i)\bfull[- ]?time\b|\bpart[- ]?time\b|\bcontract(or)?\b|\bintern(ship)?\b|\bpermanent\b|\bfreelance\b|\bFTE?\b`)
	roleRe       = regexp.MustCompile(`(?i)engineer|developer|programmer|scientist|designer|manager|lead\b|leads\b|head of|director|architect|analyst|advocate|specialist|researcher|recruiter|\bsre\b|devops|founding|cto\b|vp\b|consultant|administrator|writer|marketer|representative|executive|support|technician|operator|associate`)
	bareRemoteRe = regexp.MustCompile(`(?i)^\(?\s*(fully\s+)?(remote|wfh)(\s+ok|\s+friendly|\s+only)?\s*\)?$`)
	// roleLabelRe opens a line that lists roles: "Open roles:", "Hiring:", "Positions -".
	roleLabelRe = regexp.MustCompile(`(?i)^(we'?re\s+hiring(\s+for)?|now\s+hiring|hiring(\s+for)?|open\s+(roles|positions)|roles?|positions?|looking\s+for)\s*[:–—-]\s*`)
)

// parseHeader splits a first line into parts and sorts them: the first is the
// company; then salary, remote/onsite, employment type and roles are told
// apart by their words, and the first other part is the location. A part that
// says remote and more ("Remote (EMEA)") is also kept as the location. A part
// no rule claims, before any location, is taken for the title (guessed).
func parseHeader(line string) header {
	var h header
	parts := headerParts(line)
	if len(parts) == 0 {
		return h
	}
	h.company = parts[0]
	roles, extra := h.sort(parts[1:], true)
	h.title = strings.Join(roles, " / ")
	h.extra = strings.Join(extra, " | ")
	return h
}

// sort files each part under a field of h and returns the roles and the parts left over;
// with guess, a part no rule claims, before any location, counts as a role.
func (h *header) sort(parts []string, guess bool) (roles, extra []string) {
	for _, p := range parts {
		switch {
		case salaryRe.MatchString(p) && h.salary == "":
			h.salary = p
		case remoteRe.MatchString(p) && h.workplace == "":
			h.workplace = p
			t := true
			h.remote = &t
			if !bareRemoteRe.MatchString(p) && h.location == "" && !employmentRe.MatchString(p) {
				h.location = p
			}
		case onsiteRe.MatchString(p) && h.workplace == "":
			h.workplace = p
		case visaRe.MatchString(p) && h.visa == "" && !roleRe.MatchString(p):
			h.visa = p
			// "Berlin (visa sponsorship)": a note on a place is still the place.
			if rest := strings.Trim(visaRe.ReplaceAllString(p, ""), " ()"); h.location == "" && len(rest) > 2 && unicode.IsUpper([]rune(rest)[0]) {
				h.location = p
			}
		case employmentRe.MatchString(p) && !roleRe.MatchString(p) && h.employment == "":
			h.employment = p
		case roleRe.MatchString(p):
			roles = append(roles, p)
		case guess && len(roles) == 0 && h.location == "" && !looksPlace(p):
			roles = append(roles, p)
			h.guessed = true
		case h.location == "":
			h.location = p
		default:
			extra = append(extra, p)
		}
	}
	return roles, extra
}

// addRoleLine reads the line after a header that named no role, or only guessed one:
// "Open roles: • Engineering Leads • Senior Engineers", or a short list of role names. It
// reports whether the line was one. A guessed title then becomes the location, before any the
// line names, since the header said it first.
func (h *header) addRoleLine(line string) bool {
	rest := roleLabelRe.ReplaceAllString(line, "")
	if rest == line && !shortList(line) {
		return false
	}
	next := *h
	if h.guessed && next.location == "" {
		next.location = h.title
	}
	roles, _ := next.sort(listParts(rest), false)
	if len(roles) == 0 {
		return false
	}
	next.title, next.guessed = strings.Join(roles, " / "), false
	*h = next
	return true
}

// shortList tells a line that may list roles from a sentence of prose.
func shortList(line string) bool {
	if utf8.RuneCountInString(line) > 120 || strings.HasSuffix(line, ".") || strings.Contains(line, ". ") {
		return false
	}
	for _, p := range listParts(line) {
		if utf8.RuneCountInString(p) > 60 {
			return false
		}
	}
	return true
}

// looksPlace is a weak hint that a part is a place: "City, ST" or a known hub.
func looksPlace(p string) bool {
	if strings.Contains(p, ",") {
		return true
	}
	switch strings.ToUpper(strings.TrimSpace(p)) {
	case "NYC", "SF", "LA", "LONDON", "BERLIN", "PARIS", "US", "USA", "EU", "UK", "EMEA", "APAC", "BAY AREA", "SF BAY AREA", "TORONTO", "AMSTERDAM":
		return true
	}
	return false
}
