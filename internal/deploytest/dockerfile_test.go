package deploytest

import (
	"regexp"
	"strings"
	"testing"
)

type stage struct {
	from, name string
	lines      []string // instructions, continuation lines joined
}

// dockerStages splits a Dockerfile into its build stages.
func dockerStages(t *testing.T, src string) []stage {
	t.Helper()
	var out []stage
	var cur strings.Builder
	flush := func() {
		ins := strings.TrimSpace(cur.String())
		cur.Reset()
		if ins == "" {
			return
		}
		f := strings.Fields(ins)
		if strings.EqualFold(f[0], "FROM") {
			s := stage{from: f[1]}
			if len(f) >= 4 && strings.EqualFold(f[2], "AS") {
				s.name = f[3]
			}
			out = append(out, s)
			return
		}
		if len(out) == 0 {
			if !strings.EqualFold(f[0], "ARG") {
				t.Fatalf("instruction before the first FROM: %s", ins)
			}
			return
		}
		out[len(out)-1].lines = append(out[len(out)-1].lines, ins)
	}
	for _, line := range strings.Split(src, "\n") {
		trim := strings.TrimSpace(line)
		if cur.Len() == 0 && (trim == "" || strings.HasPrefix(trim, "#")) {
			continue
		}
		if strings.HasSuffix(trim, "\\") {
			cur.WriteString(strings.TrimSuffix(trim, "\\") + " ")
			continue
		}
		cur.WriteString(trim)
		flush()
	}
	flush()
	return out
}

func instr(s stage, name string) []string {
	var out []string
	for _, l := range s.lines {
		if f := strings.Fields(l); strings.EqualFold(f[0], name) {
			out = append(out, strings.TrimSpace(l[len(f[0]):]))
		}
	}
	return out
}

func TestDockerfileStages(t *testing.T) {
	src := string(readRepo(t, "deploy/Dockerfile"))
	st := dockerStages(t, src)
	if len(st) != 3 {
		t.Fatalf("want 3 stages (web, build, runtime), got %d", len(st))
	}
	web, build, run := st[0], st[1], st[2]

	// The toolchains match the project's own: Go from go.mod, Node from web/package.json engines.
	goVer := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(string(readRepo(t, "go.mod")))
	if goVer == nil || !strings.HasPrefix(build.from, "golang:"+goVer[1]) {
		t.Errorf("build stage FROM %s, want golang:%v (go.mod)", build.from, goVer)
	}
	nodeMajor := regexp.MustCompile(`"node":\s*">=(\d+)`).FindStringSubmatch(string(readRepo(t, "web/package.json")))
	if nodeMajor == nil || !strings.HasPrefix(web.from, "node:"+nodeMajor[1]) {
		t.Errorf("web stage FROM %s, want node:%v (web/package.json engines)", web.from, nodeMajor)
	}
	if !strings.Contains(strings.Join(instr(web, "RUN"), "\n"), "npm run build") {
		t.Error("web stage does not run `npm run build` (which syncs the UI into internal/webui/dist)")
	}

	runs := strings.Join(instr(build, "RUN"), "\n")
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "./cmd/copilot",
		"github.com/career-copilot/copilot/internal/version", ".Version=", ".Commit=", ".BuildDate="} {
		if !strings.Contains(runs, want) {
			t.Errorf("build stage RUN lacks %q", want)
		}
	}
	if !anyContains(instr(build, "COPY"), "--from="+web.name) {
		t.Errorf("build stage does not copy the UI from stage %q", web.name)
	}

	if !strings.HasPrefix(run.from, "gcr.io/distroless/static") && run.from != "scratch" {
		t.Errorf("runtime FROM %s, want distroless/static or scratch", run.from)
	}
	if u := instr(run, "USER"); len(u) != 1 || (u[0] != "65532:65532" && u[0] != "65532" && u[0] != "nonroot:nonroot") {
		t.Errorf("runtime USER %v, want 65532", u)
	}
	for name, want := range map[string]string{"EXPOSE": "8000", "VOLUME": "/data", "ENTRYPOINT": `["/copilot"]`, "CMD": `["serve"]`} {
		if got := instr(run, name); len(got) != 1 || got[0] != want {
			t.Errorf("runtime %s %v, want %s", name, got, want)
		}
	}
	if !anyContains(instr(run, "COPY"), "--from="+build.name) {
		t.Error("runtime stage does not copy the binary from the build stage")
	}
	for _, s := range st {
		for _, a := range instr(s, "ADD") {
			if strings.Contains(a, "://") {
				t.Errorf("ADD of a remote URL: %s", a)
			}
		}
	}
	if strings.Contains(src, "HEALTHCHECK") && !strings.Contains(src, "There is no HEALTHCHECK") {
		t.Error("a HEALTHCHECK cannot run in the shell-less runtime image")
	}
}

// anyContains reports whether any instruction argument contains sub.
func anyContains(args []string, sub string) bool {
	for _, a := range args {
		if strings.Contains(a, sub) {
			return true
		}
	}
	return false
}

func TestDockerignoreKeepsLocalStateOut(t *testing.T) {
	lines := strings.Split(string(readRepo(t, ".dockerignore")), "\n")
	for _, want := range []string{".git", "data/", "web/node_modules/", "bin/", "deploy/copilot.env", "deploy/secrets/"} {
		found := false
		for _, l := range lines {
			if strings.TrimSpace(l) == want {
				found = true
			}
		}
		if !found {
			t.Errorf(".dockerignore lacks %s", want)
		}
	}
}
