package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/career-copilot/copilot/internal/testutil"
)

// TestCommittedTaxonomyIsFresh regenerates the taxonomy from the shared sources and
// compares it with the committed file: run `go run ./internal/skills/gen` when it fails.
func TestCommittedTaxonomyIsFresh(t *testing.T) {
	src := filepath.Join(testutil.SharedFixtures(t), "skills")
	got, n, err := Generate(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "internal", "skills", "taxonomy.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("internal/skills/taxonomy.json is stale (%d skills generated): run go run ./internal/skills/gen", n)
	}
	if len(got) > 2<<20 {
		t.Errorf("taxonomy is %d bytes, over 2 MiB", len(got))
	}
}

func TestCleanONET(t *testing.T) {
	plain := map[string]bool{"excel": true, "windows": true, "access": true, "spreadsheet": true, "web": true, "browser": true}
	vendors := map[string]bool{"Oracle": true, "Microsoft": true, "Atlassian": true, "The MathWorks": true, "Vero": true}
	tests := []struct {
		raw, canon, alias string
		generic           bool
	}{
		{"Oracle Java", "Java", "Oracle Java", false},
		{"Atlassian JIRA", "JIRA", "Atlassian JIRA", false},
		{"The MathWorks MATLAB", "MATLAB", "The MathWorks MATLAB", false},
		{"Microsoft Excel", "Microsoft Excel", "Excel", false},
		{"Structured query language SQL", "SQL", "Structured query language", false},
		{"Microsoft Windows XP", "Microsoft Windows", "Microsoft Windows XP", false},
		{"Vero Software ALPHACAM", "ALPHACAM", "Vero Software ALPHACAM", false},
		{"Salesforce software", "Salesforce", "Salesforce software", false},
		{"Spreadsheet software", "Spreadsheet", "Spreadsheet software", true},
		{"Web browser software", "Web browser", "Web browser software", true},
	}
	for _, tt := range tests {
		n := cleanONET(tt.raw, vendors, plain)
		hasAlias := false
		for _, a := range n.aliases {
			hasAlias = hasAlias || a == tt.alias
		}
		if n.canon != tt.canon || n.generic != tt.generic || !hasAlias {
			t.Errorf("cleanONET(%q) = %+v, want canon %q alias %q generic %v", tt.raw, n, tt.canon, tt.alias, tt.generic)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"Node.js": "nodejs", "node js": "nodejs", ".NET": ".net", "CI/CD": "ci/cd", "C++": "c++"} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}
