// Package storetest opens fresh, migrated databases for tests: SQLite always, PostgreSQL when
// COPILOT_TEST_POSTGRES_URL is set, so one suite runs on both.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/career-copilot/copilot/internal/store"
)

// Dialects lists the databases available to this test run.
func Dialects() []store.Dialect {
	d := []store.Dialect{store.SQLite}
	if os.Getenv("COPILOT_TEST_POSTGRES_URL") != "" {
		d = append(d, store.Postgres)
	}
	return d
}

// Each runs fn once per available dialect as a subtest.
func Each(t *testing.T, fn func(t *testing.T, d store.Dialect)) {
	for _, d := range Dialects() {
		t.Run(string(d), func(t *testing.T) { fn(t, d) })
	}
}

// Open returns a fresh, migrated store of the dialect, closed and dropped when the test ends.
func Open(t testing.TB, d store.Dialect) *store.Store {
	t.Helper()
	s := OpenEmpty(t, d)
	if _, err := s.MigrateUp(context.Background()); err != nil {
		t.Fatalf("storetest: migrate: %v", err)
	}
	return s
}

// OpenEmpty returns a fresh store without migrations applied.
func OpenEmpty(t testing.TB, d store.Dialect) *store.Store {
	t.Helper()
	ctx := context.Background()
	var o store.Options
	if d == store.Postgres {
		o.DatabaseURL = FreshPostgres(t)
	} else {
		o.SQLitePath = filepath.Join(t.TempDir(), "copilot.db")
	}
	s, err := store.Open(ctx, o)
	if err != nil {
		t.Fatalf("storetest: open %s: %v", d, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// FreshPostgres creates an empty database on the test server and returns its URL; it is dropped after the test.
func FreshPostgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv("COPILOT_TEST_POSTGRES_URL")
	if base == "" {
		t.Fatal("storetest: COPILOT_TEST_POSTGRES_URL is not set")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("storetest: connect %s: %v", redact(base), err)
	}
	defer admin.Close(ctx)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "copilot_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("storetest: create database: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			return
		}
		defer c.Close(context.Background())
		_, _ = c.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("storetest: parse url: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparseable url)"
	}
	return u.Redacted()
}
