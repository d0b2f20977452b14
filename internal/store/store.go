// Package store holds all SQL of Career Copilot, for the embedded SQLite and for PostgreSQL.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// ErrNotFound is returned when a row does not exist or belongs to another user.
var ErrNotFound = errors.New("store: not found")

// ErrConflict is returned when a unique constraint is violated.
var ErrConflict = errors.New("store: conflict")

// Dialect names the SQL flavour.
type Dialect string

// The two supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store is the database: a writer and a reader handle (the same pool on PostgreSQL).
type Store struct {
	dialect Dialect
	write   *sql.DB
	read    *sql.DB
	pool    *pgxpool.Pool // PostgreSQL only; River uses it
}

// Options configure Open.
type Options struct {
	DatabaseURL string // postgres://... or empty
	SQLitePath  string // file for the embedded database
	MaxConns    int
}

// Open connects to PostgreSQL when DatabaseURL is set, otherwise to the SQLite file.
func Open(ctx context.Context, o Options) (*Store, error) {
	if o.MaxConns <= 0 {
		o.MaxConns = 10
	}
	if o.DatabaseURL != "" {
		return openPostgres(ctx, o)
	}
	return openSQLite(ctx, o)
}

func openPostgres(ctx context.Context, o Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(o.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("store: parse DATABASE_URL: %w", err)
	}
	cfg.MaxConns = int32(o.MaxConns)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect postgres: %w", err)
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &Store{dialect: Postgres, write: db, read: db, pool: pool}
	if err := db.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: ping postgres: %w", err)
	}
	return s, nil
}

func openSQLite(ctx context.Context, o Options) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(o.SQLitePath), 0o750); err != nil {
		return nil, fmt.Errorf("store: create data dir: %w", err)
	}
	// busy_timeout first so the other pragmas wait for locks too (the PocketBase order).
	base := "file:" + o.SQLitePath + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_time_format=sqlite"
	// The writer's page cache holds a whole ingestion batch (500 postings are several MB of pages): with
	// the default 2 MB it spills pages to the WAL mid-transaction and reads them back.
	write, err := sql.Open("sqlite", base+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxLifetime(0)
	if err := write.PingContext(ctx); err != nil {
		write.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", o.SQLitePath, err)
	}
	read, err := sql.Open("sqlite", base+"&mode=ro")
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("store: open sqlite reader: %w", err)
	}
	read.SetMaxOpenConns(o.MaxConns)
	return &Store{dialect: SQLite, write: write, read: read}, nil
}

// Close releases every connection.
func (s *Store) Close() error {
	err := s.write.Close()
	if s.read != s.write {
		err = errors.Join(err, s.read.Close())
	}
	if s.pool != nil {
		s.pool.Close()
	}
	return err
}

// Dialect says which database this is.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB is the writer handle (also the only handle on PostgreSQL).
func (s *Store) DB() *sql.DB { return s.write }

// Pool is the pgx pool on PostgreSQL, nil on SQLite.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.read.PingContext(ctx); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Stats reports the connections in use and the maximum, for metrics.
func (s *Store) Stats() (inUse, maxOpen int) {
	if s.pool != nil {
		// database/sql over pgxpool knows no maximum; the pool does, and counts River's connections too.
		st := s.pool.Stat()
		return int(st.AcquiredConns()), int(st.MaxConns())
	}
	st := s.write.Stats()
	inUse, maxOpen = st.InUse, st.MaxOpenConnections
	if s.read != s.write {
		r := s.read.Stats()
		inUse += r.InUse
		maxOpen += r.MaxOpenConnections
	}
	return inUse, maxOpen
}

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Tx is a transaction handed to InTx callbacks; its methods are those of Store that write.
type Tx struct {
	s  *Store
	tx *sql.Tx
}

// InTx runs fn in one transaction, committing when fn returns nil.
func (s *Store) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	t, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(&Tx{s: s, tx: t}); err != nil {
		_ = t.Rollback()
		return err
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// rebind turns ? placeholders into $1, $2 ... for PostgreSQL. Queries never contain a literal '?'.
func (s *Store) rebind(q string) string {
	if s.dialect != Postgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

func (s *Store) exec(ctx context.Context, q querier, query string, args ...any) (sql.Result, error) {
	return q.ExecContext(ctx, s.rebind(query), noNUL(args)...)
}

func (s *Store) query(ctx context.Context, q querier, query string, args ...any) (*sql.Rows, error) {
	return q.QueryContext(ctx, s.rebind(query), noNUL(args)...)
}

func (s *Store) queryRow(ctx context.Context, q querier, query string, args ...any) *sql.Row {
	return q.QueryRowContext(ctx, s.rebind(query), noNUL(args)...)
}

// noNUL drops NUL characters from text arguments: PostgreSQL refuses them in text, SQLite would keep
// them, and either way both databases must store the same value. Bytes (blobs) are left as they are.
func noNUL(args []any) []any {
	for i, a := range args {
		switch v := a.(type) {
		case string:
			if strings.IndexByte(v, 0) >= 0 {
				args[i] = strings.ReplaceAll(v, "\x00", "")
			}
		case []string: // an array parameter (PostgreSQL); the caller's slice is not changed
			for j, str := range v {
				if strings.IndexByte(str, 0) >= 0 {
					v = append([]string(nil), v...)
					for k := j; k < len(v); k++ {
						v[k] = strings.ReplaceAll(v[k], "\x00", "")
					}
					args[i] = v
					break
				}
			}
		}
	}
	return args
}
