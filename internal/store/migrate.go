package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/database"
	"github.com/pressly/goose/v3/lock"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
)

//go:embed migrations
var migrations embed.FS

// MigrationState is one migration and whether it is applied.
type MigrationState struct {
	Version   int64
	Name      string
	Applied   bool
	AppliedAt time.Time
}

func (s *Store) provider() (*goose.Provider, error) {
	sub, err := fs.Sub(migrations, "migrations/"+string(s.dialect))
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	d := goose.DialectSQLite3
	// Migrations merged from parallel branches may arrive out of order; each is applied once either way.
	opts := []goose.ProviderOption{goose.WithAllowOutofOrder(true), goose.WithGoMigrations(s.rehashMigration())}
	if s.dialect == Postgres {
		d = goose.DialectPostgres
		// A session advisory lock keeps replicas started with COPILOT_AUTO_MIGRATE=true from migrating at once.
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, fmt.Errorf("store: migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(database.Dialect(d), s.write, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	return p, nil
}

// MigrateUp applies every pending migration, ours and River's, and returns how many of ours ran.
func (s *Store) MigrateUp(ctx context.Context) (int, error) {
	p, err := s.provider()
	if err != nil {
		return 0, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return len(res), fmt.Errorf("store: migrate up: %w", err)
	}
	if err := s.riverMigrate(ctx, rivermigrate.DirectionUp); err != nil {
		return len(res), err
	}
	return len(res), nil
}

// MigrateDown rolls back the last n of our migrations (River's tables stay).
func (s *Store) MigrateDown(ctx context.Context, n int) (int, error) {
	p, err := s.provider()
	if err != nil {
		return 0, err
	}
	done := 0
	for ; done < n; done++ {
		if _, err := p.Down(ctx); err != nil {
			if errors.Is(err, goose.ErrNoNextVersion) {
				break
			}
			return done, fmt.Errorf("store: migrate down: %w", err)
		}
	}
	return done, nil
}

// MigrationStatus lists every migration with its state.
func (s *Store) MigrationStatus(ctx context.Context) ([]MigrationState, error) {
	p, err := s.provider()
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migration status: %w", err)
	}
	out := make([]MigrationState, 0, len(st))
	for _, m := range st {
		out = append(out, MigrationState{Version: m.Source.Version, Name: migrationName(m.Source), Applied: m.State == goose.StateApplied, AppliedAt: m.AppliedAt})
	}
	return out, nil
}

// SchemaVersion is the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	p, err := s.provider()
	if err != nil {
		return 0, err
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return v, nil
}

// Pending counts migrations not yet applied, ours and River's.
func (s *Store) Pending(ctx context.Context) (int, error) {
	p, err := s.provider()
	if err != nil {
		return 0, err
	}
	has, err := p.HasPending(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: pending migrations: %w", err)
	}
	n := 0
	if has {
		st, err := s.MigrationStatus(ctx)
		if err != nil {
			return 0, err
		}
		for _, m := range st {
			if !m.Applied {
				n++
			}
		}
	}
	rp, err := s.riverPending(ctx)
	return n + rp, err
}

// MigrationHistory is the log of applied migrations, oldest first, from goose's own table.
func (s *Store) MigrationHistory(ctx context.Context) ([]MigrationState, error) {
	rows, err := s.query(ctx, s.read, `SELECT version_id, tstamp FROM goose_db_version WHERE is_applied AND version_id > 0 ORDER BY id`)
	if err != nil {
		return nil, wrap("migration history", err)
	}
	defer rows.Close()
	names := map[int64]string{}
	if st, err := s.MigrationStatus(ctx); err == nil {
		for _, m := range st {
			names[m.Version] = m.Name
		}
	}
	var out []MigrationState
	for rows.Next() {
		var m MigrationState
		if err := rows.Scan(&m.Version, &m.AppliedAt); err != nil {
			return nil, wrap("migration history", err)
		}
		m.Name, m.Applied = names[m.Version], true
		out = append(out, m)
	}
	return out, wrap("migration history", rows.Err())
}

// riverMigrate runs River's own migrations with the driver of this dialect.
func (s *Store) riverMigrate(ctx context.Context, dir rivermigrate.Direction) error {
	var err error
	if s.dialect == Postgres {
		var m *rivermigrate.Migrator[pgx.Tx]
		if m, err = rivermigrate.New(riverpgxv5.New(s.pool), nil); err == nil {
			_, err = m.Migrate(ctx, dir, nil)
		}
	} else {
		var m *rivermigrate.Migrator[*sql.Tx]
		if m, err = rivermigrate.New(riversqlite.New(s.write), nil); err == nil {
			_, err = m.Migrate(ctx, dir, nil)
		}
	}
	if err != nil {
		return fmt.Errorf("store: river migrations: %w", err)
	}
	return nil
}

// riverPending counts River migrations not yet applied.
func (s *Store) riverPending(ctx context.Context) (int, error) {
	var res *rivermigrate.ValidateResult
	var err error
	if s.dialect == Postgres {
		var m *rivermigrate.Migrator[pgx.Tx]
		if m, err = rivermigrate.New(riverpgxv5.New(s.pool), nil); err == nil {
			res, err = m.Validate(ctx, nil)
		}
	} else {
		var m *rivermigrate.Migrator[*sql.Tx]
		if m, err = rivermigrate.New(riversqlite.New(s.write), nil); err == nil {
			res, err = m.Validate(ctx, nil)
		}
	}
	if err != nil {
		return 0, fmt.Errorf("store: river migrations: %w", err)
	}
	if res.OK {
		return 0, nil
	}
	return len(res.Messages), nil
}

// migrationName is a migration's file name, or the name a Go migration is listed under.
func migrationName(src *goose.Source) string {
	if src.Version == rehashVersion && src.Path == "" {
		return rehashName
	}
	return baseName(src.Path)
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}
