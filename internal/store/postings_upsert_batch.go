package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// upsertBatch is one batch's view of the rows it reads and the writes it has queued.
type upsertBatch struct {
	s        *Store
	tx       *sql.Tx
	copyRows copyFunc // nil on SQLite
	sourceID string
	now      time.Time

	links  map[string]*knownLink // by external id, at this source
	byKey  map[dedupKey][]*candidate
	byID   map[string]*candidate
	loaded int                       // candidates added so far: the tie-break among equal ranks
	places map[string]*postingPlaces // by posting id: the links of the postings the batch may merge

	inserts     []postingInsert
	updates     []postingUpdate
	seen        []string // posting ids seen again, each once
	seenSet     map[string]bool
	linkInserts []linkInsert
	linkUpdates []IngestItem
	seenLinks   []string // external ids of links seen again unchanged
}

type knownLink struct {
	postingID string
	hash      string
	closed    bool
}

type dedupKey struct{ company, title string }

// candidate is a known posting as far as dedup needs it.
type candidate struct {
	id       string
	q        posting.Posting // dedupView
	closed   bool
	lastSeen time.Time
	order    int
	lacks    uint8 // the fieldGroups the posting leaves unknown, one bit each
}

type postingInsert struct {
	id   string
	item IngestItem
}

// postingUpdate is a write of a posting an item changed: a rewrite from a changed link, or, for a new link
// to a known posting (linked), its merged places and the fields the posting left empty.
type postingUpdate struct {
	id     string
	item   IngestItem
	linked bool
	others bool // the posting has another open link: a rewrite keeps what this item leaves unknown
	fills  bool // linked: the item states a field the posting leaves unknown
}

type linkInsert struct {
	pid  string
	item IngestItem
}

func newUpsertBatch(s *Store, tx *sql.Tx, copyRows copyFunc, sourceID string, now time.Time) *upsertBatch {
	return &upsertBatch{s: s, tx: tx, copyRows: copyRows, sourceID: sourceID, now: now, links: map[string]*knownLink{},
		byKey: map[dedupKey][]*candidate{}, byID: map[string]*candidate{}, seenSet: map[string]bool{}}
}

// add makes a posting a candidate under its company and title key (once per id).
func (b *upsertBatch) add(c *candidate) {
	if _, ok := b.byID[c.id]; ok {
		return
	}
	c.order = b.loaded
	b.loaded++
	b.byID[c.id] = c
	k := dedupKey{c.q.CompanyKey, c.q.TitleKey}
	b.byKey[k] = append(b.byKey[k], c)
}

// touch queues "seen now" for a posting, which also reopens it.
func (b *upsertBatch) touch(id string) {
	if !b.seenSet[id] {
		b.seenSet[id] = true
		b.seen = append(b.seen, id)
	}
	if c := b.byID[id]; c != nil {
		c.closed, c.lastSeen = false, b.now
	}
}

// moved records that a posting's content was rewritten as p (seen now and open), perhaps under a new key.
func (b *upsertBatch) moved(id string, p posting.Posting) {
	c := b.byID[id]
	if c == nil {
		// Not a candidate before (its stored JSON was unreadable): after the rewrite it is one, and what it
		// leaves unknown is not known.
		b.add(&candidate{id: id, q: dedupView(p), lastSeen: b.now, lacks: allFields})
		return
	}
	b.rewrite(c, dedupView(p))
	c.closed, c.lastSeen = false, b.now
}

// rewrite sets a candidate's dedup view to q, filing it under q's company and title key.
func (b *upsertBatch) rewrite(c *candidate, q posting.Posting) {
	old := dedupKey{c.q.CompanyKey, c.q.TitleKey}
	c.q = q
	if k := (dedupKey{q.CompanyKey, q.TitleKey}); k != old {
		b.byKey[old] = slices.DeleteFunc(b.byKey[old], func(x *candidate) bool { return x == c })
		b.byKey[k] = append(b.byKey[k], c)
	}
}

// ranked lists a key's candidates in the order the one-by-one query read them: open first, then most
// recently seen.
func (b *upsertBatch) ranked(k dedupKey) []*candidate {
	cands := b.byKey[k]
	slices.SortStableFunc(cands, func(x, y *candidate) int {
		if x.closed != y.closed {
			if x.closed {
				return 1
			}
			return -1
		}
		if c := y.lastSeen.Compare(x.lastSeen); c != 0 {
			return c
		}
		return cmp.Compare(x.order, y.order)
	})
	return cands
}

