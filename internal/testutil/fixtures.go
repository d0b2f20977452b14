// Package testutil holds helpers shared by the project's tests.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot returns the directory holding go.mod, found by walking up from the test's directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("testutil: getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("testutil: no go.mod above the test directory")
		}
		dir = parent
	}
}

// SharedFixtures returns the shared real-data folder beside the repository.
//
// The folder is a second layer of test data: when it is missing the test is skipped,
// except under CI (CI=true), where a missing folder fails the test.
func SharedFixtures(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("COPILOT_SHARED_FIXTURES")
	if dir == "" {
		dir = filepath.Join(RepoRoot(t), "..", "shared", "fixtures")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("testutil: shared fixtures missing under CI: %v", err)
		}
		t.Skipf("shared fixtures not found at %s", dir)
	}
	return dir
}

// SharedFile returns the path of one file in the shared fixtures, failing when it is absent.
func SharedFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(SharedFixtures(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("testutil: shared fixture %s: %v", rel, err)
	}
	return p
}
