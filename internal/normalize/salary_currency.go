package normalize

import (
	"sort"
	"strings"
)

// markProbes are the bytes whose IndexByte scans find every currency mark; each scan costs a pass over
// the whole text, so they are as few as cover the marks. A sign's probe is a byte rare in prose (its second
// byte; a scan for E2 would stop at every typographic quote): '$', 82 for the signs U+20A0–U+20BF and the
// "ł" of "zł", C2 for "£" and "¥". Five capitals are the least that hold a letter of each of the codes of
// the countries we read (USD EUR GBP CAD AUD CHF SEK NOK DKK INR PLN JPY BRL CZK HUF RON): D, F, K, P, R;
// N, H and L hold the other codes lexSalary reads (BGN CNY MXN NGN, UAH THB, ILS). A mark goes to the
// first probe it holds.
var markProbes = [...]byte{'$', 0x82, 0xC2, 'D', 'F', 'K', 'P', 'R', 'N', 'H', 'L'}

// currencyMarks are the currency signs and codes that start a pay candidate: every sign and code
// lexSalary reads (TestMarkGroupsHoldEveryMark checks that each holds a probe).
var currencyMarks = func() []string {
	marks := []string{"$"}
	for r := range currencySymbols {
		marks = append(marks, string(r))
	}
	for _, l := range letterSigns {
		marks = append(marks, l.sign)
	}
	for code := range currencyCodes {
		marks = append(marks, code)
	}
	var held []string
	for _, m := range marks {
		for _, p := range markProbes {
			if strings.IndexByte(m, p) >= 0 {
				held = append(held, m)
				break
			}
		}
	}
	sort.Strings(held)
	return held
}()

// groupMark is a currency mark whose group's probe byte is at offset in it; code marks an ISO code.
type groupMark struct {
	offset int
	mark   string
	code   bool
}

// codeAlone reports whether the three-letter code at text[s] is a word of its own: no letter follows it,
// and none is before it but the k or m of an amount ("120kEUR"). A code inside a word ("COMPENSATION"
// holds PEN) starts no candidate.
func codeAlone(text string, s int) bool {
	if s+3 < len(text) && isASCIILetter(text[s+3]) {
		return false
	}
	if s == 0 || !isASCIILetter(text[s-1]) {
		return true
	}
	c := text[s-1] | 0x20
	return (c == 'k' || c == 'm') && s >= 2 && text[s-2] >= '0' && text[s-2] <= '9'
}

// markGroup is currency marks that all hold one probe byte, found by an IndexByte scan for that byte.
//
// A probe is turned away without comparing any mark when the bytes beside it fit none of the group's marks:
// most probes are capitals in prose, followed by a lower-case letter, where every code has a capital.
type markGroup struct {
	probe      byte
	maxOffset  int // the greatest offset of the group's marks
	marks      []groupMark
	bare       bool      // a mark is the probe alone
	prev, next [256]bool // the bytes right before and after the probe in a mark
}

// markGroups hold every one of currencyMarks (TestMarkGroupsHoldEveryMark checks it).
var markGroups = func() (gs [len(markProbes)]markGroup) {
	for g, p := range markProbes {
		gs[g].probe = p
	}
	for _, m := range currencyMarks {
		for g := range gs {
			o := strings.IndexByte(m, gs[g].probe)
			if o < 0 {
				continue
			}
			gr := &gs[g]
			_, code := currencyCodes[m]
			gr.marks = append(gr.marks, groupMark{o, m, code})
			gr.maxOffset = max(gr.maxOffset, o)
			gr.bare = gr.bare || len(m) == 1
			if o > 0 {
				gr.prev[m[o-1]] = true
			}
			if o+1 < len(m) {
				gr.next[m[o+1]] = true
			}
			break
		}
	}
	return gs
}()

// find returns the offset of the first of the group's marks at or after off, or -1.
//
// A mark found at a later probe may start before one found at an earlier, by up to maxOffset bytes, so
// after a match the probes up to that distance further on are read too.
func (g *markGroup) find(text string, off int) int {
	best := -1
	for j := off; j < len(text); j++ {
		p := strings.IndexByte(text[j:], g.probe)
		if p < 0 {
			break
		}
		j += p
		if best >= 0 && j-g.maxOffset >= best {
			break
		}
		if !g.bare && !(j > 0 && g.prev[text[j-1]]) && !(j+1 < len(text) && g.next[text[j+1]]) {
			continue
		}
		for i := range g.marks {
			m := &g.marks[i]
			s := j - m.offset
			if s >= off && (best < 0 || s < best) && s+len(m.mark) <= len(text) && text[s:s+len(m.mark)] == m.mark &&
				(!m.code || codeAlone(text, s)) {
				best = s
			}
		}
	}
	return best
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
