package deploytest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

const alertsFile = "deploy/prometheus/alerts.yaml"

// runPromtool runs promtool with args in dir and fails the test with its output when it does not succeed.
func runPromtool(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, "promtool"), args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestPromtoolCheckRules(t *testing.T) {
	out := runPromtool(t, filepath.Dir(repoFile(t, alertsFile)), "check", "rules", "alerts.yaml")
	if !strings.Contains(out, "SUCCESS: 7 rules found") {
		t.Errorf("promtool check rules: want 7 rules, got:\n%s", out)
	}
}

func TestPromtoolTestRules(t *testing.T) {
	out := runPromtool(t, filepath.Dir(repoFile(t, alertsFile)), "test", "rules", "alerts_test.yaml")
	if !strings.Contains(out, "SUCCESS") {
		t.Errorf("promtool test rules did not report success:\n%s", out)
	}
}

// The unit tests must be able to fail: with the error-rate threshold raised to 15%, the
// 10%-failing scenario must no longer fire and promtool must say so.
func TestPromtoolTestRulesCatchesAWrongThreshold(t *testing.T) {
	src := string(readRepo(t, alertsFile))
	broken := strings.Replace(src, ") > 0.05\n", ") > 0.15\n", 1)
	if broken == src {
		t.Fatal("the error-rate threshold `) > 0.05` was not found in alerts.yaml")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "alerts.yaml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "alerts_test.yaml"), readRepo(t, "deploy/prometheus/alerts_test.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool(t, "promtool"), "test", "rules", "alerts_test.yaml")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("promtool test rules passed with a 15%% threshold:\n%s", out)
	}
	if !strings.Contains(string(out), "alertname: CopilotHighErrorRate, time: 10m") {
		t.Errorf("want the failure at CopilotHighErrorRate 10m, got:\n%s", out)
	}
}

type ruleFile struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Alert       string            `yaml:"alert"`
			Expr        string            `yaml:"expr"`
			For         string            `yaml:"for"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

func TestAlertsHaveSeverityAnnotationsAndRunbooks(t *testing.T) {
	var rf ruleFile
	if err := yaml.Unmarshal(readRepo(t, alertsFile), &rf); err != nil {
		t.Fatal(err)
	}
	const prefix = "https://github.com/career-copilot/copilot/blob/main/"
	known := productMetrics(t)
	got := map[string]bool{}
	for _, g := range rf.Groups {
		for _, r := range g.Rules {
			got[r.Alert] = true
			if s := r.Labels["severity"]; s != "critical" && s != "warning" {
				t.Errorf("%s: severity %q, want critical or warning", r.Alert, s)
			}
			for _, a := range []string{"summary", "description", "runbook_url"} {
				if strings.TrimSpace(r.Annotations[a]) == "" {
					t.Errorf("%s: annotation %s is missing", r.Alert, a)
				}
			}
			u := r.Annotations["runbook_url"]
			rel, ok := strings.CutPrefix(u, prefix)
			if !ok || !strings.HasPrefix(rel, "docs/runbooks/") || !strings.HasSuffix(rel, ".md") {
				t.Errorf("%s: runbook_url %q is not %sdocs/runbooks/<alert>.md", r.Alert, u, prefix)
				continue
			}
			if _, err := os.Stat(repoFile(t, rel)); err != nil {
				t.Errorf("%s: runbook %s does not exist", r.Alert, rel)
			}
			if bad := unknownMetrics(r.Expr, known); len(bad) > 0 {
				t.Errorf("%s: expression uses metrics the product does not export: %v", r.Alert, bad)
			}
			if r.For == "" {
				t.Errorf("%s: no `for:` duration; a single bad scrape would page", r.Alert)
			}
		}
	}
	for _, want := range []string{"CopilotInstanceDown", "CopilotHighErrorRate", "CopilotHighLatency", "CopilotDBPoolSaturated",
		"CopilotIngestFailureRate", "CopilotSourceFailing", "CopilotTaskBacklogHigh"} {
		if !got[want] {
			t.Errorf("alert %s is missing", want)
		}
	}
}

func TestUnknownMetricsSeesTypos(t *testing.T) {
	known := map[string]bool{"http_request_duration_seconds": true, "up": true}
	bad := unknownMetrics(`sum by (le) (rate(http_request_duration_seconds_bucket{job="x"}[5m])) and up{} and http_requests_totl{a="b"}`, known)
	if len(bad) != 1 || bad[0] != "http_requests_totl" {
		t.Errorf("unknownMetrics = %v, want [http_requests_totl]", bad)
	}
}
