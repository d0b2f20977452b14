package config

import (
	"fmt"
	"strings"
)

// Markdown renders the configuration reference from the settings table.
func Markdown() string {
	var b strings.Builder
	b.WriteString("# Configuration reference\n\n")
	b.WriteString("<!-- Generated from internal/config/settings.go by `make docs`; do not edit by hand. -->\n\n")
	b.WriteString("Every setting is an environment variable; some also have a `copilot serve` flag, which wins over the variable.\n")
	b.WriteString("An invalid value stops startup with a message naming the variable.\n\n")
	b.WriteString("| Variable | Flag | Default | Description |\n|---|---|---|---|\n")
	for _, s := range Settings {
		flag, def := "", "(empty)"
		if s.Flag != "" {
			flag = "`--" + s.Flag + "`"
		}
		if s.Default != "" {
			def = "`" + s.Default + "`"
		}
		desc := s.Description
		if s.Secret {
			desc += " Secret: never logged."
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", s.Env, flag, def, strings.ReplaceAll(desc, "|", "\\|"))
	}
	return b.String()
}
