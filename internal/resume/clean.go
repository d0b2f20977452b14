package resume

import (
	"regexp"
	"strings"
	"unicode"
)

var ligatures = strings.NewReplacer(
	"ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st",
	"\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2009", " ", "\u202f", " ", "\u2007", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\u2060", "",
)

var (
	spacesRx   = regexp.MustCompile(`[ \f\v]+`)
	tabsRx     = regexp.MustCompile(`\s*\t[\s\t]*`)
	pageNumRx  = regexp.MustCompile(`(?i)^(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$`)
	bulletRx   = regexp.MustCompile(`^(?:[•●▪◦■□○‣⁃∙·▸►➢✓✔❖]\s*|[-–—*+]\s+)`)
	hyphenEnd  = regexp.MustCompile(`(\p{L}+)-$`)
	firstToken = regexp.MustCompile(`^(\p{Ll}+)(\S*)\s*`)
)

// compound prefixes that keep their hyphen across a line break ("full-\nstack").
var keepHyphen = map[string]bool{
	"full": true, "cross": true, "self": true, "end": true, "front": true, "back": true,
	"well": true, "high": true, "low": true, "long": true, "short": true, "real": true,
	"open": true, "third": true, "user": true, "data": true, "test": true, "team": true,
	"client": true, "server": true, "fast": true, "multi": true, "non": true, "co": true,
	"cloud": true, "e": true, "on": true, "part": true, "mid": true,
}

// cleanLines normalises characters, bullets and whitespace; PDFs also lose page
// numbers and line-end hyphenation.
func cleanLines(in []string, pdf bool) []string {
	out := make([]string, 0, len(in))
	for _, l := range in {
		l = ligatures.Replace(l)
		l = strings.Map(func(r rune) rune {
			if r == '\t' {
				return r
			}
			if unicode.IsControl(r) || r == unicode.ReplacementChar {
				return -1
			}
			return r
		}, l)
		l = spacesRx.ReplaceAllString(l, " ")
		l = strings.TrimSpace(tabsRx.ReplaceAllString(l, "\t"))
		if loc := bulletRx.FindStringIndex(l); loc != nil && loc[1] < len(l) {
			l = "• " + strings.TrimSpace(l[loc[1]:])
		}
		if pdf && pageNumRx.MatchString(l) {
			continue
		}
		out = append(out, l)
	}
	if pdf {
		out = joinHyphenated(out)
	}
	out = joinOpenRanges(out)
	// Collapse blank runs and trim blank edges.
	res := out[:0]
	for _, l := range out {
		if l == "" && (len(res) == 0 || res[len(res)-1] == "") {
			continue
		}
		res = append(res, l)
	}
	for len(res) > 0 && res[len(res)-1] == "" {
		res = res[:len(res)-1]
	}
	return res
}

// joinHyphenated mends words split across lines by the typesetter, keeping
// real compound hyphens: the document's own other spellings decide first.
func joinHyphenated(lines []string) []string {
	all := strings.ToLower(strings.Join(lines, "\n"))
	for i := 0; i+1 < len(lines); i++ {
		m := hyphenEnd.FindStringSubmatch(lines[i])
		if m == nil || strings.HasSuffix(lines[i], " -") {
			continue
		}
		next := lines[i+1]
		if strings.HasPrefix(next, "• ") {
			continue
		}
		t := firstToken.FindStringSubmatchIndex(next)
		if t == nil {
			continue
		}
		left := m[1]
		right := next[t[2]:t[3]]
		rest := next[t[4]:t[5]]
		lw, rw := strings.ToLower(left), strings.ToLower(right)
		keep := keepHyphen[lw]
		switch {
		case strings.Contains(all, lw+"-"+rw):
			keep = true
		case strings.Contains(all, lw+rw):
			keep = false
		}
		head := strings.TrimSuffix(lines[i], "-")
		if keep {
			head += "-"
		}
		lines[i] = head + right + rest
		lines[i+1] = strings.TrimSpace(next[t[1]:])
		if lines[i+1] == "" {
			lines = append(lines[:i+1], lines[i+2:]...)
		}
	}
	return lines
}

// joinOpenRanges completes "2017 –" at a line start with the "Present" or date
// that a date column wrapped to the start of the next line.
func joinOpenRanges(lines []string) []string {
	for i := 0; i+1 < len(lines); i++ {
		m := openRx.FindStringSubmatchIndex(lines[i])
		if m == nil {
			continue
		}
		if loc := rangeRx.FindStringIndex(lines[i]); loc != nil && loc[0] == 0 {
			continue // already a full range
		}
		e := endRx.FindStringSubmatchIndex(lines[i+1])
		if e == nil {
			continue
		}
		end := lines[i+1][e[2]:e[3]]
		lines[i] = strings.TrimSpace(lines[i][:m[1]]) + " " + end + " " + strings.TrimSpace(lines[i][m[1]:])
		lines[i] = strings.TrimSpace(lines[i])
		lines[i+1] = strings.TrimSpace(lines[i+1][e[1]:])
	}
	return lines
}

var (
	mdLinkRx   = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)`)
	mdStrongRx = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)`)
	mdEmRx     = regexp.MustCompile(`(^|[\s(])[*_]([^*_\s][^*_]*?)[*_]($|[\s).,;:!?])`)
	mdCodeRx   = regexp.MustCompile("`([^`]*)`")
	mdRuleRx   = regexp.MustCompile(`^\s*(?:[-*_]\s*){3,}$`)
	mdOrderRx  = regexp.MustCompile(`^\s*\d+[.)]\s+`)
)

// markdownLines strips Markdown syntax, keeping headings as their own lines
// and link targets next to their text.
func markdownLines(s string) []string {
	var out []string
	inFence := false
	for _, l := range textLines(s) {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inFence = !inFence
			continue
		}
		if !inFence {
			if mdRuleRx.MatchString(t) {
				out = append(out, "")
				continue
			}
			t = strings.TrimLeft(t, "#")
			t = strings.TrimSpace(strings.TrimRight(t, "#"))
			t = strings.TrimSpace(strings.TrimPrefix(t, ">"))
			if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") || strings.HasPrefix(t, "- ") {
				t = "• " + t[2:]
			} else if mdOrderRx.MatchString(t) {
				t = "• " + mdOrderRx.ReplaceAllString(t, "")
			}
			t = mdLinkRx.ReplaceAllStringFunc(t, func(m string) string {
				p := mdLinkRx.FindStringSubmatch(m)
				text, url := strings.TrimSpace(p[1]), p[2]
				if strings.HasPrefix(m, "!") || url == "" || text == url || strings.HasPrefix(url, "#") {
					return text
				}
				if strings.HasPrefix(url, "mailto:") {
					return strings.TrimPrefix(url, "mailto:")
				}
				return text + " (" + url + ")"
			})
			t = mdStrongRx.ReplaceAllString(t, "$2")
			t = mdEmRx.ReplaceAllString(t, "$1$2$3")
			t = mdCodeRx.ReplaceAllString(t, "$1")
			t = strings.TrimSuffix(t, "  ")
		}
		out = append(out, t)
	}
	return out
}
