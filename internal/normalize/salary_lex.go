package normalize

import (
	"strings"
	"unicode/utf8"
)

type salTokKind uint8

const (
	tokNumber salTokKind = iota + 1
	tokCurrency
	tokRange // "-", "–", "—", "〜", and the words that join two amounts (rangeWord)
	tokPlus
	tokWord
)

// salTok is one lexical token of a pay text; start and end are byte offsets.
type salTok struct {
	kind       salTokKind
	start, end int
	value      float64 // tokNumber: the amount with any suffix applied (k, m, 万, lakh...)
	suffix     float64 // tokNumber: the suffix multiplier (1 when none)
	text       string  // tokCurrency: ISO 4217 code; tokWord, tokRange: the word as written
}

// currencySymbols maps single currency signs to ISO 4217. A bare "$" is read as USD, the common case,
// unless a code or lettered dollar is written next to the amount (rangeAt's currencyPick).
var currencySymbols = map[rune]string{
	'$': "USD", '€': "EUR", '£': "GBP", '¥': "JPY", '₹': "INR", '₩': "KRW", '₽': "RUB",
	'₺': "TRY", '₪': "ILS", '₱': "PHP", '₦': "NGN", '₫': "VND", '₴': "UAH", '₣': "CHF",
	'円': "JPY", // no probe byte finds it in a description (markProbes): a salary field reads it
}

// rangeWord reports whether w, a word of ASCII letters, is one that joins two amounts into a range when it
// stands between them: "to", "and", "bis", "und", "et", "y", "a", "tot" ("entre 30.000 y 35.000 €",
// "R$ 8.000 a R$ 12.000", "€3.500 tot €4.500"); "à" is read with the non-ASCII runes. ASCII case is folded.
func rangeWord(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 'y' || c == 'a'
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return a == 't' && b == 'o' || a == 'e' && b == 't'
	case 3:
		a, b, c := w[0]|0x20, w[1]|0x20, w[2]|0x20
		return a == 'a' && b == 'n' && c == 'd' || a == 'b' && b == 'i' && c == 's' || a == 'u' && b == 'n' && c == 'd' ||
			a == 't' && b == 'o' && c == 't'
	}
	return false
}

// letterCurrencies are the currencies written as letters that are no ISO code, read only right before an
// amount (after an optional "." and spaces): "Rs. 8 lakhs", "RM 10,000"; elsewhere they are other words.
var letterCurrencies = [...]struct{ word, code string }{{"Rs", "INR"}, {"RS", "INR"}, {"RM", "MYR"}}

// letterCurrencyAt returns the code of letterCurrencies word w, whose letters end at s[j], and where its
// token ends, when an amount follows it.
func letterCurrencyAt(s string, w string, j int) (string, int) {
	if len(w) != 2 || w[0] != 'R' {
		return "", 0
	}
	for _, l := range letterCurrencies {
		if w != l.word {
			continue
		}
		end := j
		if end < len(s) && s[end] == '.' {
			end++
		}
		k := end
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			return l.code, end
		}
	}
	return "", 0
}

// letterSigns are the currency signs written as a Latin letter and a non-ASCII one.
var letterSigns = [...]struct{ sign, code string }{{"zł", "PLN"}, {"Zł", "PLN"}, {"ZŁ", "PLN"}, {"Kč", "CZK"}}

// letterSignAt returns the code of the letterSigns sign s starts with, when a letter does not follow it, and its length.
func letterSignAt(s string) (string, int) {
	for _, l := range letterSigns {
		if strings.HasPrefix(s, l.sign) && (len(s) == len(l.sign) || !isWordByte(s[len(l.sign)])) {
			return l.code, len(l.sign)
		}
	}
	return "", 0
}

// dollarPrefixes are the letters written before "$" to say which dollar ("CA$", "A$", "US$").
var dollarPrefixes = map[string]string{
	"US": "USD", "U": "USD", "USD": "USD", "CA": "CAD", "C": "CAD", "CAD": "CAD", "CAN": "CAD",
	"A": "AUD", "AU": "AUD", "AUD": "AUD", "NZ": "NZD", "NZD": "NZD", "S": "SGD", "SG": "SGD",
	"SGD": "SGD", "HK": "HKD", "HKD": "HKD", "R": "BRL", "MX": "MXN", "MXN": "MXN", "NT": "TWD",
}

