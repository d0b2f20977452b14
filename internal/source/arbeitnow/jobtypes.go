package arbeitnow

import (
	"strings"
	"unicode"
)

// levels are the job_types values, folded to lowercase letters, that name an experience level rather
// than an employment type; Arbeitnow lists both in one array, in German or English.
var levels = map[string]bool{
	"berufserfahren": true, "berufseinsteiger": true, "berufserfahrung": true, "einsteiger": true,
	"absolvent": true, "absolventen": true, "fuhrungskraft": true, "führungskraft": true, "leitung": true,
	"professionalexperienced": true, "experienced": true, "professional": true, "entrylevel": true,
	"entrylevelgraduate": true, "graduate": true, "junior": true, "midlevel": true, "midsenior": true,
	"senior": true, "manager": true, "management": true, "executive": true,
}

// isLevel reports whether a job_types value is an experience level.
func isLevel(s string) bool {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return levels[b.String()]
}

// splitTypes returns the first employment type of job_types and the experience levels, joined.
func splitTypes(types []string) (employment, level string) {
	var lv []string
	for _, t := range types {
		t = strings.TrimSpace(t)
		switch {
		case t == "":
		case isLevel(t):
			lv = append(lv, t)
		case employment == "":
			employment = t
		}
	}
	return employment, strings.Join(lv, ", ")
}
