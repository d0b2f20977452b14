package normalize

import (
	"html"
	"strings"
)

// plainText turns a board's plain-text description into lines for matching and escaped blocks for display.
// The structure plain text and Markdown write is kept: a line of "#"s and a title is a heading, lines that
// start with "- ", "* ", "+ " or "• " are a list ("1. " and "1) " a numbered one), and **bold** is bold.
// The text has one line per block, "- " before each list item, as HTML writes it.
func plainText(raw string) (safeHTML, text string) {
	var h, t strings.Builder
	list := "" // the list being written: "ul", "ol" or none
	closeList := func() {
		if list != "" {
			h.WriteString("</" + list + ">")
			list = ""
		}
	}
	for _, line := range strings.Split(RepairMojibake(raw), "\n") {
		line = cleanLine(line)
		if line == "" {
			continue
		}
		kind, body := blockOf(line)
		if t.Len() > 0 {
			t.WriteByte('\n')
		}
		switch kind {
		case "ul", "ol":
			if list != kind {
				closeList()
				list = kind
				h.WriteString("<" + list + ">")
			}
			t.WriteString("- ")
			writeInline(&h, &t, body, "li")
		case "h3":
			closeList()
			writeInline(&h, &t, body, "h3")
		default:
			closeList()
			writeInline(&h, &t, body, "p")
		}
	}
	closeList()
	return h.String(), t.String()
}

// blockOf says what a line of plain text is: "h3" for a Markdown heading, "ul" or "ol" for an item of a
// bulleted or numbered list, "p" for a paragraph; body is the line without its marker.
func blockOf(line string) (kind, body string) {
	if n := len(line) - len(strings.TrimLeft(line, "#")); n >= 1 && n <= 6 && len(line) > n && line[n] == ' ' {
		if b := strings.TrimSpace(strings.TrimRight(line[n:], "# ")); b != "" {
			return "h3", b
		}
	}
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if b, ok := strings.CutPrefix(line, m); ok && strings.TrimSpace(b) != "" {
			return "ul", strings.TrimSpace(b)
		}
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return "ol", strings.TrimSpace(line[i+2:])
	}
	return "p", line
}

// writeInline writes s as one element of tag to the HTML, escaped, with **bold** spans as <strong>, and
// to the text without the asterisks.
func writeInline(h, t *strings.Builder, s, tag string) {
	h.WriteString("<" + tag + ">")
	for {
		i := strings.Index(s, "**")
		j := -1
		if i >= 0 {
			j = strings.Index(s[i+2:], "**")
		}
		if i < 0 || j <= 0 {
			break
		}
		bold := s[i+2 : i+2+j]
		h.WriteString(html.EscapeString(s[:i]))
		h.WriteString("<strong>" + html.EscapeString(bold) + "</strong>")
		t.WriteString(s[:i])
		t.WriteString(bold)
		s = s[i+2+j+2:]
	}
	h.WriteString(html.EscapeString(s))
	t.WriteString(s)
	h.WriteString("</" + tag + ">")
}
