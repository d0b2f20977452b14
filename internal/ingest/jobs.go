package ingest

import (
	"context"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// PostingStore is what the jobs views need from the database.
type PostingStore interface {
	ListPostings(ctx context.Context, f store.PostingFilter) ([]store.StoredPosting, string, error)
	Posting(ctx context.Context, id, userID string) (store.StoredPosting, error)
	SetPostingState(ctx context.Context, userID, postingID string, saved, on bool, now time.Time) error
}

// Jobs lists postings (global) with the asking user's saved/dismissed state.
func (s *Service) Jobs(ctx context.Context, f store.PostingFilter) ([]store.StoredPosting, string, error) {
	return s.st.ListPostings(ctx, f)
}

// Job loads one posting with all its source links.
func (s *Service) Job(ctx context.Context, id, userID string) (store.StoredPosting, error) {
	return s.st.Posting(ctx, id, userID)
}

// MarkJob saves (saved=true) or dismisses a posting for a user, or clears the mark (on=false).
func (s *Service) MarkJob(ctx context.Context, userID, postingID string, saved, on bool) error {
	return s.st.SetPostingState(ctx, userID, postingID, saved, on, s.clock())
}
