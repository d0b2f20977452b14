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
// yearly). Text without a positive amount ("Competitive") gives ok=false. An amount with a currency beside
// it is the pay before any bare number ("Band 6: £35,392 - £42,618"); a bare number counting years, days or
// percent, a 401(k) and a span of years ("2024-2025") are no pay, nor is an amount above payCap's tenfold.
func ParseSalary(text string) (posting.Salary, bool) {
	toks := lexSalary(make([]salTok, 0, 8), text)
	s, i, last, ok := firstAmount(text, toks, true)
	if !ok {
		s, i, last, ok = firstAmount(text, toks, false)
	}
	if !ok {
		return posting.Salary{}, false
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
		s.Period = clausePeriod(text, toks, i, last)
	}
	s.Raw = strings.TrimSpace(text)
	s.Source = "text"
	return finish(s), true
}

// firstAmount returns the first amount or range of toks that may be pay, with the indexes of its first
// and last tokens; strict asks for a currency next to it.
func firstAmount(text string, toks []salTok, strict bool) (posting.Salary, int, int, bool) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokNumber || t.value < 0 || !strict && notPayNumber(text, toks, i) {
			continue
		}
		s, last, ok := rangeAt(text, toks, i, strict)
		if !ok && last > i { // "$100,000 - €90,000": two currencies make no range, and neither end is the pay alone
			i = last
			continue
		}
		// "$0 - $120,000": a zero lower bound is a form's placeholder, and only the upper one is stated.
		if !ok || t.value == 0 && s.Max == 0 || max(s.Min, s.Max) > 5*payCap(s.Currency) {
			continue
		}
		// "2024-2025", "3-5 years": a span of years, or a range whose upper end counts something else.
		if !strict && s.Max > 0 && (yearSpan(s) || toks[last].kind == tokNumber && notPayNumber(text, toks, last)) {
			i = last
			continue
		}
		return s, i, last, true
	}
	return posting.Salary{}, 0, 0, false
}

// notPayNumber reports whether the bare number at toks[i] counts something else than money: years, days,
// hours or percent after it ("5+ years", "25 days holiday", "10%"), or a US retirement plan ("401(k)", "403b").
func notPayNumber(text string, toks []salTok, i int) bool {
	t := toks[i]
	if v := t.value / t.suffix; (v == 401 || v == 403 || v == 457) && t.suffix <= 1e3 {
		if t.suffix == 1e3 {
			return true
		}
		rest := text[t.end:]
		if strings.HasPrefix(rest, "(") {
			rest = rest[1:]
		}
		if len(rest) > 0 && (rest[0]|0x20 == 'k' || rest[0]|0x20 == 'b') {
			return true
		}
	}
	j := i + 1
	if j < len(toks) && toks[j].kind == tokPlus {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return false
	}
	switch strings.ToLower(toks[j].text) {
	case "%", "year", "years", "yr", "yrs", "day", "days", "week", "weeks", "month", "months", "hour", "hours", "hrs",
		"holiday", "holidays", "vacation", "jahre", "jahren", "tage", "ans", "jours", "anos":
		return true
	}
	return false
}

// yearSpan reports whether a range is a span of calendar years ("2024-2025") rather than pay.
func yearSpan(s posting.Salary) bool {
	return s.Min >= 1900 && s.Max <= 2100 && s.Min == float64(int(s.Min)) && s.Max == float64(int(s.Max)) && s.Max-s.Min <= 10
}

// payCaps are rough counts of a currency's units worth one US dollar, for the currencies whose unit is worth
// far less: what is plausible pay scales with them. Other currencies count one.
var payCaps = map[string]float64{
	"JPY": 150, "KRW": 1400, "IDR": 16000, "VND": 25000, "COP": 4000, "CLP": 950, "HUF": 360, "INR": 85,
	"NGN": 1500, "ARS": 1000, "KES": 130, "ISK": 140, "THB": 35, "PHP": 57, "RUB": 90, "TRY": 35, "UAH": 40,
	"CZK": 23, "EGP": 50, "MXN": 18, "TWD": 32, "ZAR": 18, "CNY": 7, "SEK": 10, "NOK": 10, "DKK": 7, "HKD": 8,
	"BRL": 5, "PLN": 4, "RON": 4.6, "MYR": 4.5, "PEN": 3.7, "AED": 3.7, "SAR": 3.75, "QAR": 3.6, "ILS": 3.7,
}

