package boardutil

import (
	"html"
	"strings"
)

// TrimSeparators trims white space and the list separators a board leaves dangling (",", ";",
// "|", "/", "·") from both ends of s: "Cammeray, " is "Cammeray", ", " is "".
func TrimSeparators(s string) string {
	return strings.Trim(s, " \t\r\n\u00a0,;|/·")
}

// HTMLText returns the plain text of a short HTML fragment (a salary line, a label): tags removed,
// block tags and line breaks read as spaces, entities decoded and white space collapsed.
func HTMLText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			break // a cut tag
		}
		if blockTag(s[i+1 : i+end]) {
			b.WriteByte(' ')
		}
		i += end + 1
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// blockTag reports whether a tag's inside ("br/", "/p", "div class=x") names a tag that breaks text.
func blockTag(t string) bool {
	t = strings.TrimPrefix(t, "/")
	n := 0
	for n < len(t) && (t[n] >= 'a' && t[n] <= 'z' || t[n] >= 'A' && t[n] <= 'Z' || t[n] >= '0' && t[n] <= '9') {
		n++
	}
	switch strings.ToLower(t[:n]) {
	case "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "section", "dd", "dt":
		return true
	}
	return false
}
