package normalize

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query keys that say where a click came from, not which page it is.
var trackingParams = map[string]bool{
	"gclid": true, "gclsrc": true, "dclid": true, "fbclid": true, "msclkid": true, "yclid": true, "ttclid": true,
	"twclid": true, "li_fat_id": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true,
	"hsctatracking": true, "mkt_tok": true, "ref": true, "ref_src": true, "referrer": true, "referer": true,
	"source": true, "src": true, "lever-source": true, "lever-origin": true, "lever-via": true, "gh_src": true,
	"trk": true, "trkcampaign": true, "trackingid": true, "refid": true, "s_kwcid": true, "cmpid": true,
	"wt.mc_id": true, "campaignid": true, "ashby_jid_src": true, "_ga": true, "_gl": true, "share": true,
}

// CanonicalURL returns the stable form of an http(s) URL: lower-case scheme and host, no default port,
// no fragment (but a single-page site's route, "#/jobs/123"), no tracking parameters (utm_*, gclid,
// fbclid, ref, source, gh_src, lever-source...), the remaining parameters sorted. Identity parameters
// such as gh_jid are kept; a link without its scheme ("www.", "//") is https. Anything else gives "".
func CanonicalURL(raw string) string {
	if c, ok := canonicalAlready(raw); ok {
		return c
	}
	return canonicalParsed(raw)
}

// canonicalAlready returns raw without its fragment when the rest is canonical already: "http://" or
// "https://", a host of lower-case letters, digits, dots and dashes, and a path of those, '_', '~' and
// '/'. Most postings' links are; parsing them would give them back unchanged.
func canonicalAlready(raw string) (string, bool) {
	rest, ok := strings.CutPrefix(raw, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(raw, "http://"); !ok {
			return "", false
		}
	}
	end := len(raw)
	if k := strings.IndexByte(rest, '#'); k >= 0 {
		if isRoute(rest[k+1:]) {
			return "", false
		}
		for i := k + 1; i < len(rest); i++ { // net/url rejects a bad escape or a control byte in the fragment
			if c := rest[i]; c == '%' || c < ' ' || c == 0x7f {
				return "", false
			}
		}
		end -= len(rest) - k
		rest = rest[:k]
	}
	slash := strings.IndexByte(rest, '/')
	if slash <= 0 {
		return "", false
	}
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '.', c == '-':
		case i >= slash && (c == '/' || c == '_' || c == '~' || c >= 'A' && c <= 'Z'):
		default:
			return "", false
		}
	}
	return raw[:end], true
}

// canonicalParsed is CanonicalURL for any link, through net/url.
func canonicalParsed(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	// "//boards.example/x" and "www.example.com/x": links written without their scheme are https.
	if strings.HasPrefix(raw, "//") {
		raw = "https:" + raw
	} else if len(raw) > 4 && strings.EqualFold(raw[:4], "www.") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Opaque != "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return ""
	}
	port := u.Port()
	if u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		port = ""
	}
	if strings.IndexByte(host, ':') >= 0 {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	if route, ok := cleanRoute(u.Fragment); ok {
		u.Fragment, u.RawFragment = route, ""
	} else {
		u.Fragment, u.RawFragment = "", ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		u.RawQuery = cleanQuery(u.RawQuery)
	}
	u.ForceQuery = false
	return u.String()
}

// isRoute reports whether a URL's fragment is a route of a single-page site ("/jobs/123", "!/job/42"),
// which names the page, rather than a place on the page.
func isRoute(fragment string) bool {
	return strings.HasPrefix(fragment, "/") || strings.HasPrefix(fragment, "!/")
}

// cleanRoute returns a route fragment with its query cleaned as a URL's is, and ok false for a fragment
// that is no route or a route to nothing ("#/").
func cleanRoute(fragment string) (string, bool) {
	if !isRoute(fragment) {
		return "", false
	}
	path, query, _ := strings.Cut(fragment, "?")
	if query = cleanQuery(query); query != "" {
		return path + "?" + query, true
	}
	return path, path != "/" && path != "!/"
}

func cleanQuery(raw string) string {
	type kv struct {
		k, v, key string
		eq        bool
	}
	var keep []kv
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		k, v, eq := strings.Cut(part, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		lk := strings.TrimSuffix(strings.ToLower(key), "[]")
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keep = append(keep, kv{k, v, key, eq})
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].key < keep[j].key })
	var b strings.Builder
	for i, p := range keep {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		if p.eq {
			b.WriteByte('=')
			b.WriteString(p.v)
		}
	}
	return b.String()
}
