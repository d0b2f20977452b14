package normalize

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/career-copilot/copilot/internal/posting"
)

// The versions below are what FindSalary's helpers were before they were made cheaper, kept as the
// reference the new ones are compared with: lowerWords appended a byte at a time, periodNear lowered
// its windows with asciiLower on the heap, and
// lexSalary looked every word up in currencyCodes and compared it with "to" and "and" by strings.EqualFold.

func lowerWordsByByte(dst []byte, s string) []byte {
	if strings.Contains(s, "İ") || strings.Contains(s, "\u212a") {
		return append(dst, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		dst = append(dst, lowerByte(s[i]))
	}
	return dst
}

func periodNearByAlloc(text string, start, end int, s posting.Salary) string {
	sentenceStart := clauseStart(text, start)
	clause, aside := clauseEnd(text, end)
	p := findPeriod(asciiLower(text[end:min(clause, end+60)]))
	if p == "" {
		p = aside
	}
	if p != "" && p != posting.PeriodYear {
		return p
	}
	if p == "" {
		if b := periodBeforeByList(asciiLower(text[max(sentenceStart, start-60):start])); b != "" {
			return b
		}
	}
	v := s.Min
	if v == 0 {
		v = s.Max
	}
	if v >= 10000 && aside == posting.PeriodYear {
		return aside
	}
	para := asciiLower(text[sentenceStart:clause])
	if v >= 10000 && containsAny(para, salaryWords) && containsAny(para, yearWords) {
		return posting.PeriodYear
	}
	return ""
}

// periodBeforeByList tries every phrase at every offset of l from its end.
func periodBeforeByList(l string) string {
	for p := len(l) - 1; p >= 0; p-- {
		for _, ph := range periodPhrases {
			e := p + len(ph.phrase)
			if ph.period == posting.PeriodYear || !strings.HasPrefix(l[p:], ph.phrase) || e < len(l) && isASCIILetter(l[e]) ||
				p > 0 && isASCIILetter(l[p-1]) && ph.phrase[0] != '/' || scheduleBefore(l[:p]) || everyOther(l[:p]) {
				continue
			}
			return ph.period
		}
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

func lexSalaryByMap(toks []salTok, s string) []salTok {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			t := lexNumber(s, i)
			toks = append(toks, t)
			i = t.end
		case isASCIILetter(c):
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			w := s[i:j]
			if j < len(s) && s[j] == '$' {
				if code, ok := dollarPrefixes[strings.ToUpper(w)]; ok {
					toks = append(toks, salTok{kind: tokCurrency, start: i, end: j + 1, text: code})
					i = j + 1
					continue
				}
			}
			if code, n := letterSignByList(s[i:]); n > 0 {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: i + n, text: code})
				i += n
				continue
			}
			if code, ok := currencyCodes[w]; ok {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: j, text: code})
			} else if slices.ContainsFunc([]string{"to", "and", "bis", "und", "et", "y", "a", "tot"}, func(c string) bool { return strings.EqualFold(w, c) }) {
				toks = append(toks, salTok{kind: tokRange, start: i, end: j, text: w})
			} else if code, end := letterCurrencyByList(s, w, j); end > 0 {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: end, text: code})
				j = end
			} else {
				toks = append(toks, salTok{kind: tokWord, start: i, end: j, text: w})
			}
			i = j
		case c == '-' || c == '~':
			toks = append(toks, salTok{kind: tokRange, start: i, end: i + 1})
			i++
		case c == '+':
			toks = append(toks, salTok{kind: tokPlus, start: i, end: i + 1})
			i++
		case c == '$':
			toks = append(toks, salTok{kind: tokCurrency, start: i, end: i + 1, text: "USD"})
			i++
		case c < 0x80:
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				toks = append(toks, salTok{kind: tokWord, start: i, end: i + 1, text: s[i : i+1]})
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if code, ok := currencySymbols[r]; ok {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: i + size, text: code})
			} else if strings.ContainsRune("–—‒−〜～", r) {
				toks = append(toks, salTok{kind: tokRange, start: i, end: i + size})
			} else if r == 'à' {
				toks = append(toks, salTok{kind: tokRange, start: i, end: i + size, text: "à"})
			} else if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				toks = append(toks, salTok{kind: tokWord, start: i, end: i + size, text: s[i : i+size]})
			}
			i += size
		}
	}
	return toks
}

// letterCurrencyByList reads "Rs", "RS" or "RM" as a currency when an amount follows it, after an optional
// "." and spaces.
func letterCurrencyByList(s, w string, j int) (string, int) {
	code := map[string]string{"Rs": "INR", "RS": "INR", "RM": "MYR"}[w]
	if code == "" {
		return "", 0
	}
	end := j
	if strings.HasPrefix(s[j:], ".") {
		end++
	}
	if rest := strings.TrimLeft(s[end:], " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return code, end
	}
	return "", 0
}

