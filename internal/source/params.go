package source

import (
	"slices"
	"strings"
)

// ParamRule says what one identifying parameter of a kind (a board token, a company slug) may hold:
// ASCII letters and digits, the punctuation in Punct, a letter or digit first and never "..", so that a
// value cannot step out of the path or host it is put into.
type ParamRule struct {
	Name     string
	Required bool     // the adapter cannot run without it, whatever the other params
	Unless   []string // it is required unless one of these params is given (a base_url stands in for a company)
	Punct    string   // allowed besides letters and digits, such as "-_."
}

// ParamRuler is implemented by adapters whose params name a board; ParamRules is the kind's rule table.
type ParamRuler interface {
	ParamRules() []ParamRule
}

// Check says what is wrong with v, worded as a field error, or "" when v is allowed.
func (r ParamRule) Check(v string) string {
	if v == "" {
		if r.Required {
			return "is required"
		}
		return ""
	}
	for i, c := range v {
		ok := c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
		if !ok && (i == 0 || !strings.ContainsRune(r.Punct, c)) {
			return r.allowed()
		}
	}
	if strings.Contains(v, "..") {
		return r.allowed()
	}
	return ""
}

func (r ParamRule) allowed() string {
	names := map[rune]string{'-': "-", '_': "_", '.': "."}
	var extra []string
	for _, c := range r.Punct {
		if n, ok := names[c]; ok {
			extra = append(extra, n)
		}
	}
	if len(extra) == 0 {
		return "may hold only letters and digits"
	}
	return "may hold only letters, digits and " + strings.Join(extra, " ") + ", starting with a letter or digit"
}

// CheckParams returns the problems of p under a's rule table, keyed by param name; nil when it has none.
func CheckParams(a Adapter, p Params) map[string]string {
	r, ok := a.(ParamRuler)
	if !ok {
		return nil
	}
	var out map[string]string
	for _, rule := range r.ParamRules() {
		v := strings.TrimSpace(p[rule.Name])
		msg := rule.Check(v)
		if v == "" && len(rule.Unless) > 0 && !slices.ContainsFunc(rule.Unless, func(k string) bool { return strings.TrimSpace(p[k]) != "" }) {
			msg = "is required unless " + strings.Join(rule.Unless, " or ") + " is given"
		}
		if msg != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[rule.Name] = msg
		}
	}
	return out
}
