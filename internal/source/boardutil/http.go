package boardutil

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/source"
)

// BaseURL returns p["base_url"] without trailing slashes, or def when it is
// unset; a given value must be an absolute http(s) URL. kind prefixes the error.
func BaseURL(p source.Params, def, kind string) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return def, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%s: base_url %q is not an absolute http(s) URL", kind, b)
	}
	return b, nil
}

// IntParam returns p[key] as a positive whole number, or def when it is unset or not one.
func IntParam(p source.Params, key string, def int) int {
	if n, err := strconv.Atoi(p[key]); err == nil && n > 0 {
		return n
	}
	return def
}

// Get performs req and fails on a Getter error or on a status outside 2xx
// (0, as from a fake without one, counts as success). Errors start with label,
// such as "remoteok: get " + the URL.
func Get(ctx context.Context, g source.Getter, req fetch.Request, label string) (*fetch.Response, error) {
	resp, err := g.Get(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return nil, fmt.Errorf("%s: status %d: %w", label, resp.Status, fetch.ErrStatus)
	}
	return resp, nil
}

// GetJSON GETs rawURL asking for JSON and returns the body, as Get does.
func GetJSON(ctx context.Context, g source.Getter, rawURL, label string) ([]byte, error) {
	resp, err := Get(ctx, g, fetch.Request{URL: rawURL, Header: http.Header{"Accept": {"application/json"}}}, label)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// GetUserURL GETs the page a user named in the required p["url"], which must be
// an absolute http(s) URL; robots.txt is honoured and accept is the Accept
// header. It returns the response and the URL as given; kind prefixes errors.
func GetUserURL(ctx context.Context, g source.Getter, p source.Params, kind, accept string) (*fetch.Response, string, error) {
	raw := p["url"]
	if raw == "" {
		return nil, "", fmt.Errorf("%s: param url is required", kind)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", fmt.Errorf("%s: url %q is not an absolute http(s) URL", kind, raw)
	}
	resp, err := Get(ctx, g, fetch.Request{
		URL:         raw,
		Header:      http.Header{"Accept": {accept}},
		CheckRobots: true,
		UserURL:     true,
	}, kind+": get "+raw)
	if err != nil {
		return nil, "", err
	}
	return resp, raw, nil
}
