package normalize

import "strings"

// currencyMarks are the currency signs and codes that start a pay candidate.
var currencyMarks = [...]string{"$", "€", "£", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "₹", "¥"}

// groupMark is a currency mark whose group's probe byte is at offset in it.
type groupMark struct {
	offset int
	mark   string
}

// markGroup is currency marks that all hold one probe byte, found by an IndexByte scan for that byte.
// Each group costs a scan of the whole text, so the groups are as few as the marks allow: six. A sign's
// probe is a byte rare in prose (its second byte; a scan for E2 would stop at every typographic quote).
// "£" and "¥" share theirs, C2. The codes need three probes, their letters being disjoint for EUR, GBP
// and CHF: 'U' (USD, AUD, EUR), 'C' (CAD, CHF) and 'B' (GBP), the rarer capitals in the captured ads.
// A group's marks are listed by falling offset, so that of two marks matched at one probe the earlier is taken.
type markGroup struct {
	probe     byte
	minOffset int // the least offset of the group's marks
	marks     []groupMark
}

// markGroups hold every one of currencyMarks (TestMarkGroupsHoldEveryMark checks it).
var markGroups = [...]markGroup{
	{'$', 0, []groupMark{{0, "$"}}},
	{0x82, 1, []groupMark{{1, "€"}, {1, "₹"}}}, // E2 82 AC, E2 82 B9
	{0xC2, 0, []groupMark{{0, "£"}, {0, "¥"}}}, // C2 A3, C2 A5
	{'U', 0, []groupMark{{1, "AUD"}, {1, "EUR"}, {0, "USD"}}},
	{'C', 0, []groupMark{{0, "CAD"}, {0, "CHF"}}},
	{'B', 1, []groupMark{{1, "GBP"}}},
}

// find returns the offset of the first of the group's marks at or after off, or -1.
//
// Probes are met in order, and a mark found at a later probe never starts before one found at an earlier:
// that would need two offsets in one group more than one apart, and every group's offsets are within one.
func (g *markGroup) find(text string, off int) int {
	for j := off + g.minOffset; j < len(text); j++ {
		p := strings.IndexByte(text[j:], g.probe)
		if p < 0 {
			return -1
		}
		j += p
		for i := range g.marks {
			m := &g.marks[i]
			// Most probes are capitals or no-break spaces in prose: a byte of the mark beside the probe,
			// compared first, turns them away without a call to compare the whole mark.
			c := 0
			if m.offset == 0 && len(m.mark) > 1 {
				c = 1
			}
			s := j - m.offset
			if s >= off && s+len(m.mark) <= len(text) && text[s+c] == m.mark[c] && text[s:s+len(m.mark)] == m.mark {
				return s
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
