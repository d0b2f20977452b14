package store

import (
	"strconv"
	"strings"
	"time"
)

// The statements of a batch upsert. On PostgreSQL a list of values is one array parameter that the
// statement unnests, and the reads look each value up through LATERAL ... LIMIT, which the planner
// never flattens into a join, so they stay index probes whatever the statistics say. With
// "col = ANY(?)" the generic plan of a fresh or growing table sought posting_sources by source_id alone
// and compared every link of the source with the whole list (200 ms a batch at 20,000 links), and with
// "IN (VALUES ...)" the dedup candidates came from a scan of every posting.

// candidateCols are a posting's columns as dedup and the merge of a new link need them: after the dedup view,
// whether it is closed and when it was last seen, the fields it leaves unknown (lacksCols).
var candidateCols = `p.id, p.company_key, p.title_key, p.locations, p.work_mode, p.remote_regions, p.simhash, p.closed_at IS NOT NULL,
	p.last_seen_at` + lacksCols

// linksQuery reads the links of a source with the given external ids, with their postings' candidateCols.
func (s *Store) linksQuery(sourceID string, ext []string) (string, []any) {
	cols := `l.external_id, l.content_hash, l.closed_at IS NOT NULL, ` + candidateCols
	if s.dialect == Postgres {
		// (source, external id) is the key: LIMIT 1 changes no result but keeps the lookup an index probe per
		// id, where a join may scan every link of the source into a hash table while it has no statistics.
		return `SELECT ` + cols + ` FROM unnest(?::text[]) AS e(external_id)
			CROSS JOIN LATERAL (SELECT * FROM posting_sources l WHERE l.source_id = ? AND l.external_id = e.external_id LIMIT 1) l
			JOIN postings p ON p.id = l.posting_id`, []any{ext, sourceID}
	}
	args := make([]any, 0, 1+len(ext))
	args = append(args, sourceID)
	for _, e := range ext {
		args = append(args, e)
	}
	return `SELECT ` + cols + ` FROM posting_sources l JOIN postings p ON p.id = l.posting_id
		WHERE l.source_id = ? AND l.external_id IN (` + placeholders(len(ext), 1) + `)`, args
}

// candidatesQuery reads, for each company and title key, its first maxCandidates postings in dedup
// order (open first, then most recently seen), as candidateCols grouped by key in that order.
func (s *Store) candidatesQuery(keys []dedupKey) (string, []any) {
	if s.dialect == Postgres {
		companies, titles := make([]string, len(keys)), make([]string, len(keys))
		for i, k := range keys {
			companies[i], titles[i] = k.company, k.title
		}
		// LATERAL with a LIMIT is never flattened into a join: each key is one index range scan.
		return `SELECT c.* FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS k(company_key, title_key, n)
			CROSS JOIN LATERAL (SELECT ` + candidateCols + ` FROM postings p
				WHERE p.company_key = k.company_key AND p.title_key = k.title_key
				ORDER BY p.closed_at IS NOT NULL, p.last_seen_at DESC LIMIT ?) c
			ORDER BY k.n, 8, 9 DESC`, []any{companies, titles, maxCandidates}
	}
	args := make([]any, 0, 2*len(keys)+1)
	for _, k := range keys {
		args = append(args, k.company, k.title)
	}
	lacks, lackNames := "", ""
	for i, g := range fieldGroups {
		lacks += ", " + g.lacks + " AS lacks" + strconv.Itoa(i)
		lackNames += ", lacks" + strconv.Itoa(i)
	}
	return `SELECT id, company_key, title_key, locations, work_mode, remote_regions, simhash, closed, last_seen_at` + lackNames + ` FROM (
		SELECT p.id, p.company_key, p.title_key, p.locations, p.work_mode, p.remote_regions, p.simhash,
			p.closed_at IS NOT NULL AS closed, p.last_seen_at` + lacks + `, ROW_NUMBER() OVER (PARTITION BY p.company_key, p.title_key
			ORDER BY p.closed_at IS NOT NULL, p.last_seen_at DESC) AS rn
		FROM postings p WHERE (p.company_key, p.title_key) IN (VALUES ` + placeholders(len(keys), 2) + `)) ranked
		WHERE rn <= ? ORDER BY company_key, title_key, rn`, append(args, maxCandidates)
}

