package normalize

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// FromCompensation converts a board's structured pay (Lever salaryRange, Ashby components, Recruitee salary) to a Salary.
//
// When the board gives no numbers but a summary text, the summary is parsed. Bounds are swapped when
// given upside down.
func FromCompensation(c posting.Compensation) posting.Salary {
	var s posting.Salary
	if c.Min != nil && *c.Min > 0 {
		s.Min = *c.Min
	}
	if c.Max != nil && *c.Max > 0 {
		s.Max = *c.Max
	}
	if !s.Known() && c.Raw != "" {
		if p, ok := ParseSalary(c.Raw); ok {
			p.Source = "structured"
			if cur := Currency(c.Currency); cur != "" {
				p.Currency = cur
			}
			if per := Period(c.Period); per != "" {
				p.Period = per
			}
			return finish(p)
		}
		return posting.Salary{}
	}
	if !s.Known() {
		return posting.Salary{}
	}
	if s.Max > 0 && s.Min > s.Max {
		s.Min, s.Max = s.Max, s.Min
	}
	s.Currency = Currency(c.Currency)
	s.Period = Period(c.Period)
	if s.Period == "" && c.Raw != "" {
		s.Period = findPeriod(strings.ToLower(c.Raw))
	}
	if s.Currency == "" && c.Raw != "" {
		if p, ok := ParseSalary(c.Raw); ok {
			s.Currency = p.Currency
		}
	}
	s.Raw = cmp.Or(c.Raw, boardValues(c))
	s.Source = "structured"
	return finish(s)
}

// boardValues writes a structured pay without a summary text as the board sent its values ("140000 –
// 160000 USD per-year-salary", "from 52.5 GBP HOUR"), to show beside what they were read as.
func boardValues(c posting.Compensation) string {
	num := func(v *float64) string { return strconv.FormatFloat(*v, 'f', -1, 64) }
	var amount string
	switch {
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		amount = num(c.Min)
	case c.Min != nil && c.Max != nil:
		amount = num(c.Min) + " – " + num(c.Max)
	case c.Min != nil:
		amount = "from " + num(c.Min)
	case c.Max != nil:
		amount = "up to " + num(c.Max)
	}
	return strings.Join(strings.Fields(amount+" "+c.Currency+" "+c.Period), " ")
}

// Currency returns the ISO 4217 code for a code or sign as boards write it ("usd", "$", "CA$"), or "".
func Currency(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	up := strings.ToUpper(raw)
	if c, ok := currencyCodes[up]; ok {
		return c
	}
	if strings.HasSuffix(up, "$") {
		if up == "$" {
			return "USD"
		}
		return dollarPrefixes[strings.TrimSuffix(up, "$")]
	}
	for r, c := range currencySymbols {
		if raw == string(r) {
			return c
		}
	}
	if len(up) == 3 && isASCIILetter(up[0]) && isASCIILetter(up[1]) && isASCIILetter(up[2]) {
		return up // an ISO code we do not list is still a code
	}
	return ""
}

// isoDurationPeriods are the ISO 8601 durations of one unit that are a pay period, lower-cased ("PT1M" is a minute).
var isoDurationPeriods = map[string]string{
	"p1y": posting.PeriodYear, "p1m": posting.PeriodMonth, "p1w": posting.PeriodWeek, "p1d": posting.PeriodDay,
	"pt1h": posting.PeriodHour,
}

// Period maps a board's pay interval ("per-year-salary", "1 YEAR", "HOUR", "monthly", "P1M") to a Salary period, or "".
func Period(raw string) string {
	l := strings.ToLower(strings.TrimSpace(raw))
	if p, ok := isoDurationPeriods[l]; ok {
		return p
	}
	l = strings.TrimPrefix(l, "1 ")
	l = strings.TrimPrefix(l, "per-")
	l = strings.TrimPrefix(l, "per ")
	switch {
	case l == "":
		return ""
	case strings.HasPrefix(l, "hour"):
		return posting.PeriodHour
	case strings.HasPrefix(l, "day") || l == "daily":
		return posting.PeriodDay
	case strings.HasPrefix(l, "week"):
		return posting.PeriodWeek
	case strings.HasPrefix(l, "month"):
		return posting.PeriodMonth
	case strings.HasPrefix(l, "year") || strings.HasPrefix(l, "annual") || l == "annum" || l == "yr":
		return posting.PeriodYear
	}
	return ""
}
