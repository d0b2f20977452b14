package hn

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/boardutil"
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

// ParamRules is the rule table of the params that name the board.
func (Adapter) ParamRules() []source.ParamRule {
	return []source.ParamRule{{Name: "item", Required: true}}
}

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
	base, err := boardutil.BaseURL(p, DefaultBaseURL, Kind)
	if err != nil {
		return posting.Fetched{}, err
	}
	u := base + "/api/v1/items/" + id
	body, err := boardutil.GetJSON(ctx, g, u, "hn: get "+u)
	if err != nil {
		return posting.Fetched{}, err
	}
	drafts, errs, err := Parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}
