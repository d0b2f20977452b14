// Package detect recognises a pasted job-board or career-page URL and says which
// source kind reads it, with the parameters that kind needs.
package detect

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/source"
)

// ErrNotURL is returned for input that is not an http or https URL.
var ErrNotURL = errors.New("detect: not an http(s) URL")

// ErrNoBoard is returned for a known board host whose URL names no board or company.
var ErrNoBoard = errors.New("detect: URL names no board or company")

// URL returns the source kind and params for a board, career page or feed URL.
// Known ATS and job-board hosts map to their kind; a URL that looks like a feed maps
// to "rss"; any other http(s) page maps to "jsonld" (schema.org JobPosting).
func URL(raw string) (kind string, params source.Params, err error) {
	u, err := parse(raw)
	if err != nil {
		return "", nil, err
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	segs := segments(u.Path)
	for _, rule := range rules {
		kind, params, ok, err := rule(host, segs, u)
		if err != nil {
			return "", nil, fmt.Errorf("%w: %s", err, raw)
		}
		if ok {
			return kind, params, nil
		}
	}
	if isFeed(u.Path) {
		return "rss", source.Params{"url": u.String()}, nil
	}
	return "jsonld", source.Params{"url": u.String()}, nil
}

// bareHost matches the start of a URL pasted without its scheme.
var bareHost = regexp.MustCompile(`^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:[0-9]+)?([/?#]|$)`)

func parse(raw string) (*url.URL, error) {
	s := strings.TrimSpace(raw)
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return nil, fmt.Errorf("%w: %q", ErrNotURL, raw)
	}
	if !strings.Contains(s, "://") {
		// A pasted "boards.greenhouse.io/acme" has no scheme; it must start with a host name.
		if !bareHost.MatchString(s) {
			return nil, fmt.Errorf("%w: %q", ErrNotURL, raw)
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, fmt.Errorf("%w: %q", ErrNotURL, raw)
	}
	return u, nil
}

func segments(path string) []string {
	var out []string
	for _, s := range strings.Split(path, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func isFeed(path string) bool {
	p := strings.ToLower(strings.TrimRight(path, "/"))
	if strings.HasSuffix(p, ".rss") || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".atom") {
		return true
	}
	last := p[strings.LastIndex(p, "/")+1:]
	return last == "feed" || last == "rss" || last == "atom"
}
