package normalize

import (
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// incentiveWords mark an amount as a bonus, perk or one-off payment rather than the pay (matched as word prefixes).
var incentiveWords = []string{"bonus", "stipend", "referral", "relocation", "reimburs", "equity", "sign-on", "signing",
	"incentive", "allowance", "additional", "credit", "voucher", "gift"}

// clauseStops end the words read after an amount: what follows them is about something else ("$90k + equity").
var clauseStops = []string{"and", "or", "plus", "with", "including", "includes", "excluding", "not"}

// incentiveAfter reports whether the words right after an amount say it is a bonus or a per-task incentive.
func incentiveAfter(after string) bool {
	l := strings.ToLower(after)
	if k := strings.IndexAny(l, "\n+,;("); k >= 0 {
		l = l[:k]
	}
	if k := strings.Index(l, ". "); k >= 0 {
		l = l[:k]
	}
	words := clauseWords(l)
	if len(words) > 5 {
		words = words[:5]
	}
	for i, w := range words {
		if slices.Contains(clauseStops, w) {
			words = words[:i]
			break
		}
	}
	// "$100 for every 10 rides", "$5 per delivery": paid per task, not per period (a period was read already).
	if len(words) > 0 && words[0] == "per" || len(words) > 1 && words[0] == "for" && (words[1] == "every" || words[1] == "each") {
		return true
	}
	return hasIncentive(words)
}

// incentiveBefore reports whether the last words of the clause before an amount say it is a bonus ("sign-on bonus of").
func incentiveBefore(before string) bool {
	l := strings.ToLower(before)
	if k := strings.LastIndexByte(l, '\n'); k >= 0 {
		l = l[k+1:]
	}
	if k := strings.LastIndex(l, ". "); k >= 0 {
		l = l[k+2:]
	}
	words := clauseWords(l)
	return hasIncentive(words[max(0, len(words)-5):])
}

func clauseWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
}

func hasIncentive(words []string) bool {
	for _, w := range words {
		for _, p := range incentiveWords {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// yearWords say a paragraph states yearly amounts; "annual" also covers "annually" and "annualized".
var yearWords = []string{"annual", "per year", "yearly", "per annum"}

// salaryWords say a paragraph is about the base pay rather than bonuses or revenue.
var salaryWords = []string{"salary", "base pay", "compensation"}

// periodNear finds the period of an amount at text[start:end] that states none right after it.
//
// A period phrase later on the same line counts, except "year": a yearly word is trusted only for an
// amount of at least 10,000 in a paragraph about salary, so "$26 - $28" is never made yearly by a guess.
func periodNear(text string, start, end int, s posting.Salary) string {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		lineEnd = end + k
	}
	if p := findPeriod(asciiLower(text[end:min(lineEnd, end+60)])); p != "" && p != posting.PeriodYear {
		return p
	}
	v := s.Min
	if v == 0 {
		v = s.Max
	}
	para := asciiLower(text[lineStart:lineEnd])
	if v >= 10000 && containsAny(para, salaryWords) && containsAny(para, yearWords) {
		return posting.PeriodYear
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