// currencyCodes are the ISO 4217 codes recognized as words; only upper-case spellings count, so
// "try" and "all" stay words. PHP is left out: in job ads it is a programming language.
var currencyCodes = func() map[string]string {
	codes := map[string]string{"RMB": "CNY"}
	for _, c := range strings.Fields(`USD EUR GBP CAD AUD NZD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN UAH RUB TRY
		INR JPY CNY SGD HKD TWD KRW IDR MYR THB VND BRL MXN ARS CLP COP PEN ZAR NGN KES EGP AED SAR QAR ILS`) {
		codes[c] = c
	}
	return codes
}()

// currencyCode looks up a word of ASCII letters in currencyCodes, whose keys are all three capitals.
func currencyCode(w string) (string, bool) {
	if len(w) != 3 || w[0] > 'Z' {
		return "", false
	}
	code, ok := currencyCodes[w]
	return code, ok
}

// lexSalary splits a pay text into numbers, currencies, range separators and words, appended to toks.
func lexSalary(toks []salTok, s string) []salTok {
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
			if j < len(s) && s[j] >= utf8.RuneSelf {
				if code, n := letterSignAt(s[i:]); n > 0 {
					toks = append(toks, salTok{kind: tokCurrency, start: i, end: i + n, text: code})
					i += n
					continue
				}
			}
			// Every code is three capitals; the range words are compared folding ASCII case (w is letters only).
			if code, ok := currencyCode(w); ok {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: j, text: code})
			} else if rangeWord(w) {
				toks = append(toks, salTok{kind: tokRange, start: i, end: j, text: w})
			} else if code, end := letterCurrencyAt(s, w, j); end > 0 {
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
		case c < utf8.RuneSelf:
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				toks = append(toks, salTok{kind: tokWord, start: i, end: i + 1, text: s[i : i+1]})
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if code, ok := currencySymbols[r]; ok {
				toks = append(toks, salTok{kind: tokCurrency, start: i, end: i + size, text: code})
			} else if r == '–' || r == '—' || r == '‒' || r == '−' || r == '〜' || r == '～' {
				toks = append(toks, salTok{kind: tokRange, start: i, end: i + size})
			} else if r == 'à' {
				toks = append(toks, salTok{kind: tokRange, start: i, end: i + size, text: s[i : i+size]})
			} else if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				toks = append(toks, salTok{kind: tokWord, start: i, end: i + size, text: s[i : i+size]})
			}
			i += size
		}
	}
	return toks
}

