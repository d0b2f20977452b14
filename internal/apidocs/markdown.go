package apidocs

import (
	"html"
	"html/template"
	"regexp"
	"strings"
)

var (
	mdCode   = regexp.MustCompile("`([^`]+)`")
	mdStrong = regexp.MustCompile(`\*\*([^*]+)\*\*`)
)

// markdown renders the little Markdown the spec's descriptions use: paragraphs, "* " lists,
// `code` and **strong**. Everything is escaped first, so no HTML from the spec reaches the page.
func markdown(s string) template.HTML {
	var b strings.Builder
	for _, block := range strings.Split(strings.TrimSpace(s), "\n\n") {
		lines := strings.Split(block, "\n")
		if strings.HasPrefix(strings.TrimSpace(lines[0]), "* ") {
			b.WriteString("<ul>")
			var item []string
			flush := func() {
				if len(item) > 0 {
					b.WriteString("<li>" + inline(strings.Join(item, " ")) + "</li>")
					item = nil
				}
			}
			for _, l := range lines {
				if t := strings.TrimSpace(l); strings.HasPrefix(t, "* ") {
					flush()
					item = append(item, strings.TrimPrefix(t, "* "))
				} else {
					item = append(item, t)
				}
			}
			flush()
			b.WriteString("</ul>")
			continue
		}
		b.WriteString("<p>" + inline(strings.Join(lines, " ")) + "</p>")
	}
	return template.HTML(b.String())
}

func inline(s string) string {
	s = html.EscapeString(strings.TrimSpace(s))
	s = mdCode.ReplaceAllString(s, "<code>$1</code>")
	return mdStrong.ReplaceAllString(s, "<strong>$1</strong>")
}
