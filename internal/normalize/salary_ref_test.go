package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The pay-context helpers lower-cased their windows with strings.ToLower and split words with
// strings.FieldsFunc; the versions below are those, kept as the reference the stack-buffer ones are
// compared with.

func payContextByToLower(before string) bool {
	l := strings.ToLower(before)
	for _, w := range payWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func incentiveAfterByToLower(after string) bool {
	l := strings.ToLower(after)
	if k := strings.IndexAny(l, "\n+,;("); k >= 0 {
		l = l[:k]
	}
	if k := strings.Index(l, ". "); k >= 0 {
		l = l[:k]
	}
	words := fieldWords(l)
	if len(words) > 5 {
		words = words[:5]
	}
	for i, w := range words {
		if slices.Contains(clauseStops, w) {
			words = words[:i]
			break
		}
	}
	if len(words) > 0 && words[0] == "per" || len(words) > 1 && words[0] == "for" && (words[1] == "every" || words[1] == "each") {
		return true
	}
	return hasIncentiveWord(words)
}

func incentiveBeforeByToLower(before string) bool {
	l := strings.ToLower(before)
	if k := strings.LastIndexByte(l, '\n'); k >= 0 {
		l = l[k+1:]
	}
	if k := strings.LastIndex(l, ". "); k >= 0 {
		l = l[k+2:]
	}
	words := fieldWords(l)
	return hasIncentiveWord(words[max(0, len(words)-5):])
}

func fieldWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
}

func hasIncentiveWord(words []string) bool {
	for i, w := range words {
		if strings.HasPrefix(w, "stipendi") {
			continue
		}
		if i > 0 && strings.HasPrefix(w, "develop") && words[i-1] == "professional" {
			return true
		}
		for _, p := range incentiveWords {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// periodAtByList is periodAt trying every filler and phrase in turn on an allocated lower-case copy.
func periodAtByList(s string) (string, int) {
	orig := s[:min(len(s), 40)]
	s = asciiLower(orig)
	n := len(s)
	s = strings.TrimLeft(s, " ")
	for k := 0; k < 3; k++ {
		w := fillerByList(s)
		if w == 0 {
			break
		}
		s = strings.TrimLeft(s[w:], " ")
	}
	whole := func(s, p string) bool {
		return strings.HasPrefix(s, p) && (len(s) == len(p) || !isASCIILetter(s[len(p)]) && s[len(p)] < utf8.RuneSelf)
	}
	for _, p := range periodPhrases {
		if strings.HasPrefix(s, p.phrase) && (len(s) == len(p.phrase) || !isASCIILetter(s[len(p.phrase)])) {
			return p.period, n - len(s) + len(p.phrase)
		}
	}
	for _, p := range adjacentPeriods {
		if o := orig[n-len(s):]; whole(o, p.phrase) {
			return p.period, n - len(s) + len(p.phrase)
		}
	}
	if r, ok := strings.CutPrefix(s, "/"); ok {
		r = strings.TrimLeft(r, " ")
		for _, p := range periodPhrases {
			if p.phrase[0] != '/' && strings.HasPrefix(r, p.phrase) && (len(r) == len(p.phrase) || !isASCIILetter(r[len(p.phrase)])) {
				return p.period, n - len(r) + len(p.phrase)
			}
		}
		for _, p := range periodUnits {
			if whole(r, p.phrase) {
				return p.period, n - len(r) + len(p.phrase)
			}
		}
	}
	return "", 0
}

// fillerByList returns the length of the currency sign, code or filler word lower-cased s starts with, or 0.
func fillerByList(s string) int {
	if strings.HasPrefix(s, "zł") {
		return len("zł")
	}
	for r := range currencySymbols {
		if strings.HasPrefix(s, string(r)) {
			return utf8.RuneLen(r)
		}
	}
	w := strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 || !isASCIILetter(byte(r)) })
	if w < 0 {
		w = len(s)
	}
	if _, ok := currencyCodes[strings.ToUpper(s[:w])]; ok && w == 3 {
		return 3
	}
	if slices.Contains(periodFillers, s[:w]) {
		return w
	}
	return 0
}

// salaryContextSeeds hold the words each helper looks for, in both cases, beside the two non-ASCII
// letters strings.ToLower turns into ASCII, invalid UTF-8 and periods behind codes and spaces.
var salaryContextSeeds = []string{"", "Base Salary: $120k", "COMPENSATİON $1", "SIGN-ON BONUS of $5,000", "$5 per delivery",
	"$100 for every 10 rides", "$90k + equity", "$90k and equity", "Relocation. $4", "EARN\nup to $30", "\u212aote $9",
	"  USD  per Hour", "/HR", "a YEAR,", "p.a.", "usd eur per annum", "pro Jahr", "\xffrate\xc4", "İi pay", "Wage\u00a0$20",
	"reimbursement available; $300", "per", "for each", "annually-ish", "/y2", "/ y"}

func checkSalaryContext(t *testing.T, text string) {
	for off := 0; off <= len(text); off += 1 + off%11 {
		for _, n := range []int{48, 160} {
			w := text[off:min(len(text), off+n)]
			if got, want := payContext(w), payContextByToLower(w); got != want {
				t.Fatalf("payContext(%q) = %v, want %v", w, got, want)
			}
			if got, want := incentiveAfter(w), incentiveAfterByToLower(w); got != want {
				t.Fatalf("incentiveAfter(%q) = %v, want %v", w, got, want)
			}
			b := text[max(0, len(w)+off-n):off]
			if got, want := incentiveBefore(b), incentiveBeforeByToLower(b); got != want {
				t.Fatalf("incentiveBefore(%q) = %v, want %v", b, got, want)
			}
		}
		gp, gn := periodAt(text[off:])
		if wp, wn := periodAtByList(text[off:]); gp != wp || gn != wn {
			t.Fatalf("periodAt(%q) = %q, %d; want %q, %d", text[off:min(len(text), off+40)], gp, gn, wp, wn)
		}
	}
}

func TestSalaryContextMatchesToLower(t *testing.T) {
	for _, s := range salaryContextSeeds {
		checkSalaryContext(t, s)
	}
}

func FuzzSalaryContext(f *testing.F) {
	for _, s := range scanSeeds(f, salaryContextSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkSalaryContext)
}

// asciiLower lower-cases ASCII letters only, so byte offsets into s stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
