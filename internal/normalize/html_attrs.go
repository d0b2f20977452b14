package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/career-copilot/copilot/internal/swar"
)

// trackerHosts are hosts whose images are tracking beacons, never content.
var trackerHosts = []string{
	"google-analytics.com", "googletagmanager.com", "doubleclick.net", "googleadservices.com",
	"facebook.com", "facebook.net", "bat.bing.com", "px.ads.linkedin.com", "ads.linkedin.com",
	"analytics.twitter.com", "t.co", "ct.pinterest.com", "mc.yandex.ru", "pixel.wp.com", "stats.wp.com",
	"track.hubspot.com", "hubspot.com", "hs-analytics.net", "list-manage.com", "sendgrid.net",
	"mailtrack.io", "quantserve.com", "scorecardresearch.com", "adsrvr.org", "pixel.quantserve.com",
	"analytics.tiktok.com", "snap.licdn.com", "clarity.ms", "hotjar.com", "segment.io", "mixpanel.com",
}

// appendAllowedAttrs appends the allowed attributes of a kept tag, escaped, to b; ok is false (and b
// unchanged) when the tag must be dropped. attrs holds the names of attrNames, in the tag's order.
func appendAllowedAttrs(b []byte, a atom.Atom, attrs []attr) ([]byte, bool) {
	var href, src, alt, width, height, colspan, rowspan, start string
	hidden := false
	for _, at := range attrs {
		v := at.val
		switch at.key {
		case "href":
			href = v
		case "src":
			src = v
		case "alt":
			alt = v
		case "width":
			width = v
		case "height":
			height = v
		case "colspan":
			colspan = v
		case "rowspan":
			rowspan = v
		case "start":
			start = v
		case "style":
			hidden = hidden || a == atom.Img && (hidesImage(v) || pixelStyle(v)) // only an image is dropped for it
		}
	}
	switch a {
	case atom.A:
		u, ok := safeLink(href)
		if !ok {
			return b, false
		}
		b = append(b, ` href="`...)
		b = appendEscaped(b, validAttr(u))
		b = append(b, `" rel="nofollow noopener" target="_blank"`...)
	case atom.Img:
		u, ok := safeLink(src)
		// Only over https (the page loads no other images), and with no referrer for the image's host.
		if !ok || hidden || !hasLowerPrefix(u, "https:") || isPixel(width) || isPixel(height) || isTracker(u) || trackingPath(u) {
			return b, false
		}
		b = append(b, ` src="`...)
		b = appendEscaped(b, validAttr(u))
		b = append(b, `" referrerpolicy="no-referrer"`...)
		alt = validAttr(alt)
		if strings.IndexByte(alt, 0) >= 0 { // safeLink refuses control bytes in links; alt drops NULs, as the text does
			alt = strings.ReplaceAll(alt, "\x00", "")
		}
		if alt != "" {
			b = append(b, ` alt="`...)
			b = appendEscaped(b, alt)
			b = append(b, '"')
		}
		b = appendNumAttr(b, "width", width)
		b = appendNumAttr(b, "height", height)
	case atom.Td, atom.Th:
		b = appendNumAttr(b, "colspan", colspan)
		b = appendNumAttr(b, "rowspan", rowspan)
	case atom.Ol:
		b = appendNumAttr(b, "start", start)
	}
	return b, true
}

// hidesImage reports whether a style says display:none, in any case and with any spaces: whether
// strings.ToLower(style) without its spaces contains "display:none".
func hidesImage(style string) bool {
	const pat = "display:none"
	if !isASCII(style) { // a non-ASCII letter may lower-case to an ASCII one: "İ" is "i"
		return strings.Contains(strings.ReplaceAll(strings.ToLower(style), " ", ""), pat)
	}
	for j := 0; j < len(style); j++ {
		if style[j]|0x20 != 'd' {
			continue
		}
		m := 0
		for k := j; k < len(style) && m < len(pat); k++ {
			c := style[k]
			if c == ' ' {
				continue
			}
			if c-'A' < 26 {
				c |= 0x20
			}
			if c != pat[m] {
				break
			}
			m++
		}
		if m == len(pat) {
			return true
		}
	}
	return false
}

// pixelStyle reports whether a style sizes an image as a tracking pixel (a width or height of 0 or 1px)
// or hides it with visibility:hidden.
func pixelStyle(style string) bool {
	for decl := range strings.SplitSeq(style, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		switch k, v = strings.ToLower(strings.TrimSpace(k)), strings.ToLower(strings.TrimSpace(v)); k {
		case "width", "height":
			if isPixel(strings.TrimSpace(strings.TrimSuffix(v, "!important"))) {
				return true
			}
		case "visibility":
			if strings.HasPrefix(v, "hidden") {
				return true
			}
		}
	}
	return false
}

