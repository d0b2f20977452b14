package store

import (
	"context"
	"database/sql"
	"encoding/json"
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

const insertPostingSQL = `INSERT INTO postings (id, title, title_key, company, company_key, description_html, description_text, locations,
	work_mode, remote_regions, employment_type, seniority, department, salary_min, salary_max, salary_currency, salary_period,
	salary_annual_min, salary_annual_max, salary_source, salary_raw, posted_at, posted_raw, changed_at, changed_raw, date_flagged,
	url, apply_url, tags, simhash, listed_at, first_seen_at, last_seen_at, closed_at, modified_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`

const updatePostingSQL = `UPDATE postings SET title = ?, title_key = ?, company = ?, company_key = ?, description_html = ?, description_text = ?,
	locations = ?, work_mode = ?, remote_regions = ?, employment_type = ?, seniority = ?, department = ?, salary_min = ?, salary_max = ?,
	salary_currency = ?, salary_period = ?, salary_annual_min = ?, salary_annual_max = ?, salary_source = ?, salary_raw = ?, posted_at = ?,
	posted_raw = ?, changed_at = ?, changed_raw = ?, date_flagged = ?, url = ?, apply_url = ?, tags = ?, simhash = ?,
	listed_at = COALESCE(?, first_seen_at), last_seen_at = ?, closed_at = NULL, modified_at = ? WHERE id = ?`

// upserter holds one transaction's prepared statements.
type upserter struct {
	s                                                       *Store
	tx                                                      *sql.Tx
	link, cands, insP, updP, seenP, insL, seenL, updL, reoL *sql.Stmt
}

func (s *Store) newUpserter(ctx context.Context, tx *sql.Tx) (*upserter, error) {
	u := &upserter{s: s, tx: tx}
	for _, q := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&u.link, `SELECT posting_id, content_hash, closed_at IS NOT NULL FROM posting_sources WHERE source_id = ? AND external_id = ?`},
		{&u.cands, `SELECT id, locations, work_mode, remote_regions, simhash, closed_at IS NOT NULL FROM postings
			WHERE company_key = ? AND title_key = ? ORDER BY closed_at IS NOT NULL, last_seen_at DESC LIMIT 20`},
		{&u.insP, insertPostingSQL},
		{&u.updP, updatePostingSQL},
		{&u.seenP, `UPDATE postings SET last_seen_at = ?, closed_at = NULL WHERE id = ?`},
		{&u.insL, `INSERT INTO posting_sources (source_id, external_id, posting_id, url, apply_url, content_hash, first_seen_at, last_seen_at, closed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`},
		{&u.seenL, `UPDATE posting_sources SET last_seen_at = ? WHERE source_id = ? AND external_id = ?`},
		{&u.updL, `UPDATE posting_sources SET url = ?, apply_url = ?, content_hash = ?, last_seen_at = ?, closed_at = NULL WHERE source_id = ? AND external_id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, s.rebind(q.sql))
		if err != nil {
			u.close()
			return nil, wrap("prepare upsert", err)
		}
		*q.st = st
	}
	return u, nil
}

func (u *upserter) close() {
	for _, st := range []*sql.Stmt{u.link, u.cands, u.insP, u.updP, u.seenP, u.insL, u.seenL, u.updL} {
		if st != nil {
			st.Close()
		}
	}
}

// UpsertPostings stores one batch of a source's postings in one transaction: a crash leaves the batch
// either wholly written or not at all. Each item is matched by (source, external id) first, then against
// known postings of the same company and title by posting.SameJob, open or closed, so the same job via
// another source, or a repost of a closed job, links to the posting it already is.
func (s *Store) UpsertPostings(ctx context.Context, sourceID string, items []IngestItem, now time.Time) (IngestCounts, error) {
	var c IngestCounts
	now = now.UTC()
	err := s.InTx(ctx, func(tx *Tx) error {
		c = IngestCounts{}
		u, err := s.newUpserter(ctx, tx.tx)
		if err != nil {
			return err
		}
		defer u.close()
		for _, it := range items {
			if err := u.one(ctx, sourceID, it, now, &c); err != nil {
				return fmt.Errorf("store: upsert posting %q: %w", it.ExternalID, err)
			}
		}
		return nil
	})
	return c, err
}

func (u *upserter) one(ctx context.Context, sourceID string, it IngestItem, now time.Time, c *IngestCounts) error {
	p := it.Posting
	var pid, hash string
	var closed bool
	err := u.link.QueryRowContext(ctx, sourceID, it.ExternalID).Scan(&pid, &hash, &closed)
	switch {
	case err == nil:
		if hash == it.Hash && !closed {
			if _, err := u.seenL.ExecContext(ctx, now, sourceID, it.ExternalID); err != nil {
				return err
			}
			_, err := u.seenP.ExecContext(ctx, now, pid)
			c.Unchanged++
			return err
		}
		args := append(postingArgs(it), nullTime(p.PostedAt), now, now, pid)
		if _, err := u.updP.ExecContext(ctx, args...); err != nil {
			return err
		}
		_, err := u.updL.ExecContext(ctx, p.URL, p.ApplyURL, it.Hash, now, sourceID, it.ExternalID)
		c.Updated++
		return err
	case err != sql.ErrNoRows:
		return err
	}
	pid, err = u.match(ctx, p)
	if err != nil {
		return err
	}
	if pid != "" {
		if _, err := u.seenP.ExecContext(ctx, now, pid); err != nil {
			return err
		}
		c.Linked++
	} else {
		pid = uuid.NewString()
		args := append([]any{pid}, postingArgs(it)...)
		args = append(args, listedAt(p, now), now, now, now)
		if _, err := u.insP.ExecContext(ctx, args...); err != nil {
			return err
		}
		c.Created++
		c.NewIDs = append(c.NewIDs, pid)
	}
	_, err = u.insL.ExecContext(ctx, sourceID, it.ExternalID, pid, p.URL, p.ApplyURL, it.Hash, now, now)
	return err
}

// match returns the id of a known posting that is the same job as p, or "".
func (u *upserter) match(ctx context.Context, p posting.Posting) (string, error) {
	if p.CompanyKey == "" || p.TitleKey == "" {
		return "", nil
	}
	rows, err := u.cands.QueryContext(ctx, p.CompanyKey, p.TitleKey)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var id, locs, regions string
		var q posting.Posting
		var sim int64
		var closed bool
		if err := rows.Scan(&id, &locs, &q.WorkMode, &regions, &sim, &closed); err != nil {
			return "", err
		}
		if json.Unmarshal([]byte(locs), &q.Locations) != nil || json.Unmarshal([]byte(regions), &q.RemoteRegions) != nil {
			continue
		}
		q.CompanyKey, q.TitleKey, q.SimHash = p.CompanyKey, p.TitleKey, uint64(sim)
		if posting.SameJob(p, q) {
			return id, nil
		}
	}
	return "", rows.Err()
}

// TouchSource marks every open link of a source as seen now (an answer of 304 Not Modified lists the same postings).
func (s *Store) TouchSource(ctx context.Context, sourceID string, now time.Time) (int, error) {
	var n int64
	err := s.InTx(ctx, func(tx *Tx) error {
		res, err := s.exec(ctx, tx.tx, `UPDATE posting_sources SET last_seen_at = ? WHERE source_id = ? AND closed_at IS NULL`, now.UTC(), sourceID)
		if err != nil {
			return wrap("touch source", err)
		}
		n, _ = res.RowsAffected()
		_, err = s.exec(ctx, tx.tx, `UPDATE postings SET last_seen_at = ? WHERE id IN
			(SELECT posting_id FROM posting_sources WHERE source_id = ? AND closed_at IS NULL)`, now.UTC(), sourceID)
		return wrap("touch source postings", err)
	})
	return int(n), err
}

// CloseUnseen closes the open links of a source not seen since `since` (the run's start), except the
// external ids in keep (items the run could not read), and closes postings left with no open link.
// Only call it after a complete, trustworthy listing. It returns how many links it closed.
func (s *Store) CloseUnseen(ctx context.Context, sourceID string, since time.Time, keep []string, now time.Time) (int, error) {
	var closed int
	err := s.InTx(ctx, func(tx *Tx) error {
		rows, err := s.query(ctx, tx.tx, `SELECT external_id, posting_id FROM posting_sources WHERE source_id = ? AND closed_at IS NULL AND last_seen_at < ?`,
			sourceID, since.UTC())
		if err != nil {
			return wrap("close unseen", err)
		}
		skip := map[string]bool{}
		for _, k := range keep {
			skip[k] = true
		}
		var ext, pids []string
		for rows.Next() {
			var e, p string
			if err := rows.Scan(&e, &p); err != nil {
				rows.Close()
				return wrap("close unseen", err)
			}
			if !skip[e] {
				ext, pids = append(ext, e), append(pids, p)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return wrap("close unseen", err)
		}
		for _, e := range ext {
			if _, err := s.exec(ctx, tx.tx, `UPDATE posting_sources SET closed_at = ? WHERE source_id = ? AND external_id = ?`, now.UTC(), sourceID, e); err != nil {
				return wrap("close link", err)
			}
		}
		closed = len(ext)
		_, err = s.closeOrphans(ctx, tx.tx, pids, now)
		return err
	})
	return closed, err
}

// closeOrphans closes those of the postings that no longer have an open link.
func (s *Store) closeOrphans(ctx context.Context, q querier, ids []string, now time.Time) (int, error) {
	n := 0
	for _, id := range ids {
		res, err := s.exec(ctx, q, `UPDATE postings SET closed_at = ? WHERE id = ? AND closed_at IS NULL
			AND NOT EXISTS (SELECT 1 FROM posting_sources l WHERE l.posting_id = postings.id AND l.closed_at IS NULL)`, now.UTC(), id)
		if err != nil {
			return n, wrap("close posting", err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, nil
}

func (s *Store) postingIDsOfSource(ctx context.Context, q querier, sourceID string) ([]string, error) {
	rows, err := s.query(ctx, q, `SELECT DISTINCT posting_id FROM posting_sources WHERE source_id = ?`, sourceID)
	if err != nil {
		return nil, wrap("postings of source", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, wrap("postings of source", err)
		}
		ids = append(ids, id)
	}
	return ids, wrap("postings of source", rows.Err())
}
