package normalize

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unsafe"

	"github.com/career-copilot/copilot/internal/posting"
)

// incentiveWords mark an amount as a bonus, perk or one-off payment rather than the pay (matched as word prefixes).
var incentiveWords = []string{"bonus", "stipend", "referral", "relocation", "reimburs", "equity", "sign-on", "signing",
	"incentive", "allowance", "additional", "credit", "voucher", "gift", "budget", "wellness", "internet", "funding",
	"funded", "raised", "revenue", "valuation"}

// clauseStops end the words read after an amount: what follows them is about something else ("$90k + equity").
var clauseStops = []string{"and", "or", "plus", "with", "including", "includes", "excluding", "not"}

// incentiveAfter reports whether the words right after an amount say it is a bonus or a per-task incentive.
func incentiveAfter(after string) bool {
	var buf [48]byte
	l := lowerWords(buf[:0], after)
	if k := bytes.IndexAny(l, "\n+,;("); k >= 0 {
		l = l[:k]
	}
	if k := bytes.Index(l, []byte(". ")); k >= 0 {
		l = l[:k]
	}
	var ws [24]span
	words := clauseWords(ws[:0], l)
	if len(words) > 5 {
		words = words[:5]
	}
	for i, w := range words {
		if isClauseStop(w.of(l)) {
			words = words[:i]
			break
		}
	}
	// "$100 for every 10 rides", "$5 per delivery": paid per task, not per period (a period was read already).
	if len(words) > 0 && string(words[0].of(l)) == "per" || len(words) > 1 && string(words[0].of(l)) == "for" &&
		(string(words[1].of(l)) == "every" || string(words[1].of(l)) == "each") {
		return true
	}
	return hasIncentive(l, words)
}

// incentiveBefore reports whether the last words of the clause before an amount say it is a bonus ("sign-on bonus of").
func incentiveBefore(before string) bool {
	var buf [48]byte
	l := lowerWords(buf[:0], before)
	if k := bytes.LastIndexByte(l, '\n'); k >= 0 {
		l = l[k+1:]
	}
	if k := bytes.LastIndex(l, []byte(". ")); k >= 0 {
		l = l[k+2:]
	}
	var ws [24]span
	words := clauseWords(ws[:0], l)
	return hasIncentive(l, words[max(0, len(words)-5):])
}

// lowerWords appends s to dst lower-cased for finding ASCII words in it, as strings.ToLower would find
// them. Lowering the ASCII letters alone does, and keeps the bytes in place, unless s holds one of the
// two letters ToLower turns into ASCII ("İ" into "i", the Kelvin sign into "k"): then s is lowered whole.
func lowerWords(dst []byte, s string) []byte {
	dst, _ = lowerWordsInPlace(dst, s)
	return dst
}

// lowerWordsInPlace is lowerWords, also reporting whether every byte of s kept its offset (s was not lowered whole).
func lowerWordsInPlace(dst []byte, s string) ([]byte, bool) {
	if strings.Contains(s, "İ") || strings.Contains(s, "\u212a") {
		return append(dst, strings.ToLower(s)...), false
	}
	n := len(dst)
	dst = append(dst, s...)
	lowerASCII(dst[n:])
	return dst, true
}

// lowerASCII lower-cases the ASCII letters of b in place, eight bytes a step.
func lowerASCII(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// A byte is upper-case ASCII when its low seven bits are in 'A'..'Z' and its top bit is clear.
		h := x & 0x7f7f7f7f7f7f7f7f
		ge := h + 0x3f3f3f3f3f3f3f3f // top bit set when the low bits are >= 'A' (0x41)
		gt := h + 0x2525252525252525 // top bit set when the low bits are > 'Z' (0x5a)
		m := ge &^ gt &^ x & 0x8080808080808080
		if m != 0 {
			binary.LittleEndian.PutUint64(b[i:], x|m>>2)
		}
	}
	for ; i < len(b); i++ {
		b[i] = lowerByte(b[i])
	}
}

