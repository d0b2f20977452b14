package deploytest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type dashboard struct {
	Title  string `json:"title"`
	UID    string `json:"uid"`
	Panels []struct {
		ID      int    `json:"id"`
		Type    string `json:"type"`
		Title   string `json:"title"`
		GridPos struct {
			X, Y, W, H int
		} `json:"gridPos"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
	} `json:"panels"`
}

func readDashboard(t *testing.T) dashboard {
	t.Helper()
	var d dashboard
	if err := json.Unmarshal(readRepo(t, "deploy/grafana/dashboard.json"), &d); err != nil {
		t.Fatalf("deploy/grafana/dashboard.json is not valid JSON: %v", err)
	}
	return d
}

func TestDashboardPanelsCoverTheProductMetrics(t *testing.T) {
	d := readDashboard(t)
	if d.UID != "career-copilot" || d.Title == "" {
		t.Errorf("uid %q title %q", d.UID, d.Title)
	}
	known := productMetrics(t)
	ids := map[int]bool{}
	used := map[string]bool{}
	for _, p := range d.Panels {
		if ids[p.ID] {
			t.Errorf("panel id %d is used twice", p.ID)
		}
		ids[p.ID] = true
		if p.GridPos.W < 1 || p.GridPos.X+p.GridPos.W > 24 {
			t.Errorf("panel %q: gridPos x=%d w=%d outside the 24-column grid", p.Title, p.GridPos.X, p.GridPos.W)
		}
		if p.Type != "row" && len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			if bad := unknownMetrics(tg.Expr, known); len(bad) > 0 {
				t.Errorf("panel %q queries metrics the product does not export: %v", p.Title, bad)
			}
			for _, m := range seriesRef.FindAllStringSubmatch(tg.Expr, -1) {
				used[m[1]] = true
			}
		}
	}
	for _, want := range []string{"http_requests_total", "http_request_duration_seconds_bucket", "db_connections_active", "db_connections_max",
		"ingest_runs_total", "ingest_source_consecutive_failures", "task_backlog", "notifications_sent_total"} {
		if !used[want] {
			t.Errorf("no panel queries %s", want)
		}
	}
	var quantiles int
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			for _, q := range []string{"histogram_quantile(0.5,", "histogram_quantile(0.95,", "histogram_quantile(0.99,"} {
				if strings.Contains(tg.Expr, q) {
					quantiles++
				}
			}
		}
	}
	if quantiles != 3 {
		t.Errorf("want p50, p95 and p99 latency queries, found %d", quantiles)
	}
}

// Every panel query must be valid PromQL: they are written into a rule file (Grafana's variables
// replaced by plain values) and checked with promtool.
func TestDashboardQueriesAreValidPromQL(t *testing.T) {
	d := readDashboard(t)
	repl := strings.NewReplacer("$__rate_interval", "5m", "$job", "copilot", "$instance", ".*")
	type rule struct {
		Record string `yaml:"record"`
		Expr   string `yaml:"expr"`
	}
	var rules []rule
	for _, p := range d.Panels {
		for i, tg := range p.Targets {
			rules = append(rules, rule{Record: fmt.Sprintf("dashboard:panel%d_%d", p.ID, i), Expr: repl.Replace(tg.Expr)})
		}
	}
	out, err := yaml.Marshal(map[string]any{"groups": []map[string]any{{"name": "dashboard", "rules": rules}}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dashboard_rules.yaml"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	got := runPromtool(t, dir, "check", "rules", "dashboard_rules.yaml")
	if want := fmt.Sprintf("SUCCESS: %d rules found", len(rules)); !strings.Contains(got, want) {
		t.Errorf("promtool: want %q, got:\n%s", want, got)
	}
}
