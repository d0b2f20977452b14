package resume

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	institutionRx = regexp.MustCompile(`(?i)\b(university|college|institute|school|academy|polytechnic|universit[äé]t?|hochschule|mit|caltech|iit)\b`)
	degreeRx      = regexp.MustCompile(`(?i)\b(bachelor(?:'s)?(?: of [a-z]+)?|master(?:'s)?(?: of [a-z ]+?(?: administration)?)?|associate(?:'s)? degree|doctor(?:ate)?(?: of [a-z]+)?|ph\.?\s?d\.?|mba|m\.?b\.?a\.?|b\.?\s?s\.?c?\.?|m\.?\s?s\.?c?\.?|b\.?a\.?|m\.?a\.?|b\.?\s?tech\.?|m\.?\s?tech\.?|b\.?e\.?|m\.?e\.?|b\.?eng\.?|m\.?eng\.?|diploma|certificate|high school diploma|ged)(?:$|[\s,.(])`)
	fieldRx       = regexp.MustCompile(`(?i)^\s*(?:in|of)\s+(.+)$`)
	gpaRx         = regexp.MustCompile(`(?i)\s*[-–,]?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?\s+)?(?:overall\s+)?(?:c?gpa|grade)\b.*$`)
)

// parseSchools reads the entries of an education section: each institution or
// degree line starts or fills one school; dates attach to the current one.
func parseSchools(lines []string, start, end int) []School {
	var out []School
	cur := -1
	newSchool := func() {
		out = append(out, School{})
		cur = len(out) - 1
	}
	for i := start; i < end; i++ {
		l := lines[i]
		if l == "" || isBullet(l) {
			continue
		}
		text := l
		var r dateRange
		hasDate := false
		if rr, ok := findRange(l); ok && (rr.start != rr.end || rr.current || atEdge(l, rr.loc)) {
			r, hasDate = rr, true
			text = cleanLeftover(l[:rr.loc[0]] + "\t" + l[rr.loc[1]:])
		}
		text = gpaRx.ReplaceAllString(text, "")
		if !hasDate && !institutionRx.MatchString(text) && locationOf(text) != "" {
			continue // a wrapped "City, ST, Country" tail
		}
		var inst, degree, field string
		afterDegree := 0
		for _, p := range headerSplitRx.Split(text, -1) {
			for _, q := range strings.Split(p, ",") {
				q = trimPiece(q)
				switch {
				case q == "":
				case degree == "" && degreeRx.MatchString(q+" ") && degreeRx.FindStringIndex(q + " ")[0] == 0:
					degree, field = splitDegree(q)
					afterDegree = 1
					continue
				case inst == "" && institutionRx.MatchString(q):
					inst = q
				case degree != "" && field == "" && inst == "":
					field = q
				case degree != "" && inst == "" && afterDegree == 1 && unicode.IsLetter([]rune(q)[0]):
					inst = q
				}
				if afterDegree > 0 {
					afterDegree++
				}
			}
		}
		if inst == "" && degree == "" && !hasDate {
			continue
		}
		if cur < 0 || (inst != "" && out[cur].Institution != "") || (degree != "" && out[cur].Degree != "") ||
			(hasDate && out[cur].Start != "" && inst == "" && degree == "") {
			newSchool()
		}
		s := &out[cur]
		if inst != "" {
			s.Institution = inst
		}
		if degree != "" {
			s.Degree, s.Field = degree, field
		}
		if hasDate && s.Start == "" {
			s.Start = r.start.String()
			if !r.current {
				s.End = r.end.String()
			}
			if r.start == r.end && !r.current {
				s.Start = ""
			}
		}
	}
	return out
}

// splitDegree splits "Bachelor of Science in Computer Science" into degree and field.
func splitDegree(q string) (string, string) {
	loc := degreeRx.FindStringSubmatchIndex(q + " ")
	degree := strings.TrimSpace(q[:min(loc[3], len(q))])
	rest := strings.TrimSpace(q[min(loc[3], len(q)):])
	if m := fieldRx.FindStringSubmatch(rest); m != nil {
		return degree, strings.TrimSpace(m[1])
	}
	return degree, strings.TrimSpace(strings.TrimLeft(rest, ".,-–: "))
}
