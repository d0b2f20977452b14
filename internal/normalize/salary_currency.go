package normalize

import "strings"

// currencyMarks are the currency signs and codes that start a pay candidate.
var currencyMarks = [...]string{"$", "€", "£", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "₹", "¥"}

// markGroup is currency marks that all have one probe byte at the same offset, found by an IndexByte
// scan for that byte. Probes are bytes rare in prose (a code's last letter, a sign's second byte):
// a scan for a mark's first byte would stop at every capital C or A and every typographic quote (E2 80 ..).
// "£" and "¥" share theirs, C2, which leads only Latin-1 signs and the no-break space: one scan for both.
type markGroup struct {
	probe  byte
	offset int
	marks  []string
}

// markGroups hold every one of currencyMarks (TestMarkGroupsHoldEveryMark checks it).
var markGroups = [...]markGroup{
	{'$', 0, []string{"$"}},
	{0x82, 1, []string{"€", "₹"}}, // E2 82 AC, E2 82 B9
	{0xC2, 0, []string{"£", "¥"}}, // C2 A3, C2 A5
	{'D', 2, []string{"USD", "CAD", "AUD"}},
	{'R', 2, []string{"EUR"}},
	{'P', 2, []string{"GBP"}},
	{'F', 2, []string{"CHF"}},
}

// find returns the offset of the first of the group's marks at or after off, or -1.
func (g *markGroup) find(text string, off int) int {
	for j := off + g.offset; j < len(text); j++ {
		p := strings.IndexByte(text[j:], g.probe)
		if p < 0 {
			return -1
		}
		j += p
		for _, m := range g.marks {
			if strings.HasPrefix(text[j-g.offset:], m) {
				return j - g.offset
			}
		}
	}
	return -1
}

// currencyFinder returns the currency marks of a text in order, searching the text for each group only
// when the scan has passed its last known place, instead of every mark from every offset.
type currencyFinder struct {
	text string
	at   [len(markGroups)]int // where the group's next mark starts at or after from[g], or -1 for nowhere
	from [len(markGroups)]int // the offset at[g] was searched from; len(text)+1 before any search
}

func newCurrencyFinder(text string) currencyFinder {
	f := currencyFinder{text: text}
	for g := range f.from {
		f.from[g] = len(text) + 1
	}
	return f
}

// next returns the offset of the first currency mark at or after off, or -1.
func (f *currencyFinder) next(off int) int {
	best := -1
	for g := range markGroups {
		if f.from[g] > off || f.at[g] >= 0 && f.at[g] < off {
			f.from[g], f.at[g] = off, markGroups[g].find(f.text, off)
		}
		if k := f.at[g]; k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}
