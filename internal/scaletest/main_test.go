package scaletest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// binary is the copilot binary built once for the package's tests; empty when the services are not configured.
var binary string

// TestMain builds the binary once into a temporary directory, so every test starts real processes.
func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if os.Getenv("COPILOT_TEST_POSTGRES_URL") == "" || os.Getenv("COPILOT_TEST_REDIS_URL") == "" {
		return m.Run() // each test skips, or fails under CI
	}
	if prebuilt := os.Getenv("COPILOT_TEST_BINARY"); prebuilt != "" {
		binary = prebuilt // a binary built beforehand (make binary), to skip the build
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "copilot-scaletest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "scaletest: temp dir:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "copilot")
	cmd := exec.Command("go", "build", "-o", binary, "github.com/career-copilot/copilot/cmd/copilot")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "scaletest: build copilot:", err)
		return 1
	}
	return m.Run()
}

// services returns the PostgreSQL and Redis URLs of the test run; it skips the test when they are not
// set, except under CI, where the scale test must run and their absence fails it.
func services(t *testing.T) (pg, rd string) {
	t.Helper()
	pg, rd = os.Getenv("COPILOT_TEST_POSTGRES_URL"), os.Getenv("COPILOT_TEST_REDIS_URL")
	if pg == "" || rd == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("scaletest: COPILOT_TEST_POSTGRES_URL and COPILOT_TEST_REDIS_URL must be set under CI")
		}
		t.Skip("scaletest: set COPILOT_TEST_POSTGRES_URL and COPILOT_TEST_REDIS_URL to run the scale-out test")
	}
	if binary == "" {
		t.Fatal("scaletest: the binary was not built")
	}
	return pg, rd
}
