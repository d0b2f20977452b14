package application

import (
	"context"
	"errors"
	"strings"

	"github.com/career-copilot/copilot/internal/store"
)

// storePosting reads a posting from the store for Track: its company, title, public URL, locations and salary text.
func (s *Service) storePosting(ctx context.Context, postingID string) (PostingDraft, error) {
	p, err := s.st.Posting(ctx, postingID, "")
	if err != nil {
		return PostingDraft{}, err
	}
	var locs []string
	for _, l := range p.Locations {
		if l.Raw != "" {
			locs = append(locs, l.Raw)
		}
	}
	url := p.URL
	if url == "" {
		url = p.ApplyURL
	}
	return PostingDraft{Company: p.Company, Title: p.Title, URL: url, Location: strings.Join(locs, "; "), Salary: p.Salary.Raw}, nil
}

// Track returns the user's application for a posting, creating it (stage "saved", details copied) on the first click.
// The bool says whether it was created now.
func (s *Service) Track(ctx context.Context, userID string, in Input) (Application, bool, error) {
	if in.PostingID != "" {
		a, err := s.st.ApplicationByPosting(ctx, userID, in.PostingID)
		if err == nil {
			return a, false, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return a, false, err
		}
	}
	a, err := s.Create(ctx, userID, in)
	return a, err == nil, err
}