// lexNumber reads an amount at s[i]: digit groups with "." "," "'" or thin-space separators and a suffix:
// k or m (also "45 k€" after a space), thousand, million, billion or bn, 万, lakh or crore (indianUnits, or
// "L" alone); a "no cents" dash after them is part of it ("100'000.–", "5.000,-").
//
// Separators follow locale rules: when both "." and "," appear the last one is the decimal mark;
// a single kind used more than once separates thousands; used once, it separates thousands when
// exactly three digits follow it ("120,000", "45.000") and is a decimal mark otherwise ("82,5k", "102.8K").
func lexNumber(s string, i int) salTok {
	start := i
	var groups [8]struct{ from, to int }
	var seps [8]byte
	ng := 0
	for ng < len(groups) {
		g := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		groups[ng].from, groups[ng].to = g, i
		ng++
		if i+1 >= len(s) {
			break
		}
		sep, w := s[i], 1
		if sep == 0xE2 && strings.HasPrefix(s[i:], "\u202f") || sep == 0xE2 && strings.HasPrefix(s[i:], "\u2009") {
			sep, w = ' ', 3
		} else if sep == 0xE2 && strings.HasPrefix(s[i:], "\u2019") { // "100’000": the Swiss apostrophe, typeset
			sep, w = '\'', 3
		} else if sep == 0xC2 && strings.HasPrefix(s[i:], "\u00a0") {
			sep, w = ' ', 2
		}
		if sep != '.' && sep != ',' && sep != '\'' && sep != ' ' || i+w >= len(s) || s[i+w] < '0' || s[i+w] > '9' {
			break
		}
		seps[ng-1] = sep
		i += w
	}
	// Decide which separator, if any, is the decimal mark.
	dec := byte(0)
	if ng > 1 {
		last := seps[ng-2]
		mixed := false
		count := 0
		for k := 0; k < ng-1; k++ {
			if seps[k] != last {
				mixed = true
			}
			if seps[k] == last {
				count++
			}
		}
		lastLen := groups[ng-1].to - groups[ng-1].from
		switch {
		case mixed && (last == '.' || last == ','):
			dec = last
		case !mixed && count == 1 && lastLen != 3 && (last == '.' || last == ','):
			dec = last
		}
	}
	var v float64
	frac := 0.0
	scale := 1.0
	for k := 0; k < ng; k++ {
		isFrac := dec != 0 && k == ng-1
		for p := groups[k].from; p < groups[k].to; p++ {
			d := float64(s[p] - '0')
			if isFrac {
				scale /= 10
				frac += d * scale
			} else {
				v = v*10 + d
			}
		}
	}
	v += frac
	mult := 1.0
	// "100'000.– bis", "5.000,- €": the Swiss and German dash for no cents is part of the amount.
	if i+1 < len(s) && (s[i] == '.' || s[i] == ',') {
		if d := dashAt(s[i+1:]); d > 0 && (i+1+d == len(s) || s[i+1+d] < '0' || s[i+1+d] > '9') {
			i += 1 + d
		}
	}
	if i < len(s) {
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch s[i] {
		case 'k', 'K':
			if !isASCIILetter(next) {
				mult, i = 1e3, i+1
			}
		case 'm', 'M':
			if !isASCIILetter(next) {
				mult, i = 1e6, i+1
			} else if (next == 'm' || next == 'M') && (i+2 >= len(s) || !isASCIILetter(s[i+2])) {
				mult, i = 1e6, i+2
			}
		case ' ':
			if rest := s[i+1:]; hasPrefixFold(rest, "thousand") {
				mult, i = 1e3, i+9
			} else if hasPrefixFold(rest, "million") {
				mult, i = 1e6, i+8
			} else if hasPrefixFold(rest, "billion") {
				mult, i = 1e9, i+8
			} else if len(rest) > 0 && rest[0]|0x20 == 'k' && thousandAfter(rest[1:]) {
				mult, i = 1e3, i+2 // "45 k€", "55 K€"
			} else if m, n := indianUnitAt(rest); m > 0 {
				mult, i = m, i+1+n
			}
		case 'l', 'L', 'c', 'C':
			if m, n := indianUnitAt(s[i:]); m > 0 {
				mult, i = m, i+n
			} else if s[i]|0x20 == 'l' && !isASCIILetter(next) {
				mult, i = 1e5, i+1 // "₹8L": a lakh, undone like the others after another currency
			}
		case 'b', 'B':
			if next == 'n' && (i+2 >= len(s) || !isASCIILetter(s[i+2])) {
				mult, i = 1e9, i+2 // "$20bn"
			}
		case 0xE4: // "600万": 万, ten thousand, in Japanese and Chinese
			if strings.HasPrefix(s[i:], "万") {
				mult, i = 1e4, i+len("万")
			}
		}
	}
	return salTok{kind: tokNumber, start: start, end: i, value: v * mult, suffix: mult}
}

// thousandAfter reports whether s, the text after a "k" written apart from its amount, lets it be a thousand:
// s starts with no letter or digit, unless with a currency sign ("45 k€"; "80 000 Kč" is a koruna).
func thousandAfter(s string) bool {
	if len(s) == 0 {
		return true
	}
	if c := s[0]; c < utf8.RuneSelf {
		return !isASCIILetter(c) && (c < '0' || c > '9')
	}
	r, _ := utf8.DecodeRuneInString(s)
	_, ok := currencySymbols[r]
	return ok
}

// dashAt returns the length of the dash s starts with ("-", "–"), or 0.
func dashAt(s string) int {
	if s[0] == '-' {
		return 1
	}
	if strings.HasPrefix(s, "–") {
		return len("–")
	}
	return 0
}

// indianUnits are the Indian number words written after an amount ("12 lakhs", "1.5 Cr").
var indianUnits = [...]struct {
	word string
	mult float64
}{{"lakhs", 1e5}, {"lakh", 1e5}, {"lacs", 1e5}, {"lac", 1e5}, {"crores", 1e7}, {"crore", 1e7}, {"cr", 1e7}}

// indianUnitAt returns the multiplier of the Indian unit s starts with as a whole word and the bytes it
// spans. "LPA" (lakh per annum) gives a lakh and spans nothing, leaving the word to be read as the period.
func indianUnitAt(s string) (float64, int) {
	if hasPrefixFold(s, "lpa") && (len(s) == 3 || !isASCIILetter(s[3])) {
		return 1e5, 0
	}
	for _, u := range indianUnits {
		if hasPrefixFold(s, u.word) && (len(s) == len(u.word) || !isASCIILetter(s[len(u.word)])) {
			return u.mult, len(u.word)
		}
	}
	return 0, 0
}
