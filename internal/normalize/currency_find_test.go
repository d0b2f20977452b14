package normalize

import (
	"slices"
	"strings"
	"testing"
)

// codeAloneByHand is codeAlone written out: a letter after the code, or a letter before it that is not
// the k or m suffix of a number, makes it part of a word.
func codeAloneByHand(s string, k int) bool {
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	if k+3 < len(s) && letter(s[k+3]) {
		return false
	}
	if k == 0 || !letter(s[k-1]) {
		return true
	}
	return strings.ContainsRune("kKmM", rune(s[k-1])) && k >= 2 && s[k-2] >= '0' && s[k-2] <= '9'
}

// indexCurrencyEach is the plain search currencyFinder replaces: every mark searched from off, a code
// only as a word of its own.
func indexCurrencyEach(s string, off int) int {
	best := -1
	for _, m := range currencyMarks {
		_, code := currencyCodes[m]
		for from := off; ; {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			k += from
			if code && !codeAloneByHand(s, k) {
				from = k + 1
				continue
			}
			if best < 0 || k < best {
				best = k
			}
			break
		}
	}
	return best
}

var currencyFindSeeds = []string{"", "$", "Salary $120,000 - $150,000 USD; EUR 80k or £70k, CHF 9 ₹ ¥ CAD AUD GBP",
	"D DD SD USDCADAUD \x82€ ‚ ₂€ ã£ å¥ “quotes” R P F UR EU GB CH", "€", "£", "¥", "SD", "\x82\xac",
	"USDUSD$$€€", "no pay stated here", "€ at the start and $ at the end $", "£1 £2 £3 GBPGBP ¥¥ ₹",
	// Probe letters and signs next to, inside and around marks: capitals in prose, codes overlapping.
	"AUSD EUSD USDU UUSD AUUD EURUSD CCAD CHCAD GGBP BGBP GBGBP CHCHF U C B", "AU", "EU", "GB", "C",
	"AUD", "EUR", "USD", "CAD", "CHF", "GBP", "U$D", "US$", "C$", "A$D", "\u00a0\u00a0£ \u00a0¥", "E\u20acUR",
	"\xe2\x82", "\xc2", "a\xe2\x82\xacb\xe2\x82\xb9c", "CAUD", "EUUR", "GBBP", "CHFF", "Benefits Canada UK Bonus",
	// The codes and signs of the other currencies, overlapping one another and the probes' capitals in prose.
	"SEK NOK DKK INR PLN JPY BRL CZK HUF RON SGD HKD ZAR zł Zł ZŁ Kč ₩ ₽ ₺ ₪ ₱ ₦ ₫ ₴ ₣", "DKKK", "USDKK", "GBPLN",
	"EURON", "SEKč", "JPYEN", "HUFF", "RRON", "KKES", "Data Files Kubernetes Python React", "z\xc5\x82", "\xc5\x82",
	"K\xc4", "Kč", "zł", "ł", "DK", "KK", "PL", "JP", "RO", "HU", "IN", "CZ", "KRWKES", "IDRON", "COMPENSATION", "EUROPE", "120kEUR", "120KUSD 5mSEK", "xmSEK", "USDx", "aUSD", "9USD9"}

// checkCurrencyFinder asks one finder for every offset, forward, as FindSalary does, and compares each answer.
func checkCurrencyFinder(t *testing.T, s string) {
	f := newCurrencyFinder(s)
	for off := 0; off <= len(s); off++ {
		got, want := f.next(off), indexCurrencyEach(s, off)
		if got != want {
			t.Fatalf("next(%d) in %q = %d, want %d", off, s, got, want)
		}
	}
	g := newCurrencyFinder(s) // and with jumps, as after a candidate that ends further on
	for off := 0; off <= len(s); off += 1 + off%7 {
		if got, want := g.next(off), indexCurrencyEach(s, off); got != want {
			t.Fatalf("jumping next(%d) in %q = %d, want %d", off, s, got, want)
		}
	}
}

func TestMarkGroupsHoldEveryMark(t *testing.T) {
	var held []string
	for _, g := range markGroups {
		for _, m := range g.marks {
			if len(m.mark) <= m.offset || m.mark[m.offset] != g.probe {
				t.Errorf("%q has no byte %#x at %d", m.mark, g.probe, m.offset)
			}
			if m.offset > g.maxOffset {
				t.Errorf("%q: offset %d is past the group's greatest, %d", m.mark, m.offset, g.maxOffset)
			}
			held = append(held, m.mark)
		}
	}
	if len(held) != len(currencyMarks) {
		t.Errorf("groups hold %q, want each of %q once", held, currencyMarks)
	}
	for _, m := range currencyMarks {
		if !slices.Contains(held, m) {
			t.Errorf("no group holds %q", m)
		}
	}
	// The currencies of the countries we read, and every code lexSalary reads, must each start a candidate.
	for _, m := range strings.Fields("$ € £ ¥ ₹ USD EUR GBP CAD AUD CHF SEK NOK DKK INR PLN JPY BRL CZK HUF RON zł Kč") {
		if !slices.Contains(currencyMarks, m) {
			t.Errorf("currencyMarks lack %q", m)
		}
	}
	for code := range currencyCodes {
		if !slices.Contains(currencyMarks, code) {
			t.Errorf("currencyMarks lack the code %q", code)
		}
	}
}

func TestCurrencyFinderMatchesSearch(t *testing.T) {
	for _, s := range currencyFindSeeds {
		checkCurrencyFinder(t, s)
	}
}

func FuzzCurrencyFinder(f *testing.F) {
	for _, s := range currencyFindSeeds {
		f.Add(s)
	}
	f.Fuzz(checkCurrencyFinder)
}
