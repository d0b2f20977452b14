package cli

import (
	"fmt"
	"runtime"

	"github.com/career-copilot/copilot/internal/version"
)

func (e env) version() {
	fmt.Fprintf(e.stdout, "copilot %s (commit %s, built %s, %s)\n", version.Version, version.Commit, version.BuildDate, runtime.Version())
}