// linkPlacesQuery reads every link of the given postings with its places, open or closed.
func (s *Store) linkPlacesQuery(ids []string) (string, []any) {
	const cols = `SELECT l.posting_id, l.source_id, l.external_id, l.first_seen_at, l.closed_at IS NOT NULL, l.locations, l.work_mode,
		l.remote_regions, l.url FROM posting_sources l`
	if s.dialect == Postgres {
		// Only the posting_id index can answer this: no plan compares the array with a whole source's links.
		return cols + ` WHERE l.posting_id = ANY(?::uuid[])`, []any{ids}
	}
	args := make([]any, 0, len(ids))
	for _, id := range ids {
		args = append(args, id)
	}
	return cols + ` WHERE l.posting_id IN (` + placeholders(len(ids), 1) + `)`, args
}

// seenPostingsStmt marks postings seen at now and open; one it reopens is modified at now, so that the
// match index sees it open again.
func (s *Store) seenPostingsStmt(ids []string, now time.Time) (string, []any) {
	const set = `SET last_seen_at = ?, modified_at = CASE WHEN closed_at IS NULL THEN modified_at ELSE ? END, closed_at = NULL`
	if s.dialect == Postgres {
		return `UPDATE postings p ` + set + ` FROM unnest(?::uuid[]) AS e(id) WHERE p.id = e.id`, []any{now, now, ids}
	}
	args := make([]any, 0, 2+len(ids))
	args = append(args, now, now)
	for _, id := range ids {
		args = append(args, id)
	}
	return `UPDATE postings ` + set + ` WHERE id IN (` + placeholders(len(ids), 1) + `)`, args
}

// seenLinksStmt marks a source's links of the given external ids seen at now.
func (s *Store) seenLinksStmt(sourceID string, ext []string, now time.Time) (string, []any) {
	return s.setLinksStmt("last_seen_at", sourceID, ext, now)
}

// closeLinksStmt closes a source's links of the given external ids at now.
func (s *Store) closeLinksStmt(sourceID string, ext []string, now time.Time) (string, []any) {
	return s.setLinksStmt("closed_at", sourceID, ext, now)
}

// setLinksStmt sets one time column of a source's links of the given external ids.
func (s *Store) setLinksStmt(col, sourceID string, ext []string, at time.Time) (string, []any) {
	if s.dialect == Postgres {
		return `UPDATE posting_sources l SET ` + col + ` = ? FROM unnest(?::text[]) AS e(external_id)
			WHERE l.source_id = ? AND l.external_id = e.external_id`, []any{at, ext, sourceID}
	}
	args := make([]any, 0, 2+len(ext))
	args = append(args, at, sourceID)
	for _, e := range ext {
		args = append(args, e)
	}
	return `UPDATE posting_sources SET ` + col + ` = ? WHERE source_id = ? AND external_id IN (` + placeholders(len(ext), 1) + `)`, args
}

// closeOrphansStmt closes those of the given open postings that have no open link left, at now.
func (s *Store) closeOrphansStmt(ids []string, now time.Time) (string, []any) {
	const orphan = ` AND p.closed_at IS NULL AND NOT EXISTS (SELECT 1 FROM posting_sources l WHERE l.posting_id = p.id AND l.closed_at IS NULL)`
	if s.dialect == Postgres {
		return `UPDATE postings p SET closed_at = ? FROM unnest(?::uuid[]) AS e(id) WHERE p.id = e.id` + orphan, []any{now, ids}
	}
	args := make([]any, 0, 1+len(ids))
	args = append(args, now)
	for _, id := range ids {
		args = append(args, id)
	}
	return `UPDATE postings AS p SET closed_at = ? WHERE p.id IN (` + placeholders(len(ids), 1) + `)` + orphan, args
}

// placeholders renders n groups of width question marks: "?, ?" for (2, 1), "(?, ?), (?, ?)" for (2, 2).
func placeholders(n, width int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if width > 1 {
			b.WriteByte('(')
		}
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('?')
		}
		if width > 1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}
