package ingest

import (
	"cmp"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/detect"
)

// companyFromURL names the employer of a posting whose board gave no company (Lever, older
// Greenhouse, files saved from them) from the board slug in its own URL: jobs.lever.co/outreach/…
// gives "Outreach". Kinds that are not a company's own board give nothing.
//
// The name is written as the posting writes it where it does ("OpenAI" for the slug "openai"); names
// holds the names found so far by slug, so a listing's postings look it up once.
func companyFromURL(d posting.Draft, names map[string]string) string {
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
				name, ok := names[slug]
				if !ok {
					name = cmp.Or(writtenName(slug, d.Title, d.DescriptionText, d.DescriptionHTML), displayName(slug))
					names[slug] = name
				}
				return name
			}
		}
	}
	return ""
}

// displayName turns a slug such as "acme-labs" into "Acme Labs" ("wealth.com" into "Wealth.com").
func displayName(slug string) string {
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// nameScan is how much of each text writtenName reads.
const nameScan = 4096

// writtenName finds the slug's letters in the texts as a name of its own, spaced or dotted as the posting
// writes it ("idealistconsulting" is "Idealist Consulting", "wealthcom" "Wealth.com"), with a capital but
// not all in capitals (but for an acronym's length), not inside a link or address, and returns it as
// written there; "" if none has it.
func writtenName(slug string, texts ...string) string {
	var want []byte
	for i := 0; i < len(slug); i++ {
		if c := lowerByte(slug[i]); c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			want = append(want, c)
		}
	}
	if len(want) == 0 {
		return ""
	}
	for _, text := range texts {
		if len(text) > nameScan { // the employer is named early ("About Acme"); cut on a character's start
			k := nameScan
			for k > 0 && text[k]&0xC0 == 0x80 {
				k--
			}
			text = text[:k]
		}
		for k := 0; k < len(text); k++ {
			if lowerByte(text[k]) != want[0] || !nameBoundary(text, k-1) {
				continue
			}
			end, ok := matchLetters(text, k, want)
			if !ok || !nameBoundary(text, end) {
				continue
			}
			if w := text[k:end]; w != strings.ToLower(w) && (w != strings.ToUpper(w) || len(want) <= 4) {
				return w
			}
		}
	}
	return ""
}

// matchLetters matches want's letters from text[k] on, allowing one space, dot, dash or underscore between
// two of them, and returns the index after the last.
func matchLetters(text string, k int, want []byte) (int, bool) {
	i, j := k, 0
	for i < len(text) && j < len(want) {
		switch c := text[i]; {
		case lowerByte(c) == want[j]:
			i, j = i+1, j+1
		case (c == ' ' || c == '.' || c == '-' || c == '_') && i+1 < len(text) && lowerByte(text[i+1]) == want[j]:
			i++
		default:
			return 0, false
		}
	}
	return i, j == len(want)
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// nameBoundary reports whether text[i] may stand beside a name: outside the text, or a byte that is not
// a letter, digit or a character of a link or address ("/", ".", "@", "-", "_", "=").
func nameBoundary(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	c := text[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 ||
		strings.IndexByte("/.@-_=", c) >= 0) ||
		c == '.' && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') // a sentence's full stop
}
