package deploytest

import (
	"slices"
	"strings"
	"testing"
)

func composeServices(t *testing.T, rel string) map[string]any {
	t.Helper()
	docs := yamlDocs(t, rel)
	svcs, ok := docs[0]["services"].(map[string]any)
	if !ok || len(svcs) == 0 {
		t.Fatalf("%s: no services", rel)
	}
	return svcs
}

func stringsOf(l []any) []string {
	out := make([]string, 0, len(l))
	for _, v := range l {
		s, _ := v.(string)
		out = append(out, s)
	}
	return out
}

func TestComposeProdRunsAPIAndWorkerAfterTheMigration(t *testing.T) {
	svcs := composeServices(t, "deploy/compose.prod.yaml")
	image := str(svcs, "api", "image")
	if image == "" {
		t.Fatal("api has no image")
	}
	wantCmd := map[string][]string{"api": {"serve", "--role=api"}, "worker": {"serve", "--role=worker"}, "migrate": {"migrate", "up"}}
	for name, cmd := range wantCmd {
		if got := stringsOf(list(svcs, name, "command")); !slices.Equal(got, cmd) {
			t.Errorf("%s: command %v, want %v", name, got, cmd)
		}
		if got := str(svcs, name, "image"); got != image {
			t.Errorf("%s: image %q, want the api's %q (one image)", name, got, image)
		}
		if got := stringsOf(list(svcs, name, "env_file")); !slices.Equal(got, []string{"copilot.env"}) {
			t.Errorf("%s: env_file %v, want [copilot.env]", name, got)
		}
	}
	for _, name := range []string{"api", "worker"} {
		if c := str(svcs, name, "depends_on", "migrate", "condition"); c != "service_completed_successfully" {
			t.Errorf("%s: depends_on migrate condition %q", name, c)
		}
		for _, dep := range []string{"postgres", "redis"} {
			if c := str(svcs, name, "depends_on", dep, "condition"); c != "service_healthy" {
				t.Errorf("%s: depends_on %s condition %q, want service_healthy", name, dep, c)
			}
		}
	}
	if r := str(svcs, "migrate", "restart"); r != "no" {
		t.Errorf("migrate restart %q, want \"no\" (a one-shot)", r)
	}
	for name, img := range map[string]string{"postgres": "postgres:15", "redis": "redis:7"} {
		if got := str(svcs, name, "image"); !strings.HasPrefix(got, img) {
			t.Errorf("%s image %q, want %s*", name, got, img)
		}
		if len(list(svcs, name, "healthcheck", "test")) == 0 {
			t.Errorf("%s has no health check", name)
		}
		if len(list(svcs, name, "volumes")) == 0 {
			t.Errorf("%s keeps no data volume", name)
		}
	}
	for _, name := range []string{"api", "worker", "postgres", "redis"} {
		if r := str(svcs, name, "restart"); r != "unless-stopped" && r != "always" {
			t.Errorf("%s restart %q", name, r)
		}
	}
	if got := stringsOf(list(svcs, "postgres", "secrets")); !slices.Equal(got, []string{"postgres_password"}) {
		t.Errorf("postgres secrets %v", got)
	}
	if f := str(svcs, "postgres", "environment", "POSTGRES_PASSWORD_FILE"); f != "/run/secrets/postgres_password" {
		t.Errorf("POSTGRES_PASSWORD_FILE %q", f)
	}
	if _, ok := path(svcs, "postgres", "environment", "POSTGRES_PASSWORD"); ok {
		t.Error("postgres has a literal POSTGRES_PASSWORD")
	}
}

func TestComposeEnvExampleNamesOnlyRealSettings(t *testing.T) {
	known := knownEnv()
	for _, line := range strings.Split(string(readRepo(t, "deploy/copilot.env.example")), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		if !ok || !known[k] {
			t.Errorf("copilot.env.example: %q is not a setting", line)
		}
	}
	ignore := string(readRepo(t, "deploy/.gitignore"))
	for _, want := range []string{"/copilot.env", "/secrets/"} {
		if !strings.Contains(ignore, want) {
			t.Errorf("deploy/.gitignore does not ignore %s", want)
		}
	}
}

func TestComposeDevRunsOnSQLiteWithAnOptionalPostgresProfile(t *testing.T) {
	svcs := composeServices(t, "deploy/compose.dev.yaml")
	app := svcs["copilot"]
	if _, ok := path(app, "environment", "DATABASE_URL"); ok {
		t.Error("the default dev service sets DATABASE_URL; it should run on SQLite")
	}
	if _, ok := path(app, "profiles"); ok {
		t.Error("the default dev service is behind a profile")
	}
	if got := str(app, "build", "dockerfile"); got != "deploy/Dockerfile" {
		t.Errorf("dev build dockerfile %q", got)
	}
	for _, name := range []string{"postgres", "redis", "copilot-postgres"} {
		if got := stringsOf(list(svcs, name, "profiles")); !slices.Equal(got, []string{"postgres"}) {
			t.Errorf("%s profiles %v, want [postgres]", name, got)
		}
	}
	if u := str(svcs, "copilot-postgres", "environment", "DATABASE_URL"); !strings.HasPrefix(u, "postgres://") || !strings.Contains(u, "@postgres:5432/") {
		t.Errorf("copilot-postgres DATABASE_URL %q", u)
	}
	if s := str(svcs, "copilot-postgres", "environment", "JWT_SECRET"); len(s) < 32 {
		t.Errorf("copilot-postgres JWT_SECRET has %d characters; config requires 32", len(s))
	}
}