// hasLowerPrefix reports whether strings.ToLower(s) begins with p, which is lower-case ASCII, without
// lower-casing s when its first bytes are ASCII.
func hasLowerPrefix(s, p string) bool {
	for i := 0; i < len(p); i++ {
		if i == len(s) {
			return false // s is ASCII and shorter than p
		}
		c := s[i]
		if c >= 0x80 { // a non-ASCII letter may lower-case to an ASCII one: "İ" is "i"
			return strings.HasPrefix(strings.ToLower(s), p)
		}
		if c-'A' < 26 {
			c |= 0x20
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// validAttr returns an attribute value as valid UTF-8, each run of invalid bytes replaced by U+FFFD: a
// kept value is written as it was read, and HTML reads input that may be invalid.
func validAttr(v string) string {
	if !utf8.ValidString(v) {
		return strings.ToValidUTF8(v, "\uFFFD")
	}
	return v
}

// appendEscaped appends s escaped as html.EscapeString does it.
func appendEscaped(b []byte, s string) []byte {
	j := 0
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) && !hasEscaped(swar.Load64(s, i)) { // eight bytes a step while none needs escaping
			i += 8
		}
		if i == len(s) {
			break
		}
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		case '\r':
			esc = "&#13;"
		default:
			continue
		}
		b = append(b, s[j:i]...)
		b = append(b, esc...)
		j = i + 1
	}
	return append(b, s[j:]...)
}

// hasEscaped reports whether any of the eight bytes of x is one html.EscapeString escapes: & ' < > " or CR.
func hasEscaped(x uint64) bool {
	return hasByte(x, '&') || hasByte(x, '\'') || hasByte(x, '<') || hasByte(x, '>') || hasByte(x, '"') || hasByte(x, '\r')
}

// hasByte reports whether any of the eight bytes of x is c.
func hasByte(x uint64, c byte) bool {
	y := x ^ swar.Ones*uint64(c)
	return (y-swar.Ones)&^y&swar.Highs != 0
}

// hasControl reports whether any of the eight bytes of x is below 0x20 or is 0x7f.
func hasControl(x uint64) bool {
	return ((x-swar.Ones*0x20)&^x|(x^swar.Ones*0x7f-swar.Ones)&^(x^swar.Ones*0x7f))&swar.Highs != 0
}

// safeLink accepts only http, https, mailto and tel URLs; anything else (javascript:, data:, relative) is refused.
func safeLink(u string) (string, bool) {
	u = strings.TrimSpace(u)
	i := 0
	for ; i+8 <= len(u); i += 8 {
		if hasControl(swar.Load64(u, i)) {
			return "", false
		}
	}
	for ; i < len(u); i++ {
		if c := u[i]; c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	if hasLowerPrefix(u, "http://") || hasLowerPrefix(u, "https://") || hasLowerPrefix(u, "mailto:") || hasLowerPrefix(u, "tel:") {
		return u, true
	}
	return "", false
}

func isPixel(v string) bool {
	v = strings.TrimSuffix(strings.TrimSpace(v), "px")
	return v == "0" || v == "1"
}

// trackingSegments and pixelFiles are the path segments and file names of tracking pixels on any host
// ("/job/track/2091093/blank.gif").
var (
	trackingSegments = setOf("track", "tracking", "pixel", "beacon")
	pixelFiles       = setOf("blank.gif", "spacer.gif", "pixel.gif", "pixel.png", "1x1.gif", "1x1.png", "transparent.gif", "clear.gif")
)

// trackingPath reports whether an http(s) image URL's path is a tracking pixel's.
func trackingPath(u string) bool {
	rest := u[strings.Index(u, "//")+2:]
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	slash := strings.IndexByte(rest, '/')
	if slash < 0 {
		return false
	}
	segs := strings.Split(strings.ToLower(rest[slash+1:]), "/")
	if pixelFiles[segs[len(segs)-1]] {
		return true
	}
	for _, seg := range segs {
		if trackingSegments[seg] {
			return true
		}
	}
	return false
}

func isTracker(u string) bool {
	rest := u[strings.Index(u, "//")+2:]
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	host := strings.ToLower(rest)
	for _, t := range trackerHosts {
		if strings.HasSuffix(host, t) && (len(host) == len(t) || host[len(host)-len(t)-1] == '.') {
			return true
		}
	}
	return false
}

func appendNumAttr(b []byte, name, v string) []byte {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 4 {
		return b
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return b
		}
	}
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	b = append(b, v...)
	return append(b, '"')
}
