package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/store"
)

const (
	maxBackoffShift = 4  // caps the failure backoff at 16 intervals
	dropMinClose    = 10 // the fewest closings the sharp-drop guard holds back
)

// Run fetches one source and stores what it lists, recording the run under runID (a new run when
// runID is ""). A fetch failure is recorded in the run and the source's status and returned; it never
// closes a posting (but a job page that answers it is gone: pageGone) and never touches another source.
func (s *Service) Run(ctx context.Context, sourceID, runID, reason string) (store.Run, error) {
	src, err := s.st.Source(ctx, sourceID)
	if err != nil {
		return store.Run{}, err
	}
	if src.Kind == FileKind {
		return store.Run{}, ErrNotFetchable
	}
	start := s.clock()
	run, err := s.beginRun(ctx, src.ID, runID, reason, start)
	if err != nil {
		return run, err
	}
	a, ok := s.opts.Lookup(src.Kind)
	if !ok {
		return s.fail(ctx, src, run, fmt.Errorf("ingest: no adapter for kind %q", src.Kind))
	}
	g := newCondGetter(s.fetch, src)
	fctx, cancel := context.WithTimeout(ctx, s.opts.FetchTimeout)
	fetched, err := a.Fetch(fctx, g, source.Params(copyParams(src.Params)))
	cancel()
	if errors.Is(err, errNotModified) {
		n, terr := s.st.TouchSource(ctx, src.ID, start)
		if terr != nil {
			return s.fail(ctx, src, run, terr)
		}
		run.Unchanged, run.Complete, run.Error = n, true, "not modified since the last run"
		return s.succeed(ctx, src, run, g)
	}
	if status, gone := pageGone(src, err); gone {
		return s.closePage(ctx, src, run, g, status)
	}
	if err != nil {
		return s.fail(ctx, src, run, err)
	}
	if err := s.store(ctx, src.ID, fetched, start, &run); err != nil {
		return s.fail(ctx, src, run, err)
	}
	held, err := s.closeGone(ctx, src, fetched, start, &run)
	if err != nil {
		return s.fail(ctx, src, run, err)
	}
	if held {
		g.forget()
	}
	return s.succeed(ctx, src, run, g)
}

func (s *Service) beginRun(ctx context.Context, sourceID, runID, reason string, at time.Time) (store.Run, error) {
	if runID == "" {
		runID = uuid.NewString()
		if err := s.st.CreateRun(ctx, store.Run{ID: runID, SourceID: sourceID, Reason: reason, QueuedAt: at}); err != nil {
			return store.Run{}, err
		}
	}
	if err := s.st.StartRun(ctx, runID, at); err != nil {
		return store.Run{}, err
	}
	return store.Run{ID: runID, SourceID: sourceID, Reason: reason, Status: store.RunRunning, QueuedAt: at, StartedAt: at}, nil
}

// store normalizes and upserts the drafts in batches, counting into run.
func (s *Service) store(ctx context.Context, sourceID string, f posting.Fetched, now time.Time, run *store.Run) error {
	run.Fetched = len(f.Drafts)
	run.ItemErrors = append(run.ItemErrors, publicItemErrors(f.Errors)...)
	c, prepErrs, storeErrs, err := s.upsertDrafts(ctx, sourceID, f.Drafts, now)
	run.ItemErrors = append(append(run.ItemErrors, prepErrs...), storeErrs...)
	run.Created, run.Linked, run.Updated, run.Unchanged = c.Created, c.Linked, c.Updated, c.Unchanged
	return err
}

// upsertBatch writes one batch; a batch that fails is retried item by item so one bad item loses only
// itself. offset is the index of the batch's first item among the items kept. The batch is stamped with
// the time it is written (not the run's start, which it normalized with): the match index reads
// postings in the order of these stamps.
func (s *Service) upsertBatch(ctx context.Context, sourceID string, batch []store.IngestItem, offset int) (store.IngestCounts, []posting.ItemError, error) {
	now := s.clock()
	c, err := s.st.UpsertPostings(ctx, sourceID, batch, now)
	if err == nil {
		return c, nil, nil
	}
	if ctx.Err() != nil {
		return c, nil, fmt.Errorf("ingest: store postings: %w", ctx.Err())
	}
	var total store.IngestCounts
	var errs []posting.ItemError
	for j, it := range batch {
		c, err := s.st.UpsertPostings(ctx, sourceID, []store.IngestItem{it}, s.clock()) // stamped when written, too
		if err != nil {
			slog.WarnContext(ctx, "posting not stored", "source_id", sourceID, "external_id", it.ExternalID, "err", err)
			errs = append(errs, posting.ItemError{Index: offset + j, ID: it.ExternalID, Err: "could not be stored"})
			continue
		}
		total.Add(c)
	}
	return total, errs, nil
}

