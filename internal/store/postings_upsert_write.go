package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// rowsPerInsert is how many rows one multi-row INSERT carries: 100 postings are 3,400 parameters,
// far below the limits of SQLite (32,766) and PostgreSQL (65,535).
const rowsPerInsert = 100

// postingInsertCols are the columns a new posting is written in: id, the 29 content columns of
// appendPostingArgs, listed_at, first and last seen and modified_at (closed_at stays NULL).
var postingInsertCols = []string{"id", "title", "title_key", "company", "company_key", "description_html", "description_text",
	"locations", "work_mode", "remote_regions", "employment_type", "seniority", "department", "salary_min", "salary_max",
	"salary_currency", "salary_period", "salary_annual_min", "salary_annual_max", "salary_source", "salary_raw", "posted_at",
	"posted_raw", "changed_at", "changed_raw", "date_flagged", "url", "apply_url", "tags", "simhash", "listed_at",
	"first_seen_at", "last_seen_at", "modified_at"}

// linkInsertCols are the columns a new link is written in (closed_at stays NULL).
var linkInsertCols = []string{"source_id", "external_id", "posting_id", "url", "apply_url", "content_hash", "first_seen_at", "last_seen_at",
	"locations", "work_mode", "remote_regions"}

const updateLinkSQL = `UPDATE posting_sources SET url = ?, apply_url = ?, content_hash = ?, last_seen_at = ?, closed_at = NULL,
	locations = ?, work_mode = ?, remote_regions = ? WHERE source_id = ? AND external_id = ?`

// write sends the queued writes. Postings go before the links that point at them; an update and a
// "seen" of the same row commute (both set last_seen_at to now and reopen), and updates keep item order.
// Every write of a posting sets its places as merged after the whole batch, so they agree.
func (b *upsertBatch) write(ctx context.Context) error {
	now := b.now
	if err := insertRows(ctx, b, "postings", postingInsertCols, b.inserts, func(args []any, r postingInsert) []any {
		args = append(args, r.id)
		args = appendPostingArgs(args, r.item, b.mergedJSON(r.id))
		return append(args, listedAt(r.item.Posting, now), now, now, now)
	}); err != nil {
		return err
	}
	if err := b.writeUpdates(ctx); err != nil {
		return err
	}
	for chunk := range slices.Chunk(b.seen, 500) {
		q, args := b.s.seenPostingsStmt(chunk, now)
		if _, err := b.s.exec(ctx, b.tx, q, args...); err != nil {
			return err
		}
	}
	if err := insertRows(ctx, b, "posting_sources", linkInsertCols, b.linkInserts, func(args []any, r linkInsert) []any {
		p, w := r.item.Posting, b.linkJSON(r.pid, r.item)
		return append(args, b.sourceID, r.item.ExternalID, r.pid, p.URL, p.ApplyURL, r.item.Hash, now, now, w.locations, w.workMode, w.regions)
	}); err != nil {
		return err
	}
	for chunk := range slices.Chunk(b.seenLinks, 500) {
		q, args := b.s.seenLinksStmt(b.sourceID, chunk, now)
		if _, err := b.s.exec(ctx, b.tx, q, args...); err != nil {
			return err
		}
	}
	for _, it := range b.linkUpdates {
		p, w := it.Posting, whereOf(it.Posting).encode()
		if _, err := b.s.exec(ctx, b.tx, updateLinkSQL, p.URL, p.ApplyURL, it.Hash, now, w.locations, w.workMode, w.regions,
			b.sourceID, it.ExternalID); err != nil {
			return err
		}
	}
	return nil
}

// insertRows writes new rows into a table's columns: with COPY on PostgreSQL, else rowsPerInsert at a
// time with one multi-row INSERT each.
func insertRows[T any](ctx context.Context, b *upsertBatch, table string, cols []string, rows []T, args func([]any, T) []any) error {
	if len(rows) == 0 {
		return nil
	}
	if b.copyRows != nil {
		vals := make([][]any, len(rows))
		for i, r := range rows {
			vals[i] = args(make([]any, 0, len(cols)), r)
		}
		return b.copyRows(ctx, table, cols, vals)
	}
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	row := "(" + placeholders(len(cols), 1) + ")"
	var full *sql.Stmt // the statement of a whole chunk, prepared once
	for chunk := range slices.Chunk(rows, rowsPerInsert) {
		a := make([]any, 0, len(chunk)*len(cols))
		for _, r := range chunk {
			a = args(a, r)
		}
		var err error
		switch {
		case len(chunk) < rowsPerInsert:
			_, err = b.s.exec(ctx, b.tx, head+repeatJoin(row, len(chunk)), a...)
		case full == nil:
			if full, err = b.tx.PrepareContext(ctx, b.s.rebind(head+repeatJoin(row, len(chunk)))); err != nil {
				return err
			}
			defer full.Close()
			fallthrough
		default:
			_, err = full.ExecContext(ctx, noNUL(a)...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func repeatJoin(s string, n int) string {
	out := make([]byte, 0, n*(len(s)+2))
	for i := 0; i < n; i++ {
		if i > 0 {
			out = append(out, ", "...)
		}
		out = append(out, s...)
	}
	return string(out)
}

// writeUpdates sends the queued posting updates in item order: a rewrite each, and for a new link the merge
// into its posting unless that changes nothing (its listing states nothing to fill in, and the places
// are already stored).
func (b *upsertBatch) writeUpdates(ctx context.Context) error {
	var rewrite, link *sql.Stmt
	defer func() {
		for _, st := range []*sql.Stmt{rewrite, link} {
			if st != nil {
				st.Close()
			}
		}
	}()
	prepare := func(st **sql.Stmt, q string) (*sql.Stmt, error) {
		if *st != nil {
			return *st, nil
		}
		var err error
		*st, err = b.tx.PrepareContext(ctx, b.s.rebind(q))
		return *st, err
	}
	now := b.now
	for _, u := range b.updates {
		pp := b.placesOf(u.id)
		var st *sql.Stmt
		var args []any
		var err error
		if u.linked {
			if !u.fills && pp.written {
				continue // another statement of this batch wrote the posting, and its modified_at
			}
			st, err = prepare(&link, linkPostingSQL)
			args = append(linkArgs(u.item, b.mergedJSON(u.id)), now, u.id)
		} else {
			st, err = prepare(&rewrite, updatePostingSQL)
			args = append(rewriteArgs(u, b.mergedJSON(u.id)), nullTime(u.item.Posting.PostedAt), now, now, u.id)
		}
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, noNUL(args)...); err != nil {
			return err
		}
		pp.written = true
	}
	return nil
}

// mergedJSON is a posting's merged places as stored, encoded once per batch.
func (b *upsertBatch) mergedJSON(id string) whereJSON {
	pp := b.placesOf(id)
	if !pp.encoded {
		pp.json, pp.encoded = pp.merged.encode(), true
	}
	return pp.json
}

// linkJSON is a new link's own places as stored: those of its posting when it is the posting's only link.
func (b *upsertBatch) linkJSON(id string, it IngestItem) whereJSON {
	if pp := b.places[id]; pp != nil && len(pp.links) == 1 && pp.links[0].externalID == it.ExternalID && pp.links[0].sourceID == b.sourceID {
		return b.mergedJSON(id)
	}
	return whereOf(it.Posting).encode()
}
