package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/testutil"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestDefaults(t *testing.T) {
	c, err := Load(env(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8000" || c.DataDir != "./data" || c.Postgres() || c.Registration != "open" || c.AccessTokenTTL != 15*time.Minute || c.Role != "all" {
		t.Fatalf("defaults: %+v", c)
	}
	if c.SQLitePath() != filepath.Join("data", "copilot.db") {
		t.Fatalf("sqlite path %q", c.SQLitePath())
	}
}

func TestMemoryLimitSizes(t *testing.T) {
	for v, want := range map[string]int64{"": 110 << 20, "0": 0, "512MiB": 512 << 20, "2 GiB": 2 << 30, "1048576": 1 << 20, "64KiB": 64 << 10, "100B": 100} {
		vars := map[string]string{}
		if v != "" {
			vars["COPILOT_MEMORY_LIMIT"] = v
		}
		c, err := Load(env(vars), nil)
		if err != nil || c.MemoryLimit != want {
			t.Errorf("COPILOT_MEMORY_LIMIT=%q: %d, %v; want %d", v, c.MemoryLimit, err, want)
		}
	}
	for _, v := range []string{"-1", "110MB", "1.5GiB", "MiB", "99999999999TiB"} {
		if _, err := Load(env(map[string]string{"COPILOT_MEMORY_LIMIT": v}), nil); err == nil {
			t.Errorf("COPILOT_MEMORY_LIMIT=%q was taken", v)
		}
	}
	for n, want := range map[int64]string{0: "0", 110 << 20: "110MiB", 3 << 30: "3GiB", 1000: "1000B", 1536 << 10: "1536KiB"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestInvalidValueNamesVariable(t *testing.T) {
	cases := map[string]map[string]string{
		"COPILOT_ADDR":             {"COPILOT_ADDR": "8000"},
		"COPILOT_REGISTRATION":     {"COPILOT_REGISTRATION": "everyone"},
		"COPILOT_AUTO_MIGRATE":     {"COPILOT_AUTO_MIGRATE": "yes please"},
		"COPILOT_SHUTDOWN_TIMEOUT": {"COPILOT_SHUTDOWN_TIMEOUT": "-3s"},
		"COPILOT_DB_MAX_CONNS":     {"COPILOT_DB_MAX_CONNS": "0"},
		"DATABASE_URL":             {"DATABASE_URL": "mysql://x"},
		"JWT_SECRET":               {"DATABASE_URL": "postgres://localhost/db"},
		"REDIS_URL":                {"REDIS_URL": "localhost:6379"},
		"COPILOT_LOG_FORMAT":       {"COPILOT_LOG_FORMAT": "xml"},
		"COPILOT_MEMORY_LIMIT":     {"COPILOT_MEMORY_LIMIT": "110MB"},
	}
	for name, vars := range cases {
		_, err := Load(env(vars), nil)
		var ce *Error
		if !errors.As(err, &ce) || ce.Env != name {
			t.Errorf("%v: got %v, want an error naming %s", vars, err, name)
		}
	}
}

func TestSecretNotInErrorOrDump(t *testing.T) {
	_, err := Load(env(map[string]string{"JWT_SECRET": "short-secret-value"}), nil)
	if err == nil || strings.Contains(err.Error(), "short-secret-value") {
		t.Fatalf("error %v leaks or is missing", err)
	}
	c, err := Load(env(map[string]string{"JWT_SECRET": strings.Repeat("s", 40), "DATABASE_URL": "postgres://u:hunter2@db/x"}), nil)
	if err != nil {
		t.Fatal(err)
	}
	dump := strings.Join(c.Dump(), "\n")
	if strings.Contains(dump, "sssss") || strings.Contains(dump, "hunter2") {
		t.Fatalf("dump leaks secrets:\n%s", dump)
	}
}

func TestFlagsOverrideEnv(t *testing.T) {
	c, err := Load(env(map[string]string{"COPILOT_ADDR": ":9000"}), map[string]string{"COPILOT_ADDR": "127.0.0.1:7000"})
	if err != nil || c.Addr != "127.0.0.1:7000" {
		t.Fatalf("got %v %v", c, err)
	}
}

// The committed reference must equal what the settings table renders; `make docs` regenerates it.
func TestReferenceIsCurrent(t *testing.T) {
	path := filepath.Join(testutil.RepoRoot(t), "docs", "configuration.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read reference: %v (run `make docs`)", err)
	}
	if string(got) != Markdown() {
		t.Fatal("docs/configuration.md is stale: run `make docs`")
	}
}
