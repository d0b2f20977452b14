package deploytest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/version"
)

var mdLink = regexp.MustCompile(`\]\(([^)#\s]+)(#[^)]*)?\)`)

// Every relative link in the operator and contributor docs points at a file that exists.
func TestDocsLinksResolve(t *testing.T) {
	files := []string{"CONTRIBUTING.md", "CHANGELOG.md", "docs/architecture.md", "docs/api.md"}
	runbooks, err := filepath.Glob(repoFile(t, "docs/runbooks/*.md"))
	if err != nil || len(runbooks) < 12 {
		t.Fatalf("want at least 12 runbooks, found %d (%v)", len(runbooks), err)
	}
	for _, rb := range runbooks {
		files = append(files, "docs/runbooks/"+filepath.Base(rb))
	}
	for _, f := range files {
		src := string(readRepo(t, f))
		for _, m := range mdLink.FindAllStringSubmatch(src, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			p := filepath.Join(filepath.Dir(repoFile(t, f)), filepath.FromSlash(target))
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%s links to %s, which does not exist", f, target)
			}
		}
	}
}

func TestVersionFileAndChangelog(t *testing.T) {
	raw := strings.TrimSpace(string(readRepo(t, "VERSION")))
	v, err := version.Parse(raw)
	if err != nil || v.String() != raw {
		t.Fatalf("VERSION %q is not a plain semantic version: %v", raw, err)
	}
	cl := string(readRepo(t, "CHANGELOG.md"))
	if !strings.Contains(cl, "\n## [Unreleased]\n") {
		t.Error("CHANGELOG.md has no ## [Unreleased] section")
	}
	if !regexp.MustCompile(`(?m)^\[Unreleased\]: \S+/(compare/\S+\.\.\.HEAD|commits/\S+)$`).MatchString(cl) {
		t.Error("CHANGELOG.md has no [Unreleased] link in the form release.sh rewrites")
	}
}
