package hn

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
)

// Kind is the source kind this package reads.
const Kind = "hn"

// DefaultBaseURL is the Algolia HN API host used when Params has no base_url.
const DefaultBaseURL = "https://hn.algolia.com"

func init() { source.Register(Adapter{}) }

// Adapter fetches one "Who is hiring?" thread. Params: item (required, the
// story id), base_url (optional).
type Adapter struct{}

// Kind returns "hn".
func (Adapter) Kind() string { return Kind }

// Parse reads an Algolia items tree or search answer, so that saved threads can be imported.
func (Adapter) Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return Parse(body) }

// Fetch reads the thread's whole comment tree in one request, so the result is Complete.
func (Adapter) Fetch(ctx context.Context, g source.Getter, p source.Params) (posting.Fetched, error) {
	id := strings.TrimSpace(p["item"])
	if id == "" {
		return posting.Fetched{}, errors.New("hn: param item is required")
	}
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		return posting.Fetched{}, fmt.Errorf("hn: item %q is not a story id", id)
	}
	base, err := baseURL(p)
	if err != nil {
		return posting.Fetched{}, err
	}
	u := base + "/api/v1/items/" + id
	resp, err := g.Get(ctx, fetch.Request{URL: u, Header: http.Header{"Accept": {"application/json"}}})
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("hn: get %s: %w", u, err)
	}
	if resp.Status != 0 && (resp.Status < 200 || resp.Status > 299) {
		return posting.Fetched{}, fmt.Errorf("hn: get %s: status %d: %w", u, resp.Status, fetch.ErrStatus)
	}
	drafts, errs, err := Parse(resp.Body)
	if err != nil {
		return posting.Fetched{}, err
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}

func baseURL(p source.Params) (string, error) {
	b := strings.TrimRight(p["base_url"], "/")
	if b == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("hn: base_url %q is not an absolute http(s) URL", b)
	}
	return b, nil
}
