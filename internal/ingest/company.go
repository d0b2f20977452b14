package ingest

import (
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/detect"
)

// companyFromURL names the employer of a posting whose board gave no company (Lever, older
// Greenhouse, files saved from them) from the board slug in its own URL: jobs.lever.co/outreach/…
// gives "Outreach". Kinds that are not a company's own board give nothing.
func companyFromURL(d posting.Draft) string {
	for _, u := range []string{d.URL, d.ApplyURL} {
		if strings.TrimSpace(u) == "" {
			continue
		}
		kind, params, err := detect.URL(u)
		if err != nil || kind == "jsonld" || kind == "rss" || kind == "hn" {
			continue
		}
		for _, key := range []string{"board", "company", "account"} {
			if slug := params[key]; slug != "" {
				return displayName(slug)
			}
		}
	}
	return ""
}

// displayName turns a slug such as "acme-labs" into "Acme Labs".
func displayName(slug string) string {
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
