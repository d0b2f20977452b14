package scaletest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// proc is one running `copilot` process.
type proc struct {
	name string
	cmd  *exec.Cmd
	base string // http://127.0.0.1:port
	logs *os.File

	mu       sync.Mutex
	done     chan struct{}
	exitErr  error
	exitCode int
}

// baseEnv is the environment every process of a test shares; extra settings are appended per test.
func baseEnv(t *testing.T, dbURL, redisURL string, extra ...string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + t.TempDir(),
		"DATABASE_URL=" + dbURL,
		"REDIS_URL=" + redisURL,
		"JWT_SECRET=scaletest-secret-0123456789abcdef0123456789",
		"COPILOT_ALLOW_PRIVATE_FETCH=true",
		"COPILOT_LOG_FORMAT=json",
		"COPILOT_LOG_LEVEL=info",
		"COPILOT_SHUTDOWN_TIMEOUT=20s",
	}
	return append(env, extra...)
}

// runCommand runs one copilot subcommand to completion and fails the test when it does not exit 0.
func runCommand(t *testing.T, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("copilot %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// startServe starts `copilot serve --role=all` on a free loopback port and waits until it is ready.
func startServe(t *testing.T, name string, env []string) *proc {
	t.Helper()
	logs, err := os.Create(filepath.Join(t.TempDir(), name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{name: name, logs: logs, done: make(chan struct{})}
	p.cmd = exec.Command(binary, "serve", "--role=all", "--addr=127.0.0.1:0", "--data-dir="+t.TempDir())
	p.cmd.Env = env
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout = logs
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	addr := make(chan string, 1)
	go p.readLogs(stderr, addr)
	go func() {
		err := p.cmd.Wait()
		p.mu.Lock()
		p.exitErr, p.exitCode = err, p.cmd.ProcessState.ExitCode()
		p.mu.Unlock()
		close(p.done)
	}()
	t.Cleanup(func() { p.kill(t) })
	select {
	case a := <-addr:
		p.base = "http://" + a
	case <-p.done:
		t.Fatalf("%s exited before listening: %v\n%s", name, p.exitErr, p.tail())
	case <-time.After(2 * time.Minute):
		t.Fatalf("%s did not start listening within 2 minutes\n%s", name, p.tail())
	}
	waitFor(t, time.Minute, name+" ready", func() (bool, error) {
		res, err := http.Get(p.base + "/health/ready")
		if err != nil {
			return false, nil
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK, nil
	})
	return p
}

// readLogs copies the process's JSON log to its file and reports the address from the startup line.
func (p *proc) readLogs(r io.Reader, addr chan<- string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	sent := false
	for sc.Scan() {
		line := sc.Bytes()
		p.mu.Lock()
		_, _ = p.logs.Write(append(line, '\n'))
		p.mu.Unlock()
		if sent {
			continue
		}
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(line, &rec) == nil && rec.Msg == "career copilot started" && rec.Addr != "" {
			addr <- rec.Addr
			sent = true
		}
	}
}

// tail returns the end of the process's log, for failure messages.
func (p *proc) tail() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	b, err := os.ReadFile(p.logs.Name())
	if err != nil {
		return ""
	}
	if len(b) > 6000 {
		b = b[len(b)-6000:]
	}
	return fmt.Sprintf("--- last log lines of %s ---\n%s", p.name, b)
}

// stop sends SIGTERM and returns the exit code once the process has shut down.
func (p *proc) stop(t *testing.T) int {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("signal %s: %v", p.name, err)
	}
	select {
	case <-p.done:
	case <-time.After(time.Minute):
		t.Fatalf("%s did not stop within a minute of SIGTERM\n%s", p.name, p.tail())
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exitCode
}

// kill ends a process a failed test left running.
func (p *proc) kill(t *testing.T) {
	select {
	case <-p.done:
	default:
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	if t.Failed() {
		t.Log(p.tail())
	}
	p.logs.Close()
}

// waitFor polls cond until it holds, failing the test after timeout or on an error.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}
