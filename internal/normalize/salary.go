package normalize

import (
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// hoursPerYear and friends are the one set of factors every annual figure is computed with.
const (
	hoursPerYear  = 2080 // 40 h × 52 weeks
	daysPerYear   = 260  // 5 days × 52 weeks
	weeksPerYear  = 52
	monthsPerYear = 12
)

// Annualize converts an amount paid per period into a yearly amount; ok is false for an unknown period.
func Annualize(amount float64, period string) (float64, bool) {
	switch period {
	case posting.PeriodHour:
		return amount * hoursPerYear, true
	case posting.PeriodDay:
		return amount * daysPerYear, true
	case posting.PeriodWeek:
		return amount * weeksPerYear, true
	case posting.PeriodMonth:
		return amount * monthsPerYear, true
	case posting.PeriodYear:
		return amount, true
	}
	return 0, false
}

// ParseSalary reads a pay range from a short free-text salary field ("$120,000 - $150,000", "£40k–£50k per annum").
//
// The currency may be anywhere in the text; a missing period stays "" (a figure like 120000 is not assumed
// yearly). Text without a positive amount ("Competitive") gives ok=false.
func ParseSalary(text string) (posting.Salary, bool) {
	toks := lexSalary(make([]salTok, 0, 8), text)
	for i, t := range toks {
		if t.kind != tokNumber || t.value <= 0 {
			continue
		}
		s, _, ok := rangeAt(text, toks, i, false)
		if !ok {
			continue
		}
		if s.Currency == "" {
			for _, c := range toks {
				if c.kind == tokCurrency {
					s.Currency = c.text
					break
				}
			}
		}
		if s.Period == "" {
			s.Period = findPeriod(strings.ToLower(text))
		}
		s.Raw = strings.TrimSpace(text)
		s.Source = "text"
		return finish(s), true
	}
	return posting.Salary{}, false
}

// rangeAt reads the amount or range starting at number token i; strict requires a currency next to the amount.
// It returns the salary and the index of the last token used.
func rangeAt(text string, toks []salTok, i int, strict bool) (posting.Salary, int, bool) {
	var s posting.Salary
	first := toks[i]
	if i > 0 && toks[i-1].kind == tokCurrency {
		s.Currency = toks[i-1].text
	}
	last := i
	lo, hi := first.value, 0.0
	j := i + 1
	if j < len(toks) && toks[j].kind == tokCurrency && s.Currency == "" {
		s.Currency = toks[j].text
		last = j
		j++
	}
	// "USD $211,000 per year - USD $234,000 per year": a period after the first end is read past.
	firstPeriod, r := "", j
	if j < len(toks) && toks[j].kind == tokWord {
		if p, n := periodAt(text[toks[last].end:]); p != "" {
			firstPeriod = p
			for end := toks[last].end + n; r < len(toks) && toks[r].start < end; r++ {
			}
		}
	}
	switch {
	case j < len(toks) && toks[j].kind == tokPlus:
		last = j
	case r+1 < len(toks) && toks[r].kind == tokRange:
		k := r + 1
		for k+1 < len(toks) && toks[k].kind == tokCurrency {
			if s.Currency == "" {
				s.Currency = toks[k].text
			}
			k++
		}
		if toks[k].kind == tokNumber && toks[k].value > 0 {
			second := toks[k]
			hi = second.value
			last = k
			// "$120-150K": a suffix written once applies to both ends.
			if first.suffix == 1 && second.suffix > 1 && lo*second.suffix <= hi {
				lo *= second.suffix
			}
			if k+1 < len(toks) && toks[k+1].kind == tokCurrency {
				if s.Currency == "" {
					s.Currency = toks[k+1].text
				}
				last = k + 1
			}
		}
	}
	if strict && s.Currency == "" {
		return s, last, false
	}
	if hi == 0 && precededBy(toks, i, "up", "to") {
		lo, hi = 0, lo
	}
	if hi != 0 && lo > hi {
		lo, hi = hi, lo
	}
	// "$150 – $225,000": a lower bound under a hundredth of the upper one is a typo; only the upper bound is sure.
	if lo > 0 && hi > 100*lo {
		lo = 0
	}
	s.Min, s.Max = lo, hi
	s.Period, _ = periodAt(text[toks[last].end:])
	if s.Period == "" && hi != 0 {
		s.Period = firstPeriod
	}
	return s, last, true
}

func precededBy(toks []salTok, i int, w1, w2 string) bool {
	k := i - 1
	if k >= 0 && toks[k].kind == tokCurrency {
		k--
	}
	return k >= 1 && strings.EqualFold(toks[k].text, w2) && strings.EqualFold(toks[k-1].text, w1)
}

// finish fills the annual figures from the period.
func finish(s posting.Salary) posting.Salary {
	if v, ok := Annualize(s.Min, s.Period); ok {
		s.AnnualMin = v
	}
	if v, ok := Annualize(s.Max, s.Period); ok {
		s.AnnualMax = v
	}
	return s
}

// periodPhrases maps how ads write a pay period, longest first where one is a prefix of another.
var periodPhrases = []struct{ phrase, period string }{
	{"per hour", posting.PeriodHour}, {"an hour", posting.PeriodHour}, {"/hour", posting.PeriodHour},
	{"/hr", posting.PeriodHour}, {"/ hour", posting.PeriodHour}, {"/ hr", posting.PeriodHour}, {"per hr", posting.PeriodHour}, {"hourly", posting.PeriodHour}, {"/h", posting.PeriodHour},
	{"p/h", posting.PeriodHour}, {"pro stunde", posting.PeriodHour},
	{"per day", posting.PeriodDay}, {"a day", posting.PeriodDay}, {"/day", posting.PeriodDay}, {"/ day", posting.PeriodDay}, {"daily", posting.PeriodDay},
	{"per diem", posting.PeriodDay},
	{"per week", posting.PeriodWeek}, {"a week", posting.PeriodWeek}, {"/week", posting.PeriodWeek}, {"/ week", posting.PeriodWeek}, {"/wk", posting.PeriodWeek},
	{"weekly", posting.PeriodWeek},
	{"per month", posting.PeriodMonth}, {"a month", posting.PeriodMonth}, {"/month", posting.PeriodMonth}, {"/ month", posting.PeriodMonth}, {"/mo", posting.PeriodMonth},
	{"monthly", posting.PeriodMonth}, {"pro monat", posting.PeriodMonth},
	{"per year", posting.PeriodYear}, {"a year", posting.PeriodYear}, {"/year", posting.PeriodYear}, {"/ year", posting.PeriodYear}, {"/ yr", posting.PeriodYear}, {"/yr", posting.PeriodYear},
	{"per annum", posting.PeriodYear}, {"p.a.", posting.PeriodYear}, {"annually", posting.PeriodYear}, {"yearly", posting.PeriodYear},
	{"annual", posting.PeriodYear}, {"/y", posting.PeriodYear}, {"pro jahr", posting.PeriodYear}, {"brutto/jahr", posting.PeriodYear},
}

// periodAt finds a period phrase at the start of s (after spaces and a currency code) and returns it with
// the bytes of s it spans; it returns "" and 0 when none starts there.
func periodAt(s string) (string, int) {
	// The phrase is read in the first 40 bytes of s, compared with the phrases case-insensitively in place.
	s = s[:min(len(s), 40)]
	n := len(s)
	l := trimSpaces(s)
	for _, code := range [...]string{"usd", "eur", "gbp", "cad", "aud"} {
		if hasPrefixFold(l, code) {
			l = trimSpaces(l[3:])
		}
	}
	if len(l) == 0 {
		return "", 0
	}
	if p, k := periodPhraseAt(l); p != "" {
		return p, n - len(l) + k
	}
	// "$225,000/per year", "$50 / an hour": a slash before a worded period.
	if l[0] == '/' {
		if r := trimSpaces(l[1:]); len(r) > 0 && r[0] != '/' {
			if p, k := periodPhraseAt(r); p != "" {
				return p, n - len(r) + k
			}
		}
	}
	return "", 0
}

// periodPhraseAt returns the period of the phrase l starts with (in any ASCII case) and the phrase's length.
func periodPhraseAt(l string) (string, int) {
	for _, i := range periodsByFirst[lowerByte(l[0])] {
		p := periodPhrases[i]
		if hasPrefixFold(l, p.phrase) && (len(l) == len(p.phrase) || !isASCIILetter(l[len(p.phrase)])) {
			return p.period, len(p.phrase)
		}
	}
	return "", 0
}

func trimSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// hasPrefixFold reports whether s starts with p, a lower-case phrase, once s's ASCII letters are lowered.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// periodsByFirst lists, for each first byte, the periodPhrases that begin with it, in their order.
var periodsByFirst = func() (t [256][]uint8) {
	for i, p := range periodPhrases {
		t[p.phrase[0]] = append(t[p.phrase[0]], uint8(i))
	}
	return t
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// findPeriod finds a period phrase anywhere in lower-cased s.
func findPeriod(s string) string {
	for _, p := range periodPhrases {
		for off := 0; ; {
			k := strings.Index(s[off:], p.phrase)
			if k < 0 {
				break
			}
			k += off
			e := k + len(p.phrase)
			okStart := k == 0 || !isASCIILetter(s[k-1]) || p.phrase[0] == '/'
			if okStart && (e == len(s) || !isASCIILetter(s[e])) {
				return p.period
			}
			off = k + 1
		}
	}
	return ""
}
