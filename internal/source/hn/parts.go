package hn

import "strings"

// headerSeps are the separators header lines use, most common first; the first one a line
// holds splits it. " - " and " / " split only a line they cut into three parts or more, since a
// company or role name may hold one ("Senior Engineer - Backend", "Acme / Beta Labs").
var headerSeps = []string{"|", "•", "·", " — ", " – "}

// headerParts splits a header line into its trimmed, non-empty parts.
func headerParts(line string) []string {
	for _, sep := range headerSeps {
		if strings.Contains(line, sep) {
			return split(line, sep)
		}
	}
	for _, sep := range []string{" - ", " / "} {
		if parts := split(line, sep); len(parts) >= 3 {
			return parts
		}
	}
	return split(line, "\x00")
}

// listParts splits a list of roles: on bullets, bars and semicolons, or else on commas.
func listParts(line string) []string {
	for _, sep := range []string{"•", "·", "|", ";"} {
		if strings.Contains(line, sep) {
			return split(line, sep)
		}
	}
	return split(line, ",")
}

func split(line, sep string) []string {
	var out []string
	for _, p := range strings.Split(line, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
