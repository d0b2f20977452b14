package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestBackupWhileWritingAndRestore(t *testing.T) {
	ctx := context.Background()
	src := storetest.Open(t, store.SQLite)
	for i := 0; i < 20; i++ {
		newUser(t, src, fmt.Sprintf("before%02d@example.com", i))
	}

	// A writer keeps inserting users while the backup runs.
	var written atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			now := time.Now().UTC()
			if _, err := src.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: fmt.Sprintf("during%05d@example.com", i), PasswordHash: "h", CreatedAt: now, UpdatedAt: now}, store.NewUser{}); err != nil {
				t.Errorf("writer: %v", err)
				return
			}
			written.Add(1)
		}
	}()
	for written.Load() < 20 {
		time.Sleep(time.Millisecond)
	}
	backup := filepath.Join(t.TempDir(), "copilot-backup.db")
	atStart := written.Load()
	if err := src.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	atEnd := written.Load()
	close(stop)
	wg.Wait()
	if atEnd == atStart {
		t.Logf("the writer did not advance during the backup (%d rows)", atStart)
	}

	// The backup is a valid Career Copilot database and refuses to be overwritten.
	info, err := store.InspectBackup(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := src.SchemaVersion(ctx); info.SchemaVersion != v {
		t.Fatalf("backup schema %d, source %d", info.SchemaVersion, v)
	}
	if got := int64(info.Users); got < 20+atStart || got > 20+atEnd {
		t.Fatalf("backup has %d users, want between %d and %d (a snapshot taken during the backup)", got, 20+atStart, 20+atEnd)
	}
	if err := src.Backup(ctx, backup); err == nil {
		t.Fatal("backup over an existing file")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(backup), ".copilot-backup.db.partial")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("partial file left behind: %v", err)
	}

	// Restore into a fresh data dir, open it and find the data.
	dst := filepath.Join(t.TempDir(), "data", "copilot.db")
	if _, err := store.RestoreSQLite(ctx, backup, dst); err != nil {
		t.Fatal(err)
	}
	if _, err := store.RestoreSQLite(ctx, backup, dst); err == nil {
		t.Fatal("restore over an existing database")
	}
	restored, err := store.Open(ctx, store.Options{SQLitePath: dst})
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if n, err := restored.Pending(ctx); err != nil || n != 0 {
		t.Fatalf("restored database has %d pending migrations (%v)", n, err)
	}
	n, err := restored.CountUsers(ctx)
	if err != nil || n != info.Users {
		t.Fatalf("restored %d users, backup said %d (%v)", n, info.Users, err)
	}
	u, err := restored.UserByEmail(ctx, "before07@example.com")
	if err != nil || u.Email != "before07@example.com" || u.PasswordHash != "h" {
		t.Fatalf("restored user: %+v %v", u, err)
	}
	if _, err := restored.UserByEmail(ctx, "during00000@example.com"); err != nil {
		t.Fatalf("a row written before the backup started is missing: %v", err)
	}
}

func TestInspectBackupRefusesOtherFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("hello, this is not a database at all"), 0o600)
	if _, err := store.InspectBackup(ctx, text); !errors.Is(err, store.ErrNotCopilotDB) {
		t.Fatalf("text file: %v", err)
	}
	// A real SQLite database that is not ours.
	other, err := store.Open(ctx, store.Options{SQLitePath: filepath.Join(dir, "other.db")})
	if err != nil {
		t.Fatal(err)
	}
	other.DB().Exec(`CREATE TABLE things (id INTEGER)`)
	other.Close()
	if _, err := store.InspectBackup(ctx, filepath.Join(dir, "other.db")); !errors.Is(err, store.ErrNotCopilotDB) {
		t.Fatalf("foreign sqlite: %v", err)
	}
	if _, err := store.InspectBackup(ctx, filepath.Join(dir, "missing.db")); err == nil {
		t.Fatal("missing file accepted")
	}
}

func TestBackupOnPostgresPointsToPgDump(t *testing.T) {
	if os.Getenv("COPILOT_TEST_POSTGRES_URL") == "" {
		t.Skip("COPILOT_TEST_POSTGRES_URL not set")
	}
	s := storetest.Open(t, store.Postgres)
	if err := s.Backup(context.Background(), filepath.Join(t.TempDir(), "x.db")); !errors.Is(err, store.ErrBackupUnsupported) {
		t.Fatalf("postgres backup: %v", err)
	}
}
