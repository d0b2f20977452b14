package normalize

import (
	"bytes"
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// payWords are the words that must appear near an amount for FindSalary to take it as pay, as the window
// reads once its ASCII letters are lowered: an accented letter stays as written, so a word with one is listed
// with it in both cases ("Rémunération", "RÉMUNÉRATION", "Vergütung", "Salário").
var payWords = []string{"salary", "pay", "compensation", "wage", "rate", "range", "base", "ote", "earn", "remunera", "gehalt",
	"salari", "salaire", "lohn", "sueldo", "wynagrodzenie", "retribu", "stipendio", "entgelt",
	"rémunér", "rÉmunÉr", "salári", "salÁri", "vergütung", "vergÜtung", "lön", "lÖn", "løn", "lØn",
	"年収", "月給", "給与", "薪"} // Japanese yearly and monthly pay, pay; the Chinese 薪 of 年薪, 月薪, 薪资

// FindSalary finds a stated pay range inside a description, such as a pay-transparency block
// ("United States Salary Range $139,200—$235,200 USD").
//
// It is stricter than ParseSalary: the amount needs a currency next to it, a pay word (salary, pay,
// compensation, range...) in the 160 bytes before it (320 before a range, as when a sentence on pay
// introduces a list of levels) and not in an earlier sentence of its line, no bonus, perk, budget, funding
// or per-task wording next to it, and must be a plausible pay (at least 10 and at most payCap of its
// currency). A range is preferred to a single amount; when several ranges share the first one's currency
// and period (pay levels), the result spans them all, but for one in parentheses right after a range (aside).
// A period is read in the amount's own clause only (periodNear).
func FindSalary(text string) (posting.Salary, bool) {
	var single, overall posting.Salary
	var raws []string
	rangeEnd := 0 // where the last range read ends
	cur := newCurrencyFinder(text)
	var pay payMemo
	var buf [48]salTok // every candidate's window is lexed into this in turn; ~100 bytes lex to fewer tokens
	toks := buf[:0]
	for off := 0; off < len(text); {
		k := cur.next(off)
		if k < 0 {
			break
		}
		from, to := windowAround(text, k)
		toks = lexSalary(toks[:0], text[from:to])
		s, end, ok := candidateAt(text, k, from, to, toks, &pay)
		off = max(end, k+1)
		switch {
		case !ok:
		case s.Min > 0 && s.Max > 0 && overall.Max == 0:
			overall, raws, rangeEnd = s, []string{s.Raw}, end
		case s.Min > 0 && s.Max > 0:
			if aside(text, rangeEnd, end-len(s.Raw)) {
				break // "£35,000 - £45,000 pro rata (£21,000 - £27,000 actual)": the same pay, restated
			}
			rangeEnd = end
			if s.Currency == overall.Currency && s.Period == overall.Period {
				overall.Min, overall.Max = min(overall.Min, s.Min), max(overall.Max, s.Max)
				if !slices.Contains(raws, s.Raw) {
					raws = append(raws, s.Raw)
				}
			}
		case single.Source == "":
			single = s
		}
	}
	if overall.Max > 0 {
		overall.Raw = strings.Join(raws, "; ")
		return finish(overall), true
	}
	if single.Source != "" {
		return finish(single), true
	}
	return posting.Salary{}, false
}

// aside reports whether text[from:to], between one range and the next, opens parentheses it does not close
// within a few words: the next range is an aside on the first (its actual or converted amount), not a level.
func aside(text string, from, to int) bool {
	if to < from || to-from > 40 {
		return false
	}
	gap := text[from:to]
	k := strings.LastIndexByte(gap, '(')
	return k >= 0 && strings.IndexByte(gap[k:], ')') < 0
}

// windowAround returns the bounds of the text read around the currency at text[k], on rune boundaries.
func windowAround(text string, k int) (from, to int) {
	from = max(0, k-24)
	for from > 0 && from < k && text[from]&0xC0 == 0x80 {
		from--
	}
	to = min(len(text), k+80)
	for to < len(text) && text[to]&0xC0 == 0x80 {
		to++
	}
	return from, to
}

// candidateAt reads the pay stated at the currency found at text[k], given the tokens of its window
// text[from:to]; end is where scanning resumes. pay is the text's memo of where a pay word was seen.
func candidateAt(text string, k, from, to int, toks []salTok, pay *payMemo) (posting.Salary, int, bool) {
	window := text[from:to]
	for i, t := range toks {
		if t.kind != tokNumber || from+t.end < k-1 {
			continue
		}
		// "50,000 - 60,000 EUR": a currency after a range is the whole range's, read from its lower end;
		// when the window cut that end, only the upper one is known.
		upperOnly, stepped := false, false
		if from+t.end <= k && i >= 2 && toks[i-1].kind == tokRange && toks[i-2].kind == tokNumber {
			if toks[i-2].start == 0 && cutNumber(text, from) {
				upperOnly = true
			} else {
				i, stepped = i-2, true
				t = toks[i]
			}
		}
		s, last, ok := rangeAt(window, toks, i, true)
		if !ok && last == i && from+t.end <= k && !stepped {
			continue // "Band 6 £35,392": the number before the currency is not its amount
		}
		if stepped && (!ok || s.Min == 0 || s.Max == 0 || !plausiblePay(s)) {
			// "Salary: 40 - 60,000 EUR", "Level 3 - 60,000 EUR": the number before the dash makes no pay range
			// with the amount, which still ends one: only the upper bound is known, as ParseSalary reads it.
			i, upperOnly = i+2, true
			t = toks[i]
			s, last, ok = rangeAt(window, toks, i, true)
		}
		if upperOnly && s.Max == 0 {
			s.Min, s.Max = 0, s.Min
		}
		end := from + toks[last].end
		back := 160
		if s.Min > 0 && s.Max > 0 {
			back = 320
		}
		if !ok || !plausiblePay(s) || !pay.context(text, sentenceOnLine(text, max(0, from+t.start-back), from+t.start), from+t.start) {
			return s, end, false
		}
		rawStart := i
		for rawStart > 0 && toks[rawStart-1].kind == tokCurrency {
			rawStart--
		}
		start := from + toks[rawStart].start
		if _, n := periodAt(text[end:]); n > 0 && s.Period != "" {
			end += n
		}
		if incentiveBefore(text[max(0, start-48):start]) || incentiveAfter(text[end:min(len(text), end+48)]) {
			return s, end, false
		}
		s.Raw = strings.TrimSpace(text[start:end])
		s.Source = "description"
		if s.Period == "" {
			s.Period = periodNear(text, start, end, s)
		}
		return s, end, true
	}
	return posting.Salary{}, to, false
}

// sentenceOnLine returns where the text read before an amount at text[at], text[from:at], is cut: after
// the end of a sentence on the amount's line ("Salary: competitive. We've raised $5M": a pay word in an
// earlier sentence that states no amount makes no later amount pay). Earlier lines, as a heading or a
// sentence introducing a list of levels, are read whole.
func sentenceOnLine(text string, from, at int) int {
	for k := at - 1; k >= from; k-- {
		switch text[k] {
		case '\n':
			return from
		case '.', '!', '?':
			if sentenceEndAt(text, k) {
				return k + 1
			}
		}
	}
	return from
}

// cutNumber reports whether text[from:] starts inside a number: a digit, or a separator after one, is before it.
func cutNumber(text string, from int) bool {
	if from == 0 {
		return false
	}
	c := text[from-1]
	if c >= '0' && c <= '9' {
		return true
	}
	sep := c == ',' || c == '.' || c == '\'' || c == ' ' || c == 0xA0 || c == 0xAF || c == 0x99 || c == 0x89 // last bytes of U+00A0, U+202F, U+2019, U+2009
	k := from - 1
	for k > 0 && text[k]&0xC0 == 0x80 {
		k--
	}
	return sep && k > 0 && text[k-1] >= '0' && text[k-1] <= '9'
}

func plausiblePay(s posting.Salary) bool {
	v := s.Min
	if v == 0 {
		v = s.Max
	}
	c := payCap(s.Currency)
	return v >= 10 && s.Max <= c && s.Min <= c && (s.Max == 0 || s.Max <= 10*s.Min || s.Min == 0)
}

// payContext reports whether a pay word is in before; FindSalary asks through a payMemo, the tests ask this.
func payContext(before string) bool {
	var p payMemo
	return p.context(before, 0, len(before))
}

// payMemo remembers where a pay word was last found in a text, text[from:to], to == 0 for nowhere.
// The windows read before one text's candidates overlap: one holding that place holds a pay word.
// (strings.ToLower lowers rune by rune, so the word is found in the window whichever way lowerWords lowers it.)
type payMemo struct{ from, to int }

// context reports whether payContext(text[from:to]) holds.
func (p *payMemo) context(text string, from, to int) bool {
	if p.to > 0 && from <= p.from && p.to <= to {
		return true
	}
	var buf [320]byte
	l, inPlace := lowerWordsInPlace(buf[:0], text[from:to])
	for _, w := range payWords {
		if i := bytes.Index(l, []byte(w)); i >= 0 {
			if inPlace {
				p.from, p.to = from+i, from+i+len(w)
			}
			return true
		}
	}
	return false
}
