package hn

import (
	"regexp"
	"strings"
)

// header is what the "Company | Role | Location | REMOTE | $salary" first line says.
type header struct {
	company, title, location, workplace, employment, salary, extra string
	remote                                                         *bool
}

var (
	salaryRe     = regexp.MustCompile(`(?i)[$€£¥₹]|\b\d+(\.\d+)?\s?k\b|\bsalary\b|\bcompensation\b|\bUSD\b|\bEUR\b|\bGBP\b`)
	remoteRe     = regexp.MustCompile(`(?i)\bremote\b|\bwfh\b|\banywhere\b`)
	onsiteRe     = regexp.MustCompile(`(?i)\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b|\bhybrid\b`)
	employmentRe = regexp.MustCompile(`(?i)\bfull[- ]?time\b|\bpart[- ]?time\b|\bcontract(or)?\b|\bintern(ship)?\b|\bpermanent\b|\bfreelance\b|\bFTE?\b`)
	roleRe       = regexp.MustCompile(`(?i)engineer|developer|programmer|scientist|designer|manager|lead\b|head of|director|architect|analyst|advocate|specialist|researcher|recruiter|\bsre\b|devops|founding|cto\b|vp\b|consultant|administrator|writer|marketer|representative|executive|support|technician|operator|associate`)
	bareRemoteRe = regexp.MustCompile(`(?i)^\(?\s*(fully\s+)?(remote|wfh)(\s+ok|\s+friendly|\s+only)?\s*\)?$`)
)

// parseHeader splits a first line on "|" and sorts the parts: the first is the
// company; then salary, remote/onsite, employment type and roles are told
// apart by their words, and the first other part is the location. A part that
// says remote and more ("Remote (EMEA)") is also kept as the location.
func parseHeader(line string) header {
	var h header
	parts := splitParts(line)
	if len(parts) == 0 {
		return h
	}
	h.company = parts[0]
	var roles, extra []string
	for _, p := range parts[1:] {
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
		case employmentRe.MatchString(p) && !roleRe.MatchString(p) && h.employment == "":
			h.employment = p
		case roleRe.MatchString(p) || len(roles) == 0 && h.location == "" && !looksPlace(p):
			roles = append(roles, p)
		case h.location == "":
			h.location = p
		default:
			extra = append(extra, p)
		}
	}
	h.title = strings.Join(roles, " / ")
	h.extra = strings.Join(extra, " | ")
	return h
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

func splitParts(line string) []string {
	var out []string
	for _, p := range strings.Split(line, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