// closeGone applies the closing rule of the package comment, sharp-drop guard included; held says the
// run held back a sharp drop, so its answer must not become the baseline of a conditional request.
func (s *Service) closeGone(ctx context.Context, src store.Source, f posting.Fetched, start time.Time, run *store.Run) (held bool, err error) {
	run.Complete = f.Complete
	if !f.Complete {
		return false, nil
	}
	keep := make([]string, 0, len(run.ItemErrors))
	for _, e := range run.ItemErrors {
		if e.ID == "" {
			run.Error = "some items could not be read and have no id: nothing was closed"
			return false, nil
		}
		keep = append(keep, e.ID)
	}
	if len(f.Drafts) == 0 {
		open, err := s.st.SourceOpenCount(ctx, src.ID)
		if err != nil {
			return false, err
		}
		if open > 0 {
			run.Error = fmt.Sprintf("the source answered an empty listing but had %d open postings: treated as suspicious, nothing was closed", open)
			return false, nil
		}
	}
	if !src.CloseHeldAt.IsZero() {
		// Missing from the held run's answer and from this one: confirmed gone.
		n, err := s.st.CloseUnseen(ctx, src.ID, src.CloseHeldAt, keep, s.clock())
		run.Closed += n
		if err != nil {
			return false, err
		}
	}
	open, err := s.st.SourceOpenCount(ctx, src.ID)
	if err != nil {
		return false, err
	}
	missing, err := s.st.CountUnseen(ctx, src.ID, start, keep)
	if err != nil {
		return false, err
	}
	if sharpDrop(missing, open) {
		run.Error = fmt.Sprintf("%d of %d postings missing from this answer; they are closed only if the next run confirms it", missing, open)
		return true, s.st.SetSourceCloseHold(ctx, src.ID, start)
	}
	n, err := s.st.CloseUnseen(ctx, src.ID, start, keep, s.clock()) // stamped when closed, as writes are
	run.Closed += n
	if err == nil && !src.CloseHeldAt.IsZero() {
		err = s.st.SetSourceCloseHold(ctx, src.ID, time.Time{})
	}
	return false, err
}

// pageGone reports a job page (a jsonld source) read before that answered 404 or 410: the job is gone. A
// page never read may be a mistyped address, and a board's API answering so is not every job gone (a
// wrong slug); any other failure says nothing about the jobs.
func pageGone(src store.Source, err error) (int, bool) {
	var se *fetch.StatusError
	if src.Kind != "jsonld" || src.LastSuccessAt.IsZero() || !errors.As(err, &se) ||
		se.Status != http.StatusNotFound && se.Status != http.StatusGone {
		return 0, false
	}
	return se.Status, true
}

// closePage closes the open postings of a job page that is gone; they reopen if the page comes back. A
// page of several jobs is closed only when the next run finds it gone too, as a sharp drop is.
func (s *Service) closePage(ctx context.Context, src store.Source, run store.Run, g *condGetter, status int) (store.Run, error) {
	now := s.clock()
	open, err := s.st.SourceOpenCount(ctx, src.ID)
	if err != nil {
		return s.fail(ctx, src, run, err)
	}
	if open > 1 && src.CloseHeldAt.IsZero() {
		run.Error = fmt.Sprintf("the page answered HTTP %d: its %d postings are closed if the next run finds it gone too", status, open)
		if err := s.st.SetSourceCloseHold(ctx, src.ID, now); err != nil {
			return s.fail(ctx, src, run, err)
		}
		return s.succeed(ctx, src, run, g)
	}
	n, err := s.st.CloseUnseen(ctx, src.ID, now.Add(time.Nanosecond), nil, now)
	if err == nil && !src.CloseHeldAt.IsZero() {
		err = s.st.SetSourceCloseHold(ctx, src.ID, time.Time{})
	}
	if err != nil {
		return s.fail(ctx, src, run, err)
	}
	run.Closed, run.Complete = n, true
	run.Error = fmt.Sprintf("the page answered HTTP %d: the job is gone, and its postings are closed", status)
	return s.succeed(ctx, src, run, g)
}

// sharpDrop says whether closing missing of open links at once is too much to trust a single answer:
// more than half of them, and at least dropMinClose.
func sharpDrop(missing, open int) bool { return missing >= dropMinClose && 2*missing > open }

func (s *Service) succeed(ctx context.Context, src store.Source, run store.Run, g *condGetter) (store.Run, error) {
	now := s.clock()
	run.Status, run.FinishedAt = store.RunSucceeded, now
	etag, lm, vurl := g.validators()
	out := store.SourceOutcome{At: now, OK: true, NextRunAt: nextRun(src, now, 0), ETag: etag, LastModified: lm, ValidatorURL: vurl}
	if err := s.st.RecordSourceOutcome(ctx, src.ID, out); err != nil {
		return run, err
	}
	return run, s.st.FinishRun(ctx, run)
}

func (s *Service) fail(ctx context.Context, src store.Source, run store.Run, cause error) (store.Run, error) {
	now := s.clock()
	run.Status, run.FinishedAt, run.Error = store.RunFailed, now, publicError(cause)
	slog.WarnContext(ctx, "source run failed", "source_id", src.ID, "kind", src.Kind, "err", cause)
	// A cancelled context (shutdown) must not stop the failure from being written down.
	wctx := context.WithoutCancel(ctx)
	out := store.SourceOutcome{At: now, Error: run.Error, NextRunAt: nextRun(src, now, src.ConsecutiveFailures+1)}
	err := errors.Join(s.st.RecordSourceOutcome(wctx, src.ID, out), s.st.FinishRun(wctx, run))
	return run, errors.Join(cause, err)
}

// nextRun is a run's successor: one interval later, doubled per consecutive failure (up to 16×, at most a day
// unless the interval itself is longer). A disabled source has none.
func nextRun(src store.Source, now time.Time, failures int) time.Time {
	if !src.Enabled || src.Interval <= 0 {
		return time.Time{}
	}
	d := src.Interval << min(max(failures-1, 0), maxBackoffShift)
	if failures > 0 && d > 24*time.Hour {
		d = max(24*time.Hour, src.Interval)
	}
	return now.Add(d)
}

func copyParams(p map[string]string) map[string]string {
	out := make(map[string]string, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}
