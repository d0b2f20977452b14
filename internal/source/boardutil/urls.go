package boardutil

import (
	"net/url"
	"strings"
)

// Base resolves ref against parent as the base for the links under it (an xml:base, a feed's
// link, a page's <base href>); parent stays the base when ref is empty or bad, and there is none
// (nil) when the result is not absolute.
func Base(parent *url.URL, ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return parent
	}
	u, err := url.Parse(ref)
	if err != nil {
		return parent
	}
	if parent != nil {
		u = parent.ResolveReference(u)
	}
	if !u.IsAbs() || u.Host == "" && (u.Scheme == "http" || u.Scheme == "https") {
		return nil
	}
	return u
}

// Absolute returns link resolved against base; an absolute link is returned as it is, and a
// relative one without a base, or one that does not parse, is "".
func Absolute(base *url.URL, link string) string {
	if link == "" || IsHTTP(link) {
		return link
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if u.IsAbs() {
		return link
	}
	if base == nil {
		return ""
	}
	return base.ResolveReference(u).String()
}

// IsHTTP reports whether s starts with http:// or https://, in any case.
func IsHTTP(s string) bool {
	return len(s) >= 8 && strings.EqualFold(s[:8], "https://") || len(s) >= 7 && strings.EqualFold(s[:7], "http://")
}
