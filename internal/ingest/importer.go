package ingest

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

// fileSourceKey is the key of the "file import" source of a format.
func fileSourceKey(format string) string { return "file-import:" + format }

// FileSource returns the per-format "file import" source, creating it on first use.
func (s *Service) FileSource(ctx context.Context, format string) (store.Source, error) {
	key := fileSourceKey(format)
	src, err := s.st.SourceByKey(ctx, key)
	if !errors.Is(err, store.ErrNotFound) {
		return src, err
	}
	now := s.clock()
	src, err = s.st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: FileKind, Name: "File import (" + format + ")",
		Params: map[string]string{"format": format}, Key: key, CreatedAt: now, UpdatedAt: now})
	if errors.Is(err, store.ErrConflict) {
		return s.st.SourceByKey(ctx, key)
	}
	return src, err
}

// Import stores postings read from a file into the file-import source of its format, as one run.
// An import never closes anything: a file is a snapshot, not the whole listing.
func (s *Service) Import(ctx context.Context, format string, drafts []posting.Draft, itemErrs []posting.ItemError) (store.Run, error) {
	src, err := s.FileSource(ctx, format)
	if err != nil {
		return store.Run{}, err
	}
	start := s.clock()
	run, err := s.beginRun(ctx, src.ID, "", "import", start)
	if err != nil {
		return run, err
	}
	f := posting.Fetched{Drafts: drafts, Errors: itemErrs, Fetched: start}
	err = s.store(ctx, src.ID, f, start, &run)
	run.FinishedAt = s.clock()
	run.Status = store.RunSucceeded
	if err != nil {
		run.Status, run.Error = store.RunFailed, "the postings could not be stored; the server log has the cause"
	}
	wctx := context.WithoutCancel(ctx)
	out := store.SourceOutcome{At: run.FinishedAt, OK: err == nil, Error: run.Error} // the source shows its last import
	ferr := errors.Join(s.st.RecordSourceOutcome(wctx, src.ID, out), s.st.FinishRun(wctx, run))
	return run, errors.Join(err, ferr)
}

// Since is a helper for list filters: now minus d.
func (s *Service) Since(d time.Duration) time.Time { return s.clock().Add(-d) }
