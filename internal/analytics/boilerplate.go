package analytics

import (
	"strings"

	"github.com/career-copilot/copilot/internal/store"
)

// boilerplateMin is how many of one company's postings must share a paragraph before it counts as
// boilerplate (an equal-opportunity or recruiting-process statement), and boilerplateShare the share.
const (
	boilerplateMin   = 3
	boilerplateShare = 0.5
)

// boilerplate finds, per company, the paragraphs repeated word for word in most of its postings.
func boilerplate(ps []store.MarketFact) map[string]map[string]bool {
	counts := map[string]map[string]int{}
	postings := map[string]int{}
	for _, p := range ps {
		postings[p.CompanyKey]++
		seen := map[string]bool{}
		for _, para := range paragraphs(p.Text) {
			if seen[para] {
				continue
			}
			seen[para] = true
			if counts[p.CompanyKey] == nil {
				counts[p.CompanyKey] = map[string]int{}
			}
			counts[p.CompanyKey][para]++
		}
	}
	out := map[string]map[string]bool{}
	for company, paras := range counts {
		n := postings[company]
		for para, c := range paras {
			if c >= boilerplateMin && float64(c) >= boilerplateShare*float64(n) {
				if out[company] == nil {
					out[company] = map[string]bool{}
				}
				out[company][para] = true
			}
		}
	}
	return out
}

// withoutBoilerplate is a posting's text without its company's boilerplate paragraphs.
func withoutBoilerplate(text string, shared map[string]bool) string {
	if len(shared) == 0 {
		return text
	}
	var b strings.Builder
	for _, para := range paragraphs(text) {
		if !shared[para] {
			b.WriteString(para)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// paragraphs are a text's non-empty lines, trimmed.
func paragraphs(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
