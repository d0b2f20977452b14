package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// instance is one `copilot serve` the generator started, with the database it made for it.
type instance struct {
	cmd     *exec.Cmd
	URL     string
	env     []string
	cleanup []func()
}

// dbEnv prepares a fresh database of the dialect and returns the environment that points copilot at it.
func dbEnv(ctx context.Context, dialect, pgBase, redisURL string) (env []string, cleanup func(), err error) {
	base := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir(), "COPILOT_LOG_LEVEL=warn",
		"JWT_SECRET=loadgen-secret-0123456789abcdef0123456789"}
	dir, err := os.MkdirTemp("", "copilot-load-")
	if err != nil {
		return nil, nil, fmt.Errorf("loadgen: temp dir: %w", err)
	}
	base = append(base, "COPILOT_DATA_DIR="+dir)
	rm := func() { _ = os.RemoveAll(dir) }
	if dialect == "sqlite" {
		return base, rm, nil
	}
	if pgBase == "" {
		rm()
		return nil, nil, fmt.Errorf("loadgen: --postgres is required for the postgres run")
	}
	name, dbURL, err := freshDatabase(ctx, pgBase)
	if err != nil {
		rm()
		return nil, nil, err
	}
	env = append(base, "DATABASE_URL="+dbURL)
	if redisURL != "" {
		env = append(env, "REDIS_URL="+redisURL)
	}
	return env, func() { dropDatabase(pgBase, name); rm() }, nil
}

// freshDatabase creates an empty database named copilot_load_<random> on the server of base.
func freshDatabase(ctx context.Context, base string) (string, string, error) {
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", "", fmt.Errorf("loadgen: connect postgres: %w", err)
	}
	defer c.Close(ctx)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "copilot_load_" + hex.EncodeToString(b)
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", "", fmt.Errorf("loadgen: create database: %w", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", "", fmt.Errorf("loadgen: parse postgres url: %w", err)
	}
	u.Path = "/" + name
	return name, u.String(), nil
}

func dropDatabase(base, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		return
	}
	defer c.Close(ctx)
	_, _ = c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
}

// runCopilot runs one copilot subcommand to the end, with its output on ours.
func runCopilot(ctx context.Context, bin string, env []string, args ...string) error {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("loadgen: copilot %s: %w", args[0], err)
	}
	return nil
}

// freePort asks the kernel for a free loopback port.
func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("loadgen: free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startCopilot starts `copilot serve` on a loopback port with limits high enough for the run and
// waits until it is ready.
func startCopilot(ctx context.Context, bin string, env []string) (*instance, error) {
	addr, err := freePort()
	if err != nil {
		return nil, err
	}
	env = append(env, "COPILOT_RATE_READS=1000000/1m", "COPILOT_RATE_WRITES=1000000/1m", "COPILOT_RATE_AUTH=100000/1m")
	logs, err := os.CreateTemp("", "copilot-load-serve-*.log")
	if err != nil {
		return nil, fmt.Errorf("loadgen: server log: %w", err)
	}
	fmt.Fprintln(os.Stderr, "copilot serve logs to", logs.Name())
	cmd := exec.Command(bin, "serve", "--addr="+addr)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		logs.Close()
		return nil, fmt.Errorf("loadgen: start copilot: %w", err)
	}
	in := &instance{cmd: cmd, URL: "http://" + addr, env: env, cleanup: []func(){func() { logs.Close() }}}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		res, err := http.Get(in.URL + "/health/ready")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return in, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			in.Stop()
			return nil, fmt.Errorf("loadgen: copilot did not become ready at %s", in.URL)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Stop shuts copilot down with SIGTERM, killing it after a minute.
func (in *instance) Stop() {
	_ = in.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = in.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		_ = in.cmd.Process.Kill()
		<-done
	}
	for _, f := range in.cleanup {
		f()
	}
}

// redactURL hides a password in a URL for logs.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(url)"
	}
	return strings.TrimSpace(u.Redacted())
}
