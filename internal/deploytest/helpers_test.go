package deploytest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/career-copilot/copilot/internal/testutil"
)

// repoFile is the path of a file given relative to the repository root.
func repoFile(t *testing.T, rel string) string {
	t.Helper()
	return filepath.Join(testutil.RepoRoot(t), filepath.FromSlash(rel))
}

// readRepo reads a file given relative to the repository root.
func readRepo(t *testing.T, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(repoFile(t, rel))
	if err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	return b
}

// yamlDocs decodes every document of a (possibly multi-document) YAML file into generic maps.
func yamlDocs(t *testing.T, rel string) []map[string]any {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(readRepo(t, rel)))
	var docs []map[string]any
	for {
		var d map[string]any
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: invalid YAML: %v", rel, err)
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("%s: no YAML document", rel)
	}
	return docs
}

// tool returns the path of an external tool; a missing tool fails the test under CI=true and skips it elsewhere.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required under CI but not on PATH: %v", name, err)
		}
		t.Skipf("%s not on PATH", name)
	}
	return p
}

// path walks nested maps and lists: keys are strings, list indexes ints. ok is false when a step is missing.
func path(v any, steps ...any) (any, bool) {
	for _, s := range steps {
		switch k := s.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[k]; !ok {
				return nil, false
			}
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return nil, false
			}
			v = l[k]
		}
	}
	return v, true
}

// str is path for a string leaf; "" when missing.
func str(v any, steps ...any) string {
	got, _ := path(v, steps...)
	s, _ := got.(string)
	return s
}

// list is path for a list; nil when missing.
func list(v any, steps ...any) []any {
	got, _ := path(v, steps...)
	l, _ := got.([]any)
	return l
}

var metricName = regexp.MustCompile(`Name:\s*"([a-z_]+)"`)

// productMetrics lists the metric names registered in internal/metrics/metrics.go, plus the series
// the Go and process collectors and Prometheus itself provide that our rules and dashboard use.
func productMetrics(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{"up": true, "go_goroutines": true, "process_resident_memory_bytes": true}
	for _, m := range metricName.FindAllSubmatch(readRepo(t, "internal/metrics/metrics.go"), -1) {
		names[string(m[1])] = true
	}
	if !names["http_requests_total"] || !names["task_backlog"] {
		t.Fatalf("could not read the metric names from internal/metrics/metrics.go: %v", names)
	}
	return names
}

var seriesRef = regexp.MustCompile(`\b([a-z_][a-z0-9_]*)\s*\{`)

// unknownMetrics returns the metric selectors in a PromQL expression that the product does not export.
// Histogram series (_bucket, _sum, _count) resolve to their base name.
func unknownMetrics(expr string, known map[string]bool) []string {
	var bad []string
	for _, m := range seriesRef.FindAllStringSubmatch(expr, -1) {
		n := m[1]
		switch n {
		case "by", "without", "on", "ignoring", "group_left", "group_right":
			continue
		}
		base := regexp.MustCompile(`_(bucket|sum|count)$`).ReplaceAllString(n, "")
		if !known[n] && !known[base] {
			bad = append(bad, n)
		}
	}
	return bad
}

// yamlUnmarshal decodes one YAML document.
func yamlUnmarshal(b []byte, v any) error { return yaml.Unmarshal(b, v) }
