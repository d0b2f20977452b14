package scaletest

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// db reads the shared database directly: polling through the API would spend the low read limit.
type db struct {
	t    *testing.T
	conn *pgx.Conn
}

func openDB(t *testing.T, url string) *db {
	t.Helper()
	c, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return &db{t: t, conn: c}
}

// count runs a SELECT count(*) query.
func (d *db) count(q string, args ...any) int {
	d.t.Helper()
	var n int
	if err := d.conn.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		d.t.Fatalf("%s: %v", q, err)
	}
	return n
}

// exec runs a statement.
func (d *db) exec(q string, args ...any) {
	d.t.Helper()
	if _, err := d.conn.Exec(context.Background(), q, args...); err != nil {
		d.t.Fatalf("%s: %v", q, err)
	}
}

// times returns the created_at of every River task of the kind, oldest first.
func (d *db) taskTimes(kind string) []time.Time {
	d.t.Helper()
	rows, err := d.conn.Query(context.Background(), `SELECT created_at FROM river_job WHERE kind = $1 ORDER BY created_at`, kind)
	if err != nil {
		d.t.Fatalf("task times: %v", err)
	}
	ts, err := pgx.CollectRows(rows, pgx.RowTo[time.Time])
	if err != nil {
		d.t.Fatalf("task times: %v", err)
	}
	return ts
}

// workers returns the River client ids that attempted any task, to show both processes worked.
func (d *db) workers() []string {
	d.t.Helper()
	rows, err := d.conn.Query(context.Background(), `SELECT DISTINCT unnest(attempted_by) FROM river_job ORDER BY 1`)
	if err != nil {
		d.t.Fatalf("workers: %v", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		d.t.Fatalf("workers: %v", err)
	}
	return ids
}
