package ingest

import (
	"context"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

// upsertDrafts normalizes the drafts on a second goroutine, BatchSize kept items at a time, while the
// batches before are being written: normalizing (CPU) and writing (mostly the database) overlap, and
// only a few batches of normalized items are in memory at once. Batches, item indexes and errors are
// those of normalizing the whole listing first: prepErrs index the listing, storeErrs the kept items.
func (s *Service) upsertDrafts(ctx context.Context, sourceID string, drafts []posting.Draft, now time.Time) (
	total store.IngestCounts, prepErrs, storeErrs []posting.ItemError, err error) {
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []store.IngestItem, 1)
	go func() {
		defer close(batches)
		p := newPreparer(len(drafts), now)
		defer func() { prepErrs = p.errs }() // read only after batches is closed
		batch := make([]store.IngestItem, 0, s.opts.BatchSize)
		for i, d := range drafts {
			it, ok := p.add(i, d)
			if ok {
				batch = append(batch, it)
			}
			if len(batch) < s.opts.BatchSize && (i < len(drafts)-1 || len(batch) == 0) {
				continue
			}
			select {
			case batches <- batch:
			case <-pctx.Done():
				return
			}
			batch = make([]store.IngestItem, 0, s.opts.BatchSize)
		}
	}()
	offset := 0
	for batch := range batches {
		if err == nil {
			var c store.IngestCounts
			var errs []posting.ItemError
			c, errs, err = s.upsertBatch(ctx, sourceID, batch, offset)
			total.Add(c)
			storeErrs = append(storeErrs, errs...)
			offset += len(batch)
		}
		if err != nil {
			cancel() // the preparer stops; the loop drains what it already sent
		}
	}
	return total, prepErrs, storeErrs, err
}
