package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
)

func testEnv(vars map[string]string) (env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }}, &out, &errb
}

func addUser(ctx context.Context, st *store.Store, email string) error {
	now := time.Now().UTC()
	_, err := st.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: email, PasswordHash: "h", CreatedAt: now, UpdatedAt: now}, store.NewUser{})
	return err
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	dataDir := filepath.Join(t.TempDir(), "data")
	st, err := store.Open(ctx, store.Options{SQLitePath: filepath.Join(dataDir, "copilot.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		if err := addUser(ctx, st, fmt.Sprintf("kept%d@example.com", i)); err != nil {
			t.Fatal(err)
		}
	}
	// A writer (the running server) keeps writing through its own connection while backup runs.
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
			if err := addUser(ctx, st, fmt.Sprintf("live%d@example.com", i)); err != nil {
				t.Errorf("writer: %v", err)
				return
			}
		}
	}()
	time.Sleep(20 * time.Millisecond)

	backupFile := filepath.Join(t.TempDir(), "copilot-2026-12-03.db")
	e, out, errb := testEnv(map[string]string{"COPILOT_DATA_DIR": dataDir})
	if code := e.run(ctx, []string{"backup", backupFile}); code != 0 {
		t.Fatalf("backup exit %d: %s", code, errb)
	}
	close(stop)
	wg.Wait()
	if !strings.HasPrefix(out.String(), "backed up "+filepath.Join(dataDir, "copilot.db")+" to "+backupFile+" (schema version ") {
		t.Fatalf("backup said %q", out)
	}

	// Restore refuses a non-empty data dir (the live one) and a file that is not ours.
	e, _, errb = testEnv(map[string]string{"COPILOT_DATA_DIR": dataDir})
	if code := e.run(ctx, []string{"restore", backupFile}); code != 1 || !strings.Contains(errb.String(), "is not empty") {
		t.Fatalf("restore over live data: %d %s", code, errb)
	}
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte("not a database, just some bytes for the header check"), 0o600)
	newDir := filepath.Join(t.TempDir(), "restored")
	e, _, errb = testEnv(nil)
	if code := e.run(ctx, []string{"restore", "--data-dir", newDir, junk}); code != 1 || !strings.Contains(errb.String(), "not a Career Copilot SQLite database") {
		t.Fatalf("restore of junk: %d %s", code, errb)
	}
	if _, err := os.Stat(filepath.Join(newDir, "copilot.db")); err == nil {
		t.Fatal("junk restore left a database behind")
	}

	e, out, errb = testEnv(nil)
	if code := e.run(ctx, []string{"restore", "--data-dir", newDir, backupFile}); code != 0 {
		t.Fatalf("restore exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "copy jwt_secret from the old data dir into "+newDir) {
		t.Errorf("restore does not say how to keep sessions:\n%s", out)
	}
	if !strings.Contains(out.String(), "restored "+backupFile+" into "+filepath.Join(newDir, "copilot.db")) {
		t.Fatalf("restore said %q", out)
	}
	restored, err := store.Open(ctx, store.Options{SQLitePath: filepath.Join(newDir, "copilot.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	for i := 0; i < 10; i++ {
		if _, err := restored.UserByEmail(ctx, fmt.Sprintf("kept%d@example.com", i)); err != nil {
			t.Fatalf("kept%d missing after restore: %v", i, err)
		}
	}
	if _, err := restored.UserByEmail(ctx, "live0@example.com"); err != nil {
		t.Fatalf("a row written before the backup is missing: %v", err)
	}
	if n, err := restored.Pending(ctx); err != nil || n != 0 {
		t.Fatalf("restored schema pending %d %v", n, err)
	}
}

func TestBackupUsage(t *testing.T) {
	ctx := context.Background()
	e, _, errb := testEnv(map[string]string{"DATABASE_URL": "postgres://u@localhost/db", "JWT_SECRET": strings.Repeat("s", 40)})
	if code := e.run(ctx, []string{"backup", "x.db"}); code != 1 || !strings.Contains(errb.String(), "back it up with pg_dump") {
		t.Fatalf("postgres: %d %s", code, errb)
	}
	e, _, errb = testEnv(map[string]string{"COPILOT_DATA_DIR": t.TempDir()})
	if code := e.run(ctx, []string{"backup", "x.db"}); code != 1 || !strings.Contains(errb.String(), "no database at") {
		t.Fatalf("no database: %d %s", code, errb)
	}
	e, _, errb = testEnv(nil)
	if code := e.run(ctx, []string{"backup"}); code != 1 || !strings.Contains(errb.String(), "want: backup [--data-dir DIR] FILE") {
		t.Fatalf("no file: %d %s", code, errb)
	}
}
