package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"

	"github.com/career-copilot/copilot/internal/posting"
)

// rehashVersion is the migration that recomputes every stored posting's SimHash after its words came
// to be hashed as byte lanes (posting.SimHash), so that new listings are still compared with old ones.
const rehashVersion = 10

// rehashName is the name the migration is listed under; Go migrations have no file.
const rehashName = "0010_posting_simhash_lanes.go"

// rehashPage is how many postings the migration reads, hashes and writes at a time.
const rehashPage = 500

// rehashMigration recomputes the SimHashes with posting.SimHash going up and posting.SimHashV1 going
// down, in the migration's transaction: a crash leaves all of them as they were.
func (s *Store) rehashMigration() *goose.Migration {
	return goose.NewGoMigration(rehashVersion,
		&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error { return s.rehash(ctx, tx, posting.SimHash) }},
		&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error { return s.rehash(ctx, tx, posting.SimHashV1) }})
}

// rehash sets each posting's simhash to hash(description_text), a page at a time in id order; a posting
// whose hash is already right is not written.
func (s *Store) rehash(ctx context.Context, tx *sql.Tx, hash func(string) uint64) error {
	upd, err := tx.PrepareContext(ctx, s.rebind(`UPDATE postings SET simhash = ? WHERE id = ?`))
	if err != nil {
		return fmt.Errorf("store: rehash postings: %w", err)
	}
	defer upd.Close()
	type row struct {
		id, text string
		sim      int64
	}
	page := make([]row, 0, rehashPage)
	for after := ""; ; after = page[len(page)-1].id {
		page = page[:0]
		q, args := `SELECT id, description_text, simhash FROM postings ORDER BY id LIMIT ?`, []any{rehashPage}
		if after != "" { // ids are UUIDs on PostgreSQL, so the first page has no lower bound rather than ""
			q, args = `SELECT id, description_text, simhash FROM postings WHERE id > ? ORDER BY id LIMIT ?`, []any{after, rehashPage}
		}
		rows, err := tx.QueryContext(ctx, s.rebind(q), args...)
		if err != nil {
			return fmt.Errorf("store: rehash postings: %w", err)
		}
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.text, &r.sim); err != nil {
				rows.Close()
				return fmt.Errorf("store: rehash postings: %w", err)
			}
			page = append(page, r)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("store: rehash postings: %w", err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: rehash postings: %w", err)
		}
		if len(page) == 0 {
			return nil
		}
		for _, r := range page {
			if sim := int64(hash(r.text)); sim != r.sim {
				if _, err := upd.ExecContext(ctx, sim, r.id); err != nil {
					return fmt.Errorf("store: rehash posting %s: %w", r.id, err)
				}
			}
		}
	}
}
