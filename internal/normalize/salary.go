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
		if t.kind != tokNumber || t.value < 0 {
			continue
		}
		s, _, ok := rangeAt(text, toks, i, false)
		// "$0 - $120,000": a zero lower bound is a form's placeholder, and only the upper one is stated.
		if !ok || t.value == 0 && s.Max == 0 {
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
	loUnit, hiUnit := first.suffix, 1.0
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
			hi, hiUnit = second.value, second.suffix
			last = k
			// "$120-150K": a suffix written once applies to both ends.
			if first.suffix == 1 && second.suffix > 1 && lo*second.suffix <= hi {
				lo, loUnit = lo*second.suffix, second.suffix
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
	if s.Currency != "" && s.Currency != "INR" { // "¥5,000,000 CR": lakh and crore count only in rupees
		lo, hi = withoutIndianUnit(lo, loUnit), withoutIndianUnit(hi, hiUnit)
	}
	if hi == 0 && capBefore(toks, i) {
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

// capBefore reports whether the words before the amount at toks[i] make it a maximum: "up to", "bis zu",
// "max.", "maximum", "hasta", "jusqu'à", "até", "fino a", or "bis" not after an amount (after one it joins a range).
func capBefore(toks []salTok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].kind == tokCurrency {
		k--
	}
	if k >= 1 && toks[k].text == "." || k >= 1 && toks[k].text == ":" {
		k--
	}
	if k < 0 {
		return false
	}
	w := toks[k].text
	// "jusqu'à", "jusqu’à", "até": the letters are lexed as words apart from the apostrophe and accented letter.
	joined := func(n int, parts ...string) bool {
		if k+1 < n {
			return false
		}
		for p := range parts {
			t := toks[k-n+1+p]
			if !strings.EqualFold(t.text, parts[p]) || p > 0 && toks[k-n+p].end != t.start {
				return false
			}
		}
		return true
	}
	switch {
	case joined(3, "jusqu", "'", "à"), joined(3, "jusqu", "’", "à"), joined(2, "at", "é"),
		k >= 1 && strings.EqualFold(w, "a") && strings.EqualFold(toks[k-1].text, "fino"):
		return true
	case k >= 1 && strings.EqualFold(w, "to") && strings.EqualFold(toks[k-1].text, "up"),
		k >= 1 && strings.EqualFold(w, "zu") && strings.EqualFold(toks[k-1].text, "bis"):
		return true
	case strings.EqualFold(w, "bis"):
		return k == 0 || toks[k-1].kind != tokNumber
	}
	return strings.EqualFold(w, "max") || strings.EqualFold(w, "maximum") || strings.EqualFold(w, "hasta")
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

// withoutIndianUnit undoes the multiplier of a lakh or a crore (indianUnits) that v was read with.
func withoutIndianUnit(v, unit float64) float64 {
	if unit == 1e5 || unit == 1e7 {
		return v / unit
	}
	return v
}