// span is where a word lies in its text; spans, unlike slices of the text, keep a text on the stack.
type span struct{ from, to int }

func (w span) of(s []byte) []byte { return s[w.from:w.to] }

// clauseWords appends the runs of lower-case letters and hyphens of s to dst.
func clauseWords(dst []span, s []byte) []span {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] == '-') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = append(dst, span{start, i})
			start = -1
		}
	}
	return dst
}

func isClauseStop(w []byte) bool {
	for _, c := range clauseStops {
		if string(w) == c {
			return true
		}
	}
	return false
}

func hasIncentive(s []byte, words []span) bool {
	for i, w := range words {
		if hasPrefix(w.of(s), "stipendi") { // Italian "stipendio", the salary, is no stipend
			continue
		}
		if i > 0 && hasPrefix(w.of(s), "develop") && string(words[i-1].of(s)) == "professional" {
			return true // a professional development budget
		}
		for _, p := range incentiveWords {
			if hasPrefix(w.of(s), p) {
				return true
			}
		}
	}
	return false
}

// yearWords say a paragraph states yearly amounts; "annual" also covers "annually" and "annualized".
var yearWords = []string{"annual", "per year", "yearly", "per annum", "年収", "年薪"}

// salaryWords say a paragraph is about the base pay rather than bonuses or revenue.
var salaryWords = []string{"salary", "base pay", "compensation", "年収", "年薪"} // 年収, 年薪: yearly pay

// periodNear finds the period of an amount at text[start:end] that states none right after it.
//
// A period phrase later in the amount's clause (clauseEnd: not in the next sentence, after another amount or
// in an aside) counts, except "year": a yearly word is trusted only for an amount of at least 10,000 in a
// sentence about salary, so "$26 - $28" is never made yearly by a guess. An aside that starts with a period
// ("(per annum)") states it.
func periodNear(text string, start, end int, s posting.Salary) string {
	sentenceStart := clauseStart(text, start)
	clause, aside := clauseEnd(text, end)
	var buf [60]byte
	after := append(buf[:0], text[end:min(clause, end+60)]...)
	lowerASCII(after)
	p := findPeriod(unsafe.String(unsafe.SliceData(after), len(after)))
	if p == "" {
		p = aside
	}
	if p != "" && p != posting.PeriodYear {
		return p
	}
	if p == "" { // "Hourly Rate: $45": a period word earlier in the amount's sentence
		var bbuf [60]byte
		before := append(bbuf[:0], text[max(sentenceStart, start-60):start]...)
		lowerASCII(before)
		if b := periodBefore(unsafe.String(unsafe.SliceData(before), len(before))); b != "" {
			return b
		}
	}
	v := s.Min
	if v == 0 {
		v = s.Max
	}
	if v < 10000 {
		return ""
	}
	if aside == posting.PeriodYear {
		return aside
	}
	var pbuf [1024]byte // a longer sentence is lowered on the heap
	para := append(pbuf[:0], text[sentenceStart:clause]...)
	lowerASCII(para)
	if containsAnyBytes(para, salaryWords) && containsAnyBytes(para, yearWords) {
		return posting.PeriodYear
	}
	return ""
}

// periodBefore returns the period of the periodPhrases phrase nearest the end of lower-cased l but "year",
// read as a whole word as findPeriod reads it: not after a count of working time or "bi-"; "" when none.
func periodBefore(l string) string {
	for p := len(l) - 1; p >= 0; p-- {
		c := l[p]
		if c != '/' && p > 0 && isASCIILetter(l[p-1]) || len(periodsByFirst[c]) == 0 {
			continue
		}
		if ph, _ := periodPhraseAt(l[p:]); ph != "" && ph != posting.PeriodYear && !scheduleBefore(l[:p]) && !everyOther(l[:p]) {
			return ph
		}
	}
	return ""
}

func containsAnyBytes(s []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(s, []byte(w)) {
			return true
		}
	}
	return false
}
