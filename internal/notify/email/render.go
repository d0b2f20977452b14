package email

import (
	"bytes"
	"fmt"
	htmltpl "html/template"
	"strings"

	"github.com/career-copilot/copilot/internal/notify"
)

var page = htmltpl.Must(htmltpl.New("mail").Parse(`<!doctype html>
<html><body style="font-family:system-ui,sans-serif;color:#111;max-width:640px">
<h1 style="font-size:18px">{{.Subject}}</h1>
{{if .Text}}<p>{{.Text}}</p>{{end}}
{{if .Items}}<ul>{{range .Items}}
<li style="margin-bottom:8px"><a href="{{.URL}}">{{.Title}}</a> — {{.Company}}{{if .Location}} · {{.Location}}{{end}}{{if .Salary}} · {{.Salary}}{{end}} · match {{.Score}}</li>{{end}}
</ul>{{end}}
{{if .Link}}<p><a href="{{.Link}}">Open Career Copilot</a></p>{{end}}
{{if .UnsubscribeURL}}<p style="font-size:12px;color:#555">You get this because of your alert “{{.AlertName}}”. <a href="{{.UnsubscribeURL}}">Unsubscribe from these emails</a>.</p>{{end}}
</body></html>`))

// Render returns the plain-text and HTML bodies of a message.
func Render(m notify.Message) (string, string, error) {
	var t strings.Builder
	t.WriteString(m.Subject + "\n\n")
	if m.Text != "" {
		t.WriteString(m.Text + "\n\n")
	}
	for _, it := range m.Items {
		fmt.Fprintf(&t, "- %s — %s", it.Title, it.Company)
		if it.Location != "" {
			t.WriteString(" · " + it.Location)
		}
		if it.Salary != "" {
			t.WriteString(" · " + it.Salary)
		}
		fmt.Fprintf(&t, " · match %d\n  %s\n", it.Score, it.URL)
	}
	if m.Link != "" {
		t.WriteString("\nOpen Career Copilot: " + m.Link + "\n")
	}
	if m.UnsubscribeURL != "" {
		fmt.Fprintf(&t, "\nYou get this because of your alert %q. Unsubscribe: %s\n", m.AlertName, m.UnsubscribeURL)
	}
	var h bytes.Buffer
	if err := page.Execute(&h, m); err != nil {
		return "", "", fmt.Errorf("email: render: %w", err)
	}
	return t.String(), h.String(), nil
}
