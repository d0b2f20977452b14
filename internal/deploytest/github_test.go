package deploytest

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCIWorkflowJobs(t *testing.T) {
	wf := yamlDocs(t, ".github/workflows/ci.yaml")[0]
	jobs, _ := wf["jobs"].(map[string]any)
	for _, j := range []string{"test", "security-scan", "build-image", "deploy-staging", "deploy-production"} {
		if _, ok := jobs[j]; !ok {
			t.Errorf("job %s is missing", j)
		}
	}
	needs := func(job string) []string { return stringsOf(list(jobs, job, "needs")) }
	if got := needs("build-image"); !slices.Equal(got, []string{"test", "security-scan"}) {
		t.Errorf("build-image needs %v", got)
	}
	for _, j := range []string{"deploy-staging", "deploy-production"} {
		if got := needs(j); !slices.Equal(got, []string{"build-image"}) {
			t.Errorf("%s needs %v", j, got)
		}
	}
	if env := str(jobs, "deploy-staging", "environment", "name"); env != "staging" {
		t.Errorf("deploy-staging environment %q", env)
	}
	if env := str(jobs, "deploy-production", "environment", "name"); env != "production" {
		t.Errorf("deploy-production environment %q", env)
	}
	if c := str(jobs, "deploy-staging", "if"); !strings.Contains(c, "refs/heads/main") {
		t.Errorf("deploy-staging runs on %q, want main only", c)
	}
	if c := str(jobs, "deploy-production", "if"); !strings.Contains(c, "refs/tags/v") || !strings.Contains(c, "workflow_dispatch") {
		t.Errorf("deploy-production runs on %q, want tags and workflow_dispatch", c)
	}
	if _, ok := path(wf, "on", "workflow_dispatch", "inputs", "tag"); !ok {
		t.Error("workflow_dispatch has no tag input")
	}

	test := jobs["test"]
	for svc, img := range map[string]string{"postgres": "postgres:15", "redis": "redis:7"} {
		if got := str(test, "services", svc, "image"); got != img {
			t.Errorf("test service %s image %q, want %s", svc, got, img)
		}
		if !strings.Contains(str(test, "services", svc, "options"), "--health-cmd") {
			t.Errorf("test service %s has no health check", svc)
		}
	}
	for _, v := range []string{"COPILOT_TEST_POSTGRES_URL", "COPILOT_TEST_REDIS_URL"} {
		if str(test, "env", v) == "" {
			t.Errorf("test job does not set %s", v)
		}
	}
	var uses, runs []string
	for _, s := range list(test, "steps") {
		uses = append(uses, str(s, "uses"))
		runs = append(runs, str(s, "run"))
	}
	all := strings.Join(runs, "\n")
	for _, want := range []string{"make test", "chromium", "prometheus"} {
		if !strings.Contains(all, want) {
			t.Errorf("test job never runs %q", want)
		}
	}
	for _, want := range []string{"actions/setup-go@", "actions/setup-node@"} {
		if !slices.ContainsFunc(uses, func(u string) bool { return strings.HasPrefix(u, want) }) {
			t.Errorf("test job does not use %s", want)
		}
	}
	var goVer, nodeVer string
	for _, s := range list(test, "steps") {
		switch {
		case strings.HasPrefix(str(s, "uses"), "actions/setup-go@"):
			goVer = str(s, "with", "go-version")
		case strings.HasPrefix(str(s, "uses"), "actions/setup-node@"):
			nodeVer = str(s, "with", "node-version")
		}
	}
	if goVer != "1.26" || nodeVer != "20" {
		t.Errorf("setup-go %q setup-node %q, want 1.26 and 20", goVer, nodeVer)
	}

	var scan []string
	for _, s := range list(jobs, "security-scan", "steps") {
		scan = append(scan, str(s, "run"))
	}
	if s := strings.Join(scan, "\n"); !strings.Contains(s, "govulncheck") || !strings.Contains(s, "npm audit --audit-level=high") {
		t.Errorf("security-scan runs %q", s)
	}
	for _, s := range list(jobs, "build-image", "steps") {
		if strings.HasPrefix(str(s, "uses"), "docker/build-push-action@") {
			if f := str(s, "with", "file"); f != "deploy/Dockerfile" {
				t.Errorf("image built from %q", f)
			}
		}
	}
}

func TestLabels(t *testing.T) {
	docs := yamlDocs(t, ".github/workflows/labels.yaml")
	if docs[0]["jobs"] == nil {
		t.Error("labels workflow has no jobs")
	}
	var labels []map[string]string
	raw := readRepo(t, ".github/labels.yml")
	if err := yamlUnmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	color := regexp.MustCompile(`^[0-9a-f]{6}$`)
	got := map[string]bool{}
	for _, l := range labels {
		got[l["name"]] = true
		if !color.MatchString(l["color"]) {
			t.Errorf("label %q color %q is not 6 lowercase hex digits", l["name"], l["color"])
		}
		if l["description"] == "" {
			t.Errorf("label %q has no description", l["name"])
		}
	}
	for _, want := range []string{"bug", "enhancement", "documentation", "good first issue", "help wanted",
		"priority:high", "priority:low", "status:blocked", "status:in-progress"} {
		if !got[want] {
			t.Errorf("label %q is missing", want)
		}
	}
}

func TestTemplatesHaveTheirSections(t *testing.T) {
	for file, heads := range map[string][]string{
		".github/pull_request_template.md":          {"## Description", "## Type of change", "## Testing", "## Checklist", "## Related issues"},
		".github/ISSUE_TEMPLATE/bug_report.md":      {"## Steps to reproduce", "## Expected behaviour", "## Actual behaviour", "## Environment", "## Logs"},
		".github/ISSUE_TEMPLATE/feature_request.md": {"## Description", "## Requirements", "## Technical design", "## Testing", "## Rollout plan"},
	} {
		src := "\n" + string(readRepo(t, file))
		last := -1
		for _, h := range heads {
			i := strings.Index(src, "\n"+h+"\n")
			if i < 0 {
				t.Errorf("%s lacks the heading %q", file, h)
				continue
			}
			if i < last {
				t.Errorf("%s: %q is out of order", file, h)
			}
			last = i
		}
	}
	if !strings.Contains(string(readRepo(t, ".github/ISSUE_TEMPLATE/feature_request.md")), "Feature flag") {
		t.Error("the feature request's rollout plan does not ask for the feature flag")
	}
}
