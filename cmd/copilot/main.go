// Command copilot is Career Copilot: a self-hosted job-search copilot in one binary.
package main

import (
	"context"
	"os"

	"github.com/career-copilot/copilot/internal/cli"
)

func main() { os.Exit(cli.Run(context.Background(), os.Args[1:])) }