// load reads, in one query each, the batch's known links (with their postings), the known postings
// that share a company and title key with an item that has no link yet, and the links of the postings
// the batch may merge.
func (b *upsertBatch) load(ctx context.Context, items []IngestItem) error {
	b.places = make(map[string]*postingPlaces, len(items))
	ext := make([]string, 0, len(items))
	for _, it := range items {
		ext = append(ext, it.ExternalID)
	}
	for chunk := range slices.Chunk(ext, 500) {
		if err := b.loadLinks(ctx, chunk); err != nil {
			return err
		}
	}
	var keys []dedupKey
	want := map[dedupKey]bool{}
	for _, it := range items {
		k := dedupKey{it.Posting.CompanyKey, it.Posting.TitleKey}
		if _, linked := b.links[it.ExternalID]; linked || k.company == "" || k.title == "" || want[k] {
			continue
		}
		want[k] = true
		keys = append(keys, k)
	}
	for chunk := range slices.Chunk(keys, 250) {
		if err := b.loadCandidates(ctx, chunk); err != nil {
			return err
		}
	}
	ids := b.needPlaces(items, keys)
	if err := b.lockPostings(ctx, ids); err != nil {
		return err
	}
	return b.loadPlaces(ctx, ids)
}

// lockPostings takes, on PostgreSQL, the row locks of the postings whose places the batch may merge, in id
// order and in one statement, and reads those postings again under them. Another source's batch that links
// one of them at the same moment holds the same lock until it commits, so its link, which loadPlaces reads
// next, and what it stored are seen here, and the places this batch merges keep them. (The postings it only
// marks seen are locked when it writes; a deadlock that makes with another batch is retried, see retry.)
// SQLite runs one write transaction at a time.
func (b *upsertBatch) lockPostings(ctx context.Context, ids []string) error {
	if b.s.dialect != Postgres || len(ids) == 0 {
		return nil
	}
	rows, err := b.s.query(ctx, b.tx, `SELECT `+candidateCols+` FROM postings p WHERE p.id = ANY(?::uuid[])
		ORDER BY p.id FOR NO KEY UPDATE`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		fresh, ok, err := scanCandidate(rows)
		if err != nil {
			return err
		}
		c := b.byID[fresh.id]
		switch {
		case c == nil && ok:
			b.add(fresh)
		case c != nil:
			b.rewrite(c, fresh.q)
			c.closed, c.lastSeen, c.lacks = fresh.closed, fresh.lastSeen, fresh.lacks
		}
	}
	return rows.Err()
}

func (b *upsertBatch) loadLinks(ctx context.Context, ext []string) error {
	q, args := b.s.linksQuery(b.sourceID, ext)
	rows, err := b.s.query(ctx, b.tx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e string
		var l knownLink
		c, ok, err := scanCandidate(rows, &e, &l.hash, &l.closed)
		if err != nil {
			return err
		}
		l.postingID = c.id
		b.links[e] = &l
		if ok {
			b.add(c)
		}
	}
	return rows.Err()
}

func (b *upsertBatch) loadCandidates(ctx context.Context, keys []dedupKey) error {
	q, args := b.s.candidatesQuery(keys)
	rows, err := b.s.query(ctx, b.tx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		c, ok, err := scanCandidate(rows)
		if err != nil {
			return err
		}
		if ok {
			b.add(c)
		}
	}
	return rows.Err()
}

// scanCandidate reads candidateCols after the given leading columns; ok is false when its JSON is
// unreadable, so it can be no one's duplicate (but its id is still set).
func scanCandidate(rows *sql.Rows, lead ...any) (*candidate, bool, error) {
	c := &candidate{}
	var locs, regions string
	var sim int64
	var lacks [8]bool // one per field group: c.lacks has a bit for each
	dest := append(lead, &c.id, &c.q.CompanyKey, &c.q.TitleKey, &locs, &c.q.WorkMode, &regions, &sim, &c.closed, &c.lastSeen)
	for i := range fieldGroups {
		dest = append(dest, &lacks[i])
	}
	if err := rows.Scan(dest...); err != nil {
		return nil, false, err
	}
	c.lacks = fieldBits(func(i int) bool { return lacks[i] })
	c.q.SimHash, c.lastSeen = uint64(sim), c.lastSeen.UTC()
	w, ok := decodeWhere(locs, c.q.WorkMode, regions)
	c.q.Locations, c.q.RemoteRegions = w.locations, w.regions
	return c, ok, nil
}
