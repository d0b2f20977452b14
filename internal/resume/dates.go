package resume

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ym is a year and month; month 0 means only the year is known.
type ym struct{ year, month int }

func (d ym) String() string {
	if d.year == 0 {
		return ""
	}
	if d.month == 0 {
		return strconv.Itoa(d.year)
	}
	return fmt.Sprintf("%04d-%02d", d.year, d.month)
}

// index is months since year 0; a year-only date counts from January.
func (d ym) index() int {
	m := d.month
	if m == 0 {
		m = 1
	}
	return d.year*12 + m - 1
}

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
	"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
}

const (
	monthRe   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)`
	dateRe    = `(?:` + monthRe + `\.?,?\s+(?:19|20)\d{2}|\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|(?:19|20)\d{2})`
	presentRe = `(?:present|current(?:ly)?|now|today|ongoing|to date|date)`
	sepRe     = `\s*(?:-|–|—|−|~|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*`
)

var (
	rangeRx  = regexp.MustCompile(`(?i)\b(` + dateRe + `)` + sepRe + `(` + dateRe + `|` + presentRe + `)(?:\b|$)`)
	singleRx = regexp.MustCompile(`(?i)\b(` + dateRe + `)(?:\b|$)`)
	// openRx is a range whose end sits on the next line (moderncv-style date columns).
	openRx = regexp.MustCompile(`(?i)^(` + dateRe + `)\s*(?:-|–|—)\s*`)
	// endRx is the end of a range carried over to the start of a line.
	endRx = regexp.MustCompile(`(?i)^(` + dateRe + `|` + presentRe + `)(?:\s+|$)`)
	numRx = regexp.MustCompile(`\d+`)
)

// parseDate reads one date token such as "Jan 2019", "03/2019", "2019-03", "2019-03-01" or "2017".
func parseDate(s string) (ym, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return ym{}, false
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		word := strings.TrimRight(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == ',' })[0], ".,")
		m, ok := monthNames[word]
		if !ok {
			return ym{}, false
		}
		nums := numRx.FindAllString(s, -1)
		if len(nums) == 0 {
			return ym{}, false
		}
		y, _ := strconv.Atoi(nums[len(nums)-1])
		return checkYM(y, m)
	}
	nums := numRx.FindAllString(s, -1)
	switch {
	case len(nums) == 1 && len(nums[0]) == 4:
		y, _ := strconv.Atoi(nums[0])
		return checkYM(y, 0)
	case len(nums) == 2 && len(nums[1]) == 4: // MM/YYYY
		m, _ := strconv.Atoi(nums[0])
		y, _ := strconv.Atoi(nums[1])
		return checkYM(y, m)
	case len(nums) >= 2 && len(nums[0]) == 4: // YYYY-MM[-DD]
		y, _ := strconv.Atoi(nums[0])
		m, _ := strconv.Atoi(nums[1])
		if len(nums) == 3 && len(nums[2]) > 2 {
			return ym{}, false
		}
		return checkYM(y, m)
	}
	return ym{}, false
}

func checkYM(y, m int) (ym, bool) {
	if y < 1950 || y > 2100 || m < 0 || m > 12 {
		return ym{}, false
	}
	if m == 0 && y == 0 {
		return ym{}, false
	}
	return ym{y, m}, true
}

// dateRange is a start and an end, or current when the end is "Present".
type dateRange struct {
	start, end ym
	current    bool
	// loc is the byte span of the range in the line it came from.
	loc [2]int
}

func isPresent(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "present", "current", "currently", "now", "today", "ongoing", "to date", "date":
		return true
	}
	return false
}

// findRange finds the first date range in a line, else a lone date (a one-month span).
func findRange(line string) (dateRange, bool) {
	for _, m := range rangeRx.FindAllStringSubmatchIndex(line, -1) {
		start, ok := parseDate(line[m[2]:m[3]])
		if !ok || glued(line, m[1]) {
			continue
		}
		endText := line[m[4]:m[5]]
		r := dateRange{start: start, loc: [2]int{m[0], m[1]}}
		if isPresent(endText) {
			r.current = true
			return r, true
		}
		end, ok := parseDate(endText)
		if !ok || end.index() < start.index() {
			continue
		}
		r.end = end
		return r, true
	}
	for _, m := range singleRx.FindAllStringSubmatchIndex(line, -1) {
		d, ok := parseDate(line[m[2]:m[3]])
		if !ok || glued(line, m[1]) {
			continue
		}
		// A bare number like "2019" inside a sentence is not a job date; need a month or a short line.
		if d.month == 0 && len(strings.Fields(line)) > 8 {
			continue
		}
		return dateRange{start: d, end: d, loc: [2]int{m[0], m[1]}}, true
	}
	return dateRange{}, false
}

// glued reports whether a match is cut out of a longer numeric token such as "2013-12-021".
func glued(line string, end int) bool {
	rest := line[end:]
	return len(rest) >= 2 && strings.ContainsRune("-/.", rune(rest[0])) && rest[1] >= '0' && rest[1] <= '9'
}

// parseRangeText reads a whole field such as "Jan 2021 - Present" (JSON inputs).
func parseRangeText(s string) (dateRange, bool) {
	return findRange(s)
}

// span returns the half-open month interval a range covers. An explicit end
// month counts in full; a year-only end stops at that January, so "2017 - 2019"
// is two years; "Present" stops at now's month.
func (r dateRange) span(now time.Time) (int, int) {
	from := r.start.index()
	var to int
	switch {
	case r.current:
		to = now.Year()*12 + int(now.Month()) - 1
	case r.end.month == 0:
		to = r.end.year * 12
	default:
		to = r.end.index() + 1
	}
	if to <= from {
		to = from + 1
	}
	return from, to
}

// experienceMonths counts the months covered by the union of job ranges, so
// overlapping jobs are not counted twice.
func experienceMonths(jobs []Job, now time.Time) int {
	type iv struct{ a, b int }
	var ivs []iv
	for _, j := range jobs {
		start, ok := parseDate(j.Start)
		if !ok {
			continue
		}
		r := dateRange{start: start, current: j.Current}
		if !j.Current {
			end, ok := parseDate(j.End)
			if !ok {
				end = start
			}
			r.end = end
		}
		a, b := r.span(now)
		if limit := now.Year()*12 + int(now.Month()); b > limit {
			b = limit
		}
		if b > a {
			ivs = append(ivs, iv{a, b})
		}
	}
	// Sort by start, then sweep merging overlaps.
	for i := 1; i < len(ivs); i++ {
		for j := i; j > 0 && ivs[j].a < ivs[j-1].a; j-- {
			ivs[j], ivs[j-1] = ivs[j-1], ivs[j]
		}
	}
	total, curA, curB := 0, 0, -1
	for _, v := range ivs {
		if v.a > curB {
			if curB > curA {
				total += curB - curA
			}
			curA, curB = v.a, v.b
			continue
		}
		if v.b > curB {
			curB = v.b
		}
	}
	if curB > curA {
		total += curB - curA
	}
	return total
}
