package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// copyFunc writes rows into a table's columns inside the transaction it was handed with.
type copyFunc func(ctx context.Context, table string, cols []string, rows [][]any) error

// inCopyTx runs fn in a transaction like InTx. On PostgreSQL the transaction is on a pinned connection
// and copyRows sends rows with COPY on it, which costs the server a fraction of a multi-row INSERT (no
// statement of thousands of parameters to parse, plan and evaluate); on SQLite copyRows is nil.
func (s *Store) inCopyTx(ctx context.Context, fn func(tx *sql.Tx, copyRows copyFunc) error) error {
	if s.dialect != Postgres {
		return s.InTx(ctx, func(tx *Tx) error { return fn(tx.tx, nil) })
	}
	conn, err := s.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: connection: %w", err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	copyRows := func(ctx context.Context, table string, cols []string, rows [][]any) error {
		return conn.Raw(func(dc any) error {
			c, ok := dc.(*stdlib.Conn)
			if !ok {
				return fmt.Errorf("store: copy into %s: driver connection is a %T", table, dc)
			}
			for _, r := range rows {
				noNUL(r)
			}
			_, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
			return err
		})
	}
	if err := fn(tx, copyRows); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}
