// Package atsutil holds the small pieces every ATS adapter shares: the base URL
// override, one GET with a status check, lenient JSON scalars and string lists.
package atsutil

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// MaxPages bounds every paginated listing so a server that never stops cannot hold a run.
const MaxPages = 200

// ErrMissingParam is returned when a required source parameter is absent.
var ErrMissingParam = errors.New("atsutil: missing source parameter")

// Required returns the named parameter, trimmed, or ErrMissingParam.
func Required(p source.Params, key string) (string, error) {
	v := strings.TrimSpace(p[key])
	if v == "" {
		return "", fmt.Errorf("%w %q", ErrMissingParam, key)
	}
	return v, nil
}

// Base returns p["base_url"] without a trailing slash, or def when it is unset.
func Base(p source.Params, def string) string {
	if b := strings.TrimSpace(p["base_url"]); b != "" {
		return strings.TrimRight(b, "/")
	}
	return strings.TrimRight(def, "/")
}

// PathEscape escapes one path segment (a board token or company slug).
func PathEscape(s string) string { return url.PathEscape(s) }

// Get fetches one URL and returns its body, failing on a non-2xx status.
func Get(ctx context.Context, g source.Getter, rawURL, accept string) ([]byte, error) {
	req := fetch.Request{URL: rawURL}
	if accept != "" {
		req.Header = http.Header{"Accept": []string{accept}}
	}
	resp, err := g.Get(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("atsutil: get %s: %w", rawURL, err)
	}
	if resp == nil {
		return nil, fmt.Errorf("atsutil: get %s: no response", rawURL)
	}
	if resp.Status < 200 || resp.Status > 299 {
		return nil, fmt.Errorf("atsutil: get %s: status %d: %w", rawURL, resp.Status, fetch.ErrStatus)
	}
	return resp.Body, nil
}

// PageError records a page that could not be read as an item error of the run.
func PageError(page int, rawURL string, err error) posting.ItemError {
	return posting.ItemError{Index: -1, ID: fmt.Sprintf("page %d %s", page, rawURL), Err: err.Error()}
}

// FlexString is a JSON scalar read as its text: strings as given, numbers and
// booleans as written, null as "".
type FlexString string

// UnmarshalJSON accepts a string, number, boolean or null.
func (f *FlexString) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null":
		*f = ""
	case strings.HasPrefix(s, `"`):
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*f = FlexString(v)
	case s == "true" || s == "false":
		*f = FlexString(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("atsutil: not a scalar: %s", s)
		}
		*f = FlexString(n.String())
	}
	return nil
}

// FlexFloat is a JSON amount given as a number or a numeric string; empty, null or
// unparseable text leaves it unset and keeps the text.
type FlexFloat struct {
	Value *float64
	Text  string
}

// UnmarshalJSON accepts a number, a numeric string or null.
func (f *FlexFloat) UnmarshalJSON(b []byte) error {
	var s FlexString
	if err := s.UnmarshalJSON(b); err != nil {
		return err
	}
	f.Text = strings.TrimSpace(string(s))
	f.Value = nil
	if f.Text == "" {
		return nil
	}
	if v, ok := boardutil.ParseAmount(f.Text); ok {
		f.Value = &v
	}
	return nil
}

// JoinNonEmpty joins the non-blank parts with sep, each trimmed.
func JoinNonEmpty(sep string, parts ...string) string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// AppendUnique appends each non-blank value not already in list (compared trimmed,
// case-insensitively); the value is kept as given.
func AppendUnique(list []string, values ...string) []string {
	for _, v := range values {
		k := strings.TrimSpace(v)
		if k == "" {
			continue
		}
		dup := false
		for _, have := range list {
			if LowerEqual(strings.TrimSpace(have), k) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, v)
		}
	}
	return list
}

// LowerEqual reports whether strings.ToLower(a) == strings.ToLower(b), without lowering copies when both
// are ASCII (a non-ASCII letter may lower to an ASCII one: the Kelvin sign to k, İ to i).
func LowerEqual(a, b string) bool {
	if !isASCII(a) || !isASCII(b) {
		return strings.ToLower(a) == strings.ToLower(b)
	}
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if x, y := a[i], b[i]; x != y && lowerASCII(x) != lowerASCII(y) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// SetExtra stores a non-blank value under key, creating the map when needed.
func SetExtra(extra map[string]string, key, value string) map[string]string {
	if strings.TrimSpace(value) == "" {
		return extra
	}
	if extra == nil {
		extra = map[string]string{}
	}
	extra[key] = value
	return extra
}

// Bool returns a pointer to a copy of b, for Draft.Remote.
func Bool(b bool) *bool { return &b }

// FillCompany sets Company from p["company_name"] on drafts whose board gave none,
// for boards (Lever, Ashby, older Greenhouse) whose API omits the employer.
func FillCompany(drafts []posting.Draft, p source.Params) {
	name := strings.TrimSpace(p["company_name"])
	if name == "" {
		return
	}
	for i := range drafts {
		if strings.TrimSpace(drafts[i].Company) == "" {
			drafts[i].Company = name
		}
	}
}

// RawID returns the "id" of a JSON item read as a FlexString, or "" when the
// item or its id does not decode, for naming a bad item in an error report.
func RawID(raw json.RawMessage) string {
	var v struct {
		ID FlexString `json:"id"`
	}
	_ = json.Unmarshal(raw, &v)
	return string(v.ID)
}
