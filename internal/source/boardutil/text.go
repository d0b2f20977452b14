package boardutil

import "strings"

// TrimSeparators trims white space and the list separators a board leaves dangling (",", ";",
// "|", "/", "·") from both ends of s: "Cammeray, " is "Cammeray", ", " is "".
func TrimSeparators(s string) string {
	return strings.Trim(s, " \t\r\n\u00a0,;|/·")
}
