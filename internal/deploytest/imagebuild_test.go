package deploytest

import (
	"debug/elf"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/testutil"
)

// nonrootID is the uid and gid of distroless's "nonroot" user, which the Dockerfile's USER names.
const nonrootID = 65532

// The Dockerfile's build stage, run as written on this machine (no container engine here), gives a
// static binary that serves as the image's non-root user from an empty data dir.
func TestDockerBuildStageGivesAStaticBinaryThatServesAsNonRoot(t *testing.T) {
	stages := dockerStages(t, string(readRepo(t, "deploy/Dockerfile")))
	var script string
	var runtime stage
	for _, s := range stages {
		for _, run := range instr(s, "RUN") {
			if strings.Contains(run, "go build") {
				script = run
			}
		}
		if s.name == "runtime" {
			runtime = s
		}
	}
	if script == "" {
		t.Fatal("no RUN with go build in the Dockerfile")
	}
	if u := instr(runtime, "USER"); len(u) != 1 || u[0] != "65532:65532" {
		t.Fatalf("runtime USER = %v, want 65532:65532", u)
	}
	// The nonroot user must reach the binary, as it does in the image.
	out := t.TempDir()
	for _, d := range []string{filepath.Dir(out), out} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("sh", "-c", strings.ReplaceAll(script, "/out/", out+"/"))
	cmd.Dir = testutil.RepoRoot(t)
	cmd.Env = append(os.Environ(), "VERSION=", "COMMIT=abc1234", "BUILD_DATE=2026-12-03T00:00:00Z")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build stage: %v\n%s", err, b)
	}
	bin := filepath.Join(out, "copilot")

	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary names a dynamic loader: it is not static")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v", libs)
	}
	f.Close()

	// The stage makes the data dir the runtime stage copies to /data, owned by nonroot.
	data := filepath.Join(out, "data")
	if st, err := os.Stat(data); err != nil || !st.IsDir() {
		t.Fatalf("the build stage made no data dir: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	srv := exec.Command(bin, "serve")
	srv.Dir = data
	srv.Env = []string{"COPILOT_ADDR=" + addr, "COPILOT_DATA_DIR=" + data, "COPILOT_LOG_FORMAT=json"}
	if os.Geteuid() == 0 {
		if err := os.Chown(data, nonrootID, nonrootID); err != nil {
			t.Fatal(err)
		}
		srv.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nonrootID, Gid: nonrootID}}
	} else {
		t.Logf("not root: serving as uid %d instead of %d", os.Geteuid(), nonrootID)
	}
	logs := &strings.Builder{}
	srv.Stdout, srv.Stderr = logs, logs
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()

	var health struct {
		Version, Commit string
		BuildDate       string `json:"build_date"`
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get("http://" + addr + "/health/ready")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready in 60 s\n%s", logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	res, err := http.Get("http://" + addr + "/health")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if err := json.Unmarshal(body, &health); err != nil {
		t.Fatalf("/health: %v: %s", err, body)
	}
	want := strings.TrimSpace(string(readRepo(t, "VERSION")))
	if health.Version != want || health.Commit != "abc1234" || health.BuildDate != "2026-12-03T00:00:00Z" {
		t.Errorf("health = %s, want version %s from VERSION and commit abc1234", body, want)
	}
	if _, err := os.Stat(filepath.Join(data, "copilot.db")); err != nil {
		t.Errorf("no database in the data dir: %v", err)
	}
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := srv.Wait(); err != nil {
		t.Errorf("serve did not stop cleanly: %v\n%s", err, logs)
	}
}
