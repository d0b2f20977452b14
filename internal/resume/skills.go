package resume

import (
	"regexp"
	"strings"
)

var (
	categoryRx  = regexp.MustCompile(`^([\p{L}][\p{L}0-9 &/+-]{0,40}):\s+`)
	andPrefixRx = regexp.MustCompile(`(?i)^(?:and|&)\s+`)
)

// parseSkills splits the lines under a skills heading into items, dropping
// "Category:" labels; lines wrapped mid-list are joined first.
func parseSkills(body []string) []string {
	var joined []string
	for _, l := range body {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if isBullet(l) {
			joined = append(joined, strings.TrimSpace(l[len("• "):]))
			continue
		}
		n := len(joined)
		if n > 0 && wrapsInto(joined[n-1], l) {
			joined[n-1] += " " + l
			continue
		}
		joined = append(joined, l)
	}
	var out []string
	for _, l := range joined {
		l = categoryRx.ReplaceAllString(l, "")
		// A table row "Primary languages<TAB>Java, Kotlin" labels its list.
		if cells := strings.SplitN(l, "\t", 2); len(cells) == 2 && !strings.Contains(cells[0], ",") && strings.Contains(cells[1], ",") {
			l = cells[1]
		}
		for _, item := range splitSkillLine(l) {
			item = andPrefixRx.ReplaceAllString(strings.TrimSpace(item), "")
			item = strings.TrimRight(item, ".;:")
			item = strings.TrimSpace(item)
			if item == "" || len(strings.Fields(item)) > 6 {
				continue
			}
			out = appendUnique(out, item)
		}
	}
	return out
}

// splitSkillLine splits on list separators but not inside parentheses, so
// "SQL and NoSQL databases (MySQL, MongoDB)" stays one item.
func splitSkillLine(l string) []string {
	var out []string
	depth, last := 0, 0
	for i, r := range l {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
		if depth > 0 {
			continue
		}
		if r == ',' || r == ';' || r == '|' || r == '•' || r == '·' || r == '\t' || r == '▪' || r == '●' {
			out = append(out, l[last:i])
			last = i + len(string(r))
		}
	}
	out = append(out, l[last:])
	return out
}

// wrapsInto reports whether next continues a comma list the typesetter wrapped.
func wrapsInto(prev, next string) bool {
	if strings.HasSuffix(prev, ",") {
		return true
	}
	if !strings.Contains(prev, ", ") || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ";") ||
		categoryRx.MatchString(next) || strings.Contains(next, "\t") || strings.Contains(prev, "\t") {
		return false
	}
	return strings.Contains(next, ", ") || len(strings.Fields(next)) <= 3
}
