// Package cli holds the copilot subcommands; it is the only place where the parts are wired together.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
)

// env carries the process's outside world so commands can be tested.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	lookup         func(string) (string, bool)
}

// Run executes the subcommand in args and returns the process exit code.
func Run(ctx context.Context, args []string) int {
	e := env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, lookup: os.LookupEnv}
	return e.run(ctx, args)
}

func (e env) run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		e.usage()
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = e.serve(ctx, args[1:])
	case "migrate":
		err = e.migrate(ctx, args[1:])
	case "ingest":
		err = e.ingestCmd(ctx, args[1:])
	case "import":
		err = e.importCmd(ctx, args[1:])
	case "user":
		err = e.user(ctx, args[1:])
	case "backup":
		err = e.backup(ctx, args[1:])
	case "restore":
		err = e.restore(ctx, args[1:])
	case "config":
		err = e.config(args[1:])
	case "match":
		err = e.match(ctx, args[1:])
	case "version", "--version", "-v":
		e.version()
	case "help", "--help", "-h":
		e.usage()
	default:
		fmt.Fprintf(e.stderr, "copilot: unknown command %q\n\n", args[0])
		e.usage()
		return 2
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "copilot %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func (e env) usage() {
	fmt.Fprint(e.stderr, `Career Copilot: a self-hosted job-search copilot.

Usage:
  copilot serve [--addr :8000] [--data-dir ./data] [--role all|api|worker]
  copilot migrate up | down [N] | status | version | history
  copilot ingest --source ID | --all
  copilot import FILE…
  copilot user create --email EMAIL [--admin] (password from COPILOT_PASSWORD or stdin)
  copilot backup [--data-dir DIR] FILE   (a consistent snapshot of the embedded SQLite, safe while serving)
  copilot restore [--data-dir DIR] FILE  (into an empty data dir)
  copilot config [docs]
  copilot match --resume FILE [--profile FILE] --postings PATH... [--top N] [--json]
  copilot version

Configuration comes from environment variables; see docs/configuration.md.
`)
}
