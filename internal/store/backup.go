package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrBackupUnsupported is returned by Backup on PostgreSQL, whose tool for this is pg_dump.
var ErrBackupUnsupported = errors.New("store: backup: the PostgreSQL database is backed up with pg_dump, not copilot backup")

// ErrNotCopilotDB is returned by InspectBackup for a file that is not a Career Copilot database.
var ErrNotCopilotDB = errors.New("store: not a Career Copilot SQLite database")

// Backup writes a consistent snapshot of the embedded SQLite database to path while the server
// keeps running: VACUUM INTO on a reader connection sees one WAL snapshot and does not hold the
// writer. The snapshot is written beside path and renamed into place, so path is never half a file.
// An existing path is refused.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.dialect != SQLite {
		return ErrBackupUnsupported
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("store: backup: %s already exists", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: backup: %w", err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".partial")
	_ = os.Remove(tmp)
	if _, err := s.read.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	if err := syncFile(tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

// BackupInfo describes a backup file.
type BackupInfo struct {
	SchemaVersion int64 // highest applied migration
	Users         int
}

// InspectBackup opens path read-only and checks that it is an intact Career Copilot SQLite
// database: the SQLite header, a passing quick_check, our migrations table with applied
// migrations, and the users table.
func InspectBackup(ctx context.Context, path string) (BackupInfo, error) {
	var info BackupInfo
	f, err := os.Open(path)
	if err != nil {
		return info, fmt.Errorf("store: inspect backup: %w", err)
	}
	head := make([]byte, 16)
	_, err = f.Read(head)
	f.Close()
	if err != nil || string(head) != "SQLite format 3\x00" {
		return info, fmt.Errorf("%w: %s has no SQLite header", ErrNotCopilotDB, filepath.Base(path))
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return info, fmt.Errorf("store: inspect backup: %w", err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRowContext(ctx, `PRAGMA quick_check`).Scan(&check); err != nil {
		return info, fmt.Errorf("%w: %v", ErrNotCopilotDB, err)
	}
	if check != "ok" {
		return info, fmt.Errorf("%w: integrity check failed: %s", ErrNotCopilotDB, check)
	}
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('goose_db_version', 'users')`).Scan(&tables); err != nil || tables != 2 {
		return info, fmt.Errorf("%w: the goose_db_version and users tables are missing", ErrNotCopilotDB)
	}
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version_id), 0) FROM goose_db_version WHERE is_applied`).Scan(&info.SchemaVersion); err != nil {
		return info, fmt.Errorf("store: inspect backup: %w", err)
	}
	if info.SchemaVersion < 1 {
		return info, fmt.Errorf("%w: no migration is applied", ErrNotCopilotDB)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM users`).Scan(&info.Users); err != nil {
		return info, fmt.Errorf("store: inspect backup: %w", err)
	}
	return info, nil
}

// RestoreSQLite copies a checked backup to dst (the data dir's database file), through a
// temporary file and a rename. dst must not exist.
func RestoreSQLite(ctx context.Context, backup, dst string) (BackupInfo, error) {
	info, err := InspectBackup(ctx, backup)
	if err != nil {
		return info, err
	}
	if _, err := os.Stat(dst); err == nil {
		return info, fmt.Errorf("store: restore: %s already exists", dst)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return info, fmt.Errorf("store: restore: %w", err)
	}
	tmp := dst + ".restoring"
	if err := copyFile(backup, tmp); err != nil {
		_ = os.Remove(tmp)
		return info, fmt.Errorf("store: restore: %w", err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		_ = os.Remove(tmp)
		return info, fmt.Errorf("store: restore: %w", err)
	}
	return info, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := out.ReadFrom(in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	return errors.Join(err, f.Close())
}

// IsEmptyDir reports whether dir is missing or holds nothing (hidden files count).
func IsEmptyDir(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: read %s: %w", dir, err)
	}
	return len(entries) == 0, nil
}
