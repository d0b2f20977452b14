package normalize

import (
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// payWords are the words that must appear near an amount for FindSalary to take it as pay.
var payWords = []string{"salary", "pay", "compensation", "wage", "rate", "range", "base", "ote", "earn", "remuneration", "gehalt"}

// FindSalary finds a stated pay range inside a description, such as a pay-transparency block
// ("United States Salary Range $139,200—$235,200 USD").
//
// It is stricter than ParseSalary: the amount needs a currency next to it, a pay word (salary, pay,
// compensation, range...) in the 160 bytes before it, and must be a plausible pay (at least 10 and
// below 10 million); a range is preferred to a single amount.
func FindSalary(text string) (posting.Salary, bool) {
	var single posting.Salary
	found := false
	for off := 0; off < len(text); {
		k := indexCurrency(text[off:])
		if k < 0 {
			break
		}
		k += off
		from := max(0, k-24)
		for from > 0 && from < k && text[from]&0xC0 == 0x80 {
			from--
		}
		to := min(len(text), k+80)
		for to < len(text) && text[to]&0xC0 == 0x80 {
			to++
		}
		window := text[from:to]
		toks := lexSalary(window)
		end := to
		for i, t := range toks {
			if t.kind != tokNumber || from+t.end < k-1 {
				continue
			}
			s, last, ok := rangeAt(window, toks, i, true)
			end = from + toks[last].end
			if !ok || !plausiblePay(s) || !payContext(text[max(0, from+t.start-160):from+t.start]) {
				break
			}
			rawStart := t.start
			if i > 0 && toks[i-1].kind == tokCurrency {
				rawStart = toks[i-1].start
			}
			s.Raw = strings.TrimSpace(window[rawStart:toks[last].end])
			s.Source = "description"
			if s.Period == "" {
				s.Period = findPeriod(strings.ToLower(text[from+toks[last].end : min(len(text), from+toks[last].end+60)]))
			}
			if s.Max > 0 && s.Min > 0 {
				return finish(s), true
			}
			if !found {
				single, found = s, true
			}
			break
		}
		off = max(end, k+1)
	}
	if found {
		return finish(single), true
	}
	return posting.Salary{}, false
}

// indexCurrency returns the offset of the first currency sign or code in s, or -1.
func indexCurrency(s string) int {
	best := -1
	for _, m := range []string{"$", "€", "£", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "₹", "¥"} {
		if k := strings.Index(s, m); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

func plausiblePay(s posting.Salary) bool {
	v := s.Min
	if v == 0 {
		v = s.Max
	}
	return v >= 10 && s.Max < 1e7 && s.Min < 1e7 && (s.Max == 0 || s.Max <= 10*s.Min || s.Min == 0)
}

func payContext(before string) bool {
	l := strings.ToLower(before)
	for _, w := range payWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
