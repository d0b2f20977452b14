package atsutil

import (
	"context"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
)

// ParseFunc reads one listing body into drafts and item errors.
type ParseFunc func(body []byte) ([]posting.Draft, []posting.ItemError, error)

// FetchList reads a whole unpaginated listing in one GET of rawURL: the body
// goes through parse, p["company_name"] fills employers the board left out,
// and the result is Complete. A failed GET is wrapped with kind as prefix.
func FetchList(ctx context.Context, g source.Getter, p source.Params, kind, rawURL, accept string, parse ParseFunc) (posting.Fetched, error) {
	body, err := Get(ctx, g, rawURL, accept)
	if err != nil {
		return posting.Fetched{}, fmt.Errorf("%s: %w", kind, err)
	}
	drafts, errs, err := parse(body)
	if err != nil {
		return posting.Fetched{}, err
	}
	FillCompany(drafts, p)
	return posting.Fetched{Drafts: drafts, Errors: errs, Complete: true, Fetched: time.Now().UTC()}, nil
}