// payCap is the greatest amount of the currency read as pay in a description: two million US dollars' worth.
func payCap(currency string) float64 {
	if f, ok := payCaps[currency]; ok {
		return 2e6 * f
	}
	return 2e6
}

// rangeAt reads the amount or range starting at number token i; strict requires a currency next to the amount.
// It returns the salary and the index of the last token used. Two ends in different currencies make no
// range: ok is false and the last token is the second end's.
func rangeAt(text string, toks []salTok, i int, strict bool) (posting.Salary, int, bool) {
	var s posting.Salary
	var cur currencyPick
	first := toks[i]
	if i > 0 && toks[i-1].kind == tokCurrency {
		// "CAD $80,000": the code before a bare "$" says which dollar.
		if i > 1 && toks[i-2].kind == tokCurrency && bareDollar(text, toks[i-1]) {
			cur.add(text, toks[i-2])
		}
		cur.add(text, toks[i-1])
	}
	last := i
	lo, hi := first.value, 0.0
	loUnit, hiUnit := first.suffix, 1.0
	j := i + 1
	// A currency after the amount is its own unless another amount follows it ("Band 6 £35,392").
	if j < len(toks) && toks[j].kind == tokCurrency && !(j+1 < len(toks) && toks[j+1].kind == tokNumber) {
		if !cur.add(text, toks[j]) {
			return s, i, false
		}
		last = j
		j++
	}
	// "USD $211,000 per year - USD $234,000 per year": a period after the first end is read past.
	firstPeriod, r := "", j
	if j < len(toks) && (toks[j].kind == tokWord || toks[j].kind == tokRange && toks[j].text != "") {
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
		next := cur
		mixed := false
		for k+1 < len(toks) && toks[k].kind == tokCurrency {
			mixed = mixed || !next.add(text, toks[k])
			k++
		}
		// "$100,000 and $10,000 signing bonus", "30.000 € y 5.000 €": a word joins a range only upwards.
		if toks[k].kind == tokNumber && toks[k].value > 0 && !(toks[r].text != "" && toks[k].value < first.value) {
			second := toks[k]
			// "70 000 – 90 000 $ CAD": one or two currencies after the second end.
			for n := k + 1; n < len(toks) && n <= k+2 && toks[n].kind == tokCurrency; n++ {
				if n+1 < len(toks) && toks[n+1].kind == tokNumber {
					break
				}
				mixed = mixed || !next.add(text, toks[n])
				k = n
			}
			if mixed {
				return s, k, false
			}
			cur = next
			hi, hiUnit = second.value, second.suffix
			last = k
			// "$120-150K": a suffix written once applies to both ends.
			if first.suffix == 1 && second.suffix > 1 && lo*second.suffix <= hi {
				lo, loUnit = lo*second.suffix, second.suffix
			}
		}
	}
	s.Currency = cur.code
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

// currencyPick is the currency read so far for an amount or range, and how it was written.
type currencyPick struct {
	code string
	mark byte // 'b' a bare "$", 'l' a code or lettered sign ("CAD", "CA$", "zł"), 's' another sign ("€")
}

// bareDollar reports whether the currency token t is a "$" alone, the sign of every dollar and peso.
func bareDollar(text string, t salTok) bool { return t.end-t.start == 1 && text[t.start] == '$' }

// add takes the currency of token t into p and reports whether it agrees with what p held: a bare "$"
// and a code or lettered dollar are one currency, the code's ("$70,000 – $90,000 CAD", "CA$100k - $120k");
// any other two must be the same.
func (p *currencyPick) add(text string, t salTok) bool {
	mark := byte('s')
	if bareDollar(text, t) {
		mark = 'b'
	} else if isASCIILetter(text[t.start]) {
		mark = 'l'
	}
	switch {
	case p.code == "":
		p.code, p.mark = t.text, mark
	case p.mark == 'b' && mark == 'l':
		p.code, p.mark = t.text, mark
	case p.mark == 'l' && mark == 'b':
	case p.code != t.text || p.mark != mark && (p.mark == 'b' || mark == 'b'):
		return false
	}
	return true
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
