package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
)

// IngestItem is one normalized posting a source listed, with the values kept beside the parsed ones.
type IngestItem struct {
	ExternalID string          // the source's id (or a fallback key); with the source id, the posting's identity
	Posting    posting.Posting // normalized; Salary.Raw and Locations[].Raw hold the raw text
	PostedRaw  string          // the posted date exactly as the source wrote it
	UpdatedRaw string          // the updated date exactly as the source wrote it
	Hash       string          // content hash: equal hashes mean nothing changed
}

// IngestCounts says what an upsert did.
type IngestCounts struct {
	Created   int      // new canonical postings
	Linked    int      // new source links to a posting already known (the same job via another source, or a repost)
	Updated   int      // known links whose content changed, or that reopened
	Unchanged int      // known links seen again as they were
	NewIDs    []string // ids of the postings created
}

// Add sums two counts.
func (c *IngestCounts) Add(o IngestCounts) {
	c.Created += o.Created
	c.Linked += o.Linked
	c.Updated += o.Updated
	c.Unchanged += o.Unchanged
	c.NewIDs = append(c.NewIDs, o.NewIDs...)
}

// maxCandidates bounds how many known postings of one company and title an item is compared with.
const maxCandidates = 20

// UpsertPostings stores one batch of a source's postings in one transaction: a crash leaves the batch
// either wholly written or not at all. Each item is matched by (source, external id) first, then against
// known postings of the same company and title by posting.SameJob, open or closed, so the same job via
// another source, or a repost of a closed job, links to the posting it already is.
//
// The batch costs a fixed number of statements, not a few per item: one query loads the batch's known
// links, one the dedup candidates of its new items, the decisions are taken in memory in item order
// (so an item sees what the items before it did), and the writes go out as multi-row statements (COPY on
// PostgreSQL). A batch PostgreSQL aborts to break a deadlock with another source's batch is run again.
func (s *Store) UpsertPostings(ctx context.Context, sourceID string, items []IngestItem, now time.Time) (IngestCounts, error) {
	var c IngestCounts
	now = now.UTC()
	err := retry(ctx, func() error {
		return s.inCopyTx(ctx, func(tx *sql.Tx, copyRows copyFunc) error {
			c = IngestCounts{}
			b := newUpsertBatch(s, tx, copyRows, sourceID, now)
			if err := b.load(ctx, items); err != nil {
				return upsertErr(items, err)
			}
			for _, it := range items {
				b.decide(it, &c)
			}
			return upsertErr(items, b.write(ctx))
		})
	})
	return c, err
}

func upsertErr(items []IngestItem, err error) error {
	switch {
	case err == nil:
		return nil
	case len(items) == 1:
		return fmt.Errorf("store: upsert posting %q: %w", items[0].ExternalID, err)
	}
	return fmt.Errorf("store: upsert %d postings: %w", len(items), err)
}

// decide plays one item against the batch's view of the database, exactly as one-by-one statements would,
// and queues the writes that follow.
func (b *upsertBatch) decide(it IngestItem, c *IngestCounts) {
	p := it.Posting
	if l, ok := b.links[it.ExternalID]; ok {
		if l.hash == it.Hash && !l.closed {
			b.seenLinks = append(b.seenLinks, it.ExternalID)
			b.touch(l.postingID)
			c.Unchanged++
			return
		}
		b.linkUpdates = append(b.linkUpdates, it)
		l.hash, l.closed = it.Hash, false
		b.moved(l.postingID, p)
		u := postingUpdate{id: l.postingID, item: it, others: b.setPlace(l.postingID, it.ExternalID, p)}
		if c := b.byID[l.postingID]; c != nil {
			c.lacks = lacksAfterRewrite(c.lacks, u)
		}
		b.updates = append(b.updates, u)
		c.Updated++
		return
	}
	pid := b.match(p)
	if pid != "" {
		b.touch(pid)
		b.setPlace(pid, it.ExternalID, p)
		cand := b.byID[pid]
		fills := cand.lacks & offered(it)
		if fills&descriptionField != 0 { // and with the description its SimHash, which dedup compares
			cand.q.SimHash = p.SimHash
		}
		cand.lacks &^= fills
		b.updates = append(b.updates, postingUpdate{id: pid, item: it, linked: true, fills: fills != 0})
		c.Linked++
	} else {
		pid = newPostingID()
		b.inserts = append(b.inserts, postingInsert{id: pid, item: it})
		b.add(&candidate{id: pid, q: dedupView(p), lastSeen: b.now, lacks: allFields &^ offered(it)})
		b.places[pid] = b.newPostingPlaces(it.ExternalID, p)
		c.Created++
		c.NewIDs = append(c.NewIDs, pid)
	}
	b.links[it.ExternalID] = &knownLink{postingID: pid, hash: it.Hash}
	b.linkInserts = append(b.linkInserts, linkInsert{pid: pid, item: it})
}

// match returns the id of a known posting that is the same job as p, or "": the candidates are tried
// open ones first, most recently seen first, at most maxCandidates of them. A candidate with a link at
// p's own page is compared by posting.SameJobAtPage: the texts up to posting.SamePageDistance apart,
// and, at a page that names the job by its id, whatever places each names.
func (b *upsertBatch) match(p posting.Posting) string {
	if p.CompanyKey == "" || p.TitleKey == "" {
		return ""
	}
	page := ""
	isPage, byID := jobPage(p.URL)
	if isPage {
		page = p.URL
	}
	cands := b.ranked(dedupKey{p.CompanyKey, p.TitleKey})
	for i, q := range cands {
		if i == maxCandidates {
			break
		}
		if b.samePage(q.id, page) && posting.SameJobAtPage(p, q.q, byID) || posting.SameJob(p, q.q) {
			return q.id
		}
	}
	return ""
}

// dedupView keeps the fields posting.SameJob compares.
func dedupView(p posting.Posting) posting.Posting {
	return posting.Posting{CompanyKey: p.CompanyKey, TitleKey: p.TitleKey, Locations: p.Locations, WorkMode: p.WorkMode,
		RemoteRegions: p.RemoteRegions, SimHash: p.SimHash}
}

// newPostingID returns a time-ordered (version 7) UUID: new postings then land at the end of the
// primary-key and posting_sources(posting_id) indexes instead of on a random page of each, which
// keeps the pages a batch dirties few once the tables are large.
func newPostingID() string {
	if id, err := uuid.NewV7(); err == nil {
		return id.String()
	}
	return uuid.NewString()
}
