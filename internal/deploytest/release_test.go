package deploytest

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/version"
)

// cleanEnv drops the GIT_* variables a caller (a hook, an editor) may have set, so the scripts'
// throw-away repositories are the ones git works on.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	return env
}

func TestReleaseScript(t *testing.T) {
	bash := tool(t, "bash")
	tool(t, "git")
	cmd := exec.Command(bash, repoFile(t, "scripts/release_test.sh"))
	cmd.Env = cleanEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/release_test.sh: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "release tests passed") {
		t.Errorf("unexpected output:\n%s", out)
	}
}

// The script's bash version rules must agree with internal/version.IsNext.
func TestReleaseIsNextAgreesWithVersionPackage(t *testing.T) {
	bash := tool(t, "bash")
	script := repoFile(t, "scripts/release.sh")
	cases := []struct {
		prev, next string
		want       bool // computed by hand from the SemVer rules
	}{
		{"0.1.0", "0.1.1", true},
		{"0.1.0", "0.2.0", true},
		{"0.1.0", "1.0.0", true},
		{"0.1.0", "0.1.2", false},
		{"0.1.0", "0.3.0", false},
		{"0.1.0", "2.0.0", false},
		{"0.1.0", "0.1.0", false},
		{"0.1.0", "0.0.9", false},
		{"0.1.0", "0.2.1", false},
		{"1.4.2", "1.5.0", true},
		{"1.4.2", "1.4.3", true},
		{"1.4.2", "2.0.0", true},
		{"1.4.2", "2.0.1", false},
		{"1.4.2", "1.5.1", false},
		{"1.4.2", "1.5.0-rc.1", true},
		{"1.4.2", "1.6.0-rc.1", false},
		{"1.0.0-rc.1", "1.0.0", true},
		{"1.0.0-rc.1", "1.0.0-rc.2", true},
		{"1.0.0-rc.2", "1.0.0-rc.10", true},
		{"1.0.0-rc.10", "1.0.0-rc.9", false},
		{"1.0.0-alpha", "1.0.0-beta", true},
		{"1.0.0-beta", "1.0.0-alpha", false},
		{"1.0.0-alpha.1", "1.0.0-alpha.beta", true},
		{"1.0.0-alpha.beta", "1.0.0-alpha.1", false},
		{"1.0.0-alpha", "1.0.0-alpha.1", true},
		{"1.0.0-rc.1", "1.0.1", false},
		{"1.0.0-rc.1", "1.1.0", false},
		{"1.0.0-rc.1", "2.0.0", false},
		{"1.2.0-rc.1", "1.2.0", true},
		{"1.2.0-rc.1", "1.3.0", false},
		{"1.2.3-rc.1", "1.2.3", true},
		{"1.2.3-rc.1", "1.2.4", false},
		{"v0.9.0", "v1.0.0", true},
		{"0.1.0", "banana", false},
		{"0.1.0", "01.2.0", false},
		{"0.1.0", "0.2.0-rc.01", false},
		{"0.1.0", "0.2", false},
		{"garbage", "0.1.0", false},
	}
	for _, c := range cases {
		p, perr := version.Parse(c.prev)
		n, nerr := version.Parse(c.next)
		goSays := perr == nil && nerr == nil && version.IsNext(p, n)
		if goSays != c.want {
			t.Errorf("version.IsNext(%s, %s) = %v, want %v", c.prev, c.next, goSays, c.want)
		}
		err := exec.Command(bash, script, "--is-next", c.prev, c.next).Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("run release.sh: %v", err)
		}
		if bashSays := err == nil; bashSays != c.want {
			t.Errorf("release.sh --is-next %s %s = %v, want %v", c.prev, c.next, bashSays, c.want)
		}
	}
}