// letterSignByList reads a letter sign ("zł", "Kč") at the start of s when no letter follows it.
func letterSignByList(s string) (string, int) {
	for _, l := range letterSigns {
		if rest, ok := strings.CutPrefix(s, l.sign); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || r < 0x80 && !isASCIILetter(byte(r)) {
				return l.code, len(l.sign)
			}
		}
	}
	return "", 0
}

// salaryFastSeeds are the edges of the new helpers: upper case in and across eight-byte steps, the two
// letters strings.ToLower turns into ASCII, invalid UTF-8, codes and words in every case, long lines.
var salaryFastSeeds = []string{"", "A", "Z@[`{", "SALARY RANGE: $120,000 TO $150,000 PER YEAR", "prepay $5",
	"COMPENSATİON $1", "\u212aote $9 earn", "Gehalt: 50.000 EUR BRUTTO/JAHR", "\xffrate\xc4 $40 /HR", "usd Usd USD usdx",
	"$90K AND EQUITY", "To tO and AnD andy", "RMB 30,000 per MONTH", "A$120 CA$ 90 nz$1", "€40.000 – €50.000 Annually",
	"Base Salary\nThe annual base salary for this role is $150,000 - $190,000\nbonus", "$26 - $28 PER HOUR\n",
	"Remuneration " + strings.Repeat("WORDS and words ", 40) + "$120,000 - $140,000 Annual Salary",
	"\u212a\u212a $20 A WEEK", "İ$30 / An Hour", "$1\xe2\x82", "\xe2\x80\x94$5",
	// Lowered whole, these windows move the pay word: a payMemo must not take its place from them.
	"60.000 BIS 75.000 zł brutto", "Kč 5 zła ZŁ 7 Zł\xff", "bisque 5 bis",
	"İİİİİİİİ pay xxxxxxxxxxxxxxxxxxxx $40", "\u212a\u212a\u212a\u212a\u212a\u212a xxxxxxxx Salary xxxxxxxx $40"}

func checkSalaryFast(t *testing.T, text string) {
	checkPayMemo(t, text)
	for off := 0; off <= len(text); off += 1 + off%7 + len(text)/256 {
		for _, n := range []int{0, 7, 8, 9, 48, 160, 320} {
			w := text[off:min(len(text), off+n)]
			if got, want := payContext(w), payContextByToLower(w); got != want {
				t.Fatalf("payContext(%q) = %v, want %v", w, got, want)
			}
			if got, want := lowerWords([]byte("x"), w), lowerWordsByByte([]byte("x"), w); !bytes.Equal(got, want) {
				t.Fatalf("lowerWords(%q) = %q, want %q", w, got, want)
			}
			if got, want := lexSalary(nil, w), lexSalaryByMap(nil, w); !slices.Equal(got, want) {
				t.Fatalf("lexSalary(%q) = %v, want %v", w, got, want)
			}
			end := min(len(text), off+n)
			for _, s := range []posting.Salary{{Min: 26}, {Max: 20000}, {Min: 120000, Max: 150000}} {
				if got, want := periodNear(text, off, end, s), periodNearByAlloc(text, off, end, s); got != want {
					t.Fatalf("periodNear(%q, %d, %d, %v) = %q, want %q", text, off, end, s, got, want)
				}
			}
		}
	}
}

// checkPayMemo reads windows ending at every few offsets of a text with one payMemo, as FindSalary does,
// the 160- and 320-byte ones in turn so that a window may start before the last; each answer is compared
// with the search of that window alone.
func checkPayMemo(t *testing.T, text string) {
	var p payMemo
	step := 1 + len(text)/256 // long texts are sampled, as in checkSalaryFast
	for off := 0; off <= len(text); off += step + off%5 {
		for _, n := range []int{160, 320, 12, 0} {
			from := max(0, off-n)
			if got, want := p.context(text, from, off), payContextByToLower(text[from:off]); got != want {
				t.Fatalf("payMemo%v.context(%q, %d, %d) = %v, want %v", p, text, from, off, got, want)
			}
		}
		// A memo taken from the 320 bytes before off, asked about each short window inside them.
		var whole payMemo
		whole.context(text, max(0, off-320), off)
		for from := max(0, off-320); from < off; from += step + from%3 {
			q, to := whole, min(off, from+16)
			if got, want := q.context(text, from, to), payContextByToLower(text[from:to]); got != want {
				t.Fatalf("payMemo%v.context(%q, %d, %d) = %v, want %v", whole, text, from, to, got, want)
			}
		}
	}
}

func TestSalaryFastMatchesReference(t *testing.T) {
	for _, s := range salaryFastSeeds {
		checkSalaryFast(t, s)
	}
	checkSalaryFast(t, strings.Repeat("Salary Per Year ", 80)) // a line longer than periodNear's stack buffer
}

func FuzzSalaryFast(f *testing.F) {
	for _, s := range scanSeeds(f, salaryFastSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkSalaryFast)
}
