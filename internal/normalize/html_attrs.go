package normalize

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// attrs returns the allowed attributes of a kept tag, already escaped; ok is false when the tag must be dropped.
func allowedAttrs(a atom.Atom, attrs []attr) (string, bool) {
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
			st := strings.ToLower(v)
			if strings.Contains(strings.ReplaceAll(st, " ", ""), "display:none") {
				hidden = true
			}
		}
	}
	var b strings.Builder
	switch a {
	case atom.A:
		u, ok := safeLink(href)
		if !ok {
			return "", false
		}
		b.WriteString(` href="`)
		b.WriteString(html.EscapeString(u))
		b.WriteString(`" rel="nofollow noopener" target="_blank"`)
	case atom.Img:
		u, ok := safeLink(src)
		if !ok || hidden || !strings.HasPrefix(strings.ToLower(u), "http") || isPixel(width) || isPixel(height) || isTracker(u) {
			return "", false
		}
		b.WriteString(` src="`)
		b.WriteString(html.EscapeString(u))
		b.WriteByte('"')
		if alt != "" {
			b.WriteString(` alt="`)
			b.WriteString(html.EscapeString(alt))
			b.WriteByte('"')
		}
		writeNumAttr(&b, "width", width)
		writeNumAttr(&b, "height", height)
	case atom.Td, atom.Th:
		writeNumAttr(&b, "colspan", colspan)
		writeNumAttr(&b, "rowspan", rowspan)
	case atom.Ol:
		writeNumAttr(&b, "start", start)
	}
	return b.String(), true
}

// safeLink accepts only http, https, mailto and tel URLs; anything else (javascript:, data:, relative) is refused.
func safeLink(u string) (string, bool) {
	u = strings.TrimSpace(u)
	for i := 0; i < len(u); i++ {
		if c := u[i]; c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:") || strings.HasPrefix(l, "tel:") {
		return u, true
	}
	return "", false
}

func isPixel(v string) bool {
	v = strings.TrimSuffix(strings.TrimSpace(v), "px")
	return v == "0" || v == "1"
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
		if host == t || strings.HasSuffix(host, "."+t) {
			return true
		}
	}
	return false
}

func writeNumAttr(b *strings.Builder, name, v string) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 4 {
		return
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return
		}
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.WriteString(v)
	b.WriteByte('"')
}
