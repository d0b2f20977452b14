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

// updatePostingSQL rewrites a posting from a new listing. A listing without a description text keeps the
// stored description and its SimHash (boards whose lists omit it, or a capped detail fetch, must not erase it).
const updatePostingSQL = `UPDATE postings SET title = ?, title_key = ?, company = ?, company_key = ?,
	description_html = CASE WHEN CAST(? AS TEXT) = '' THEN description_html ELSE ? END,
	description_text = CASE WHEN CAST(? AS TEXT) = '' THEN description_text ELSE ? END,
	locations = ?, work_mode = ?, remote_regions = ?, employment_type = ?, seniority = ?, department = ?, salary_min = ?, salary_max = ?,
	salary_currency = ?, salary_period = ?, salary_annual_min = ?, salary_annual_max = ?, salary_source = ?, salary_raw = ?, posted_at = ?,
	posted_raw = ?, changed_at = ?, changed_raw = ?, date_flagged = ?, url = ?, apply_url = ?, tags = ?,
	simhash = CASE WHEN CAST(? AS TEXT) = '' THEN simhash ELSE ? END,
	listed_at = COALESCE(?, first_seen_at), last_seen_at = ?, closed_at = NULL, modified_at = ? WHERE id = ?`

// updatePostingArgs are updatePostingSQL's content arguments: appendPostingArgs's, with the new
// description text before each value it guards.
func updatePostingArgs(it IngestItem) []any {
	a := appendPostingArgs(make([]any, 0, 36), it)
	text := it.Posting.DescriptionText
	out := make([]any, 0, len(a)+3)
	out = append(out, a[:4]...)
	out = append(out, text, a[4], text, a[5])
	out = append(out, a[6:len(a)-1]...)
	return append(out, text, a[len(a)-1])
}

const updateLinkSQL = `UPDATE posting_sources SET url = ?, apply_url = ?, content_hash = ?, last_seen_at = ?, closed_at = NULL,
	locations = ?, work_mode = ?, remote_regions = ? WHERE source_id = ? AND external_id = ?`

// write sends the queued writes. Postings go before the links that point at them; an update and a
// "seen" of the same row commute (both set last_seen_at to now and reopen), and updates keep item order.
func (b *upsertBatch) write(ctx context.Context) error {
	now := b.now
	if err := insertRows(ctx, b, "postings", postingInsertCols, b.inserts, func(args []any, r postingInsert) []any {
		args = append(args, r.id)
		args = appendPostingArgs(args, r.item)
		return append(args, listedAt(r.item.Posting, now), now, now, now)
	}); err != nil {
		return err
	}
	if len(b.updates) > 0 {
		st, err := b.tx.PrepareContext(ctx, b.s.rebind(updatePostingSQL))
		if err != nil {
			return err
		}
		defer st.Close()
		for _, u := range b.updates {
			args := updatePostingArgs(u.item)
			if _, err := st.ExecContext(ctx, noNUL(append(args, nullTime(u.item.Posting.PostedAt), now, now, u.id))...); err != nil {
				return err
			}
		}
	}
	for chunk := range slices.Chunk(b.seen, 500) {
		q, args := b.s.seenPostingsStmt(chunk, now)
		if _, err := b.s.exec(ctx, b.tx, q, args...); err != nil {
			return err
		}
	}
	if err := insertRows(ctx, b, "posting_sources", linkInsertCols, b.linkInserts, func(args []any, r linkInsert) []any {
		p, w := r.item.Posting, whereOf(r.item.Posting).encode()
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
