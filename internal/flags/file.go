package flags

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/fsnotify/fsnotify"
)

// File is a Source kept in a JSON file (COPILOT_FLAGS_FILE). A missing file means the defaults;
// Save writes a temporary file beside it and renames it over, so readers never see half a file.
// With several replicas the file must be the same for all (a shared volume or a ConfigMap).
type File struct{ Path string }

// Name is "file".
func (f File) Name() string { return "file" }

// Load reads and validates the file; a missing file is an empty set.
func (f File) Load(_ context.Context) (Set, error) {
	data, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return Set{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("flags: read %s: %w", filepath.Base(f.Path), err)
	}
	s, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, filepath.Base(f.Path))
	}
	return s, nil
}

// Save writes s atomically: temp file in the same directory, fsync, rename.
func (f File) Save(_ context.Context, s Set, _ string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("flags: encode: %w", err)
	}
	data = append(data, '\n')
	dir := filepath.Dir(f.Path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(f.Path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("flags: write: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("flags: write: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("flags: write: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("flags: write: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("flags: write: %w", err)
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		return fmt.Errorf("flags: write: %w", err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// watch watches the file's directory, not the file: editors and ConfigMaps replace the file by
// rename, which ends a watch on the old inode. Any event in the directory triggers a reload;
// Reload ignores content that did not change.
func (f File) watch(ctx context.Context, changed func()) (func(), error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("flags: watch: %w", err)
	}
	if err := w.Add(filepath.Dir(f.Path)); err != nil {
		w.Close()
		return nil, fmt.Errorf("flags: watch %s: %w", filepath.Dir(f.Path), err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-w.Events:
				if !ok {
					return
				}
				changed()
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
				changed() // an overflow may have hidden our event: read again
			}
		}
	}()
	return func() { w.Close(); <-done }, nil
}
