package cli

import (
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/config"
)

// config prints the effective configuration (secrets masked), or the reference with "docs".
func (e env) config(args []string) error {
	if len(args) > 0 && args[0] == "docs" {
		fmt.Fprint(e.stdout, config.Markdown())
		return nil
	}
	c, err := config.Load(e.lookup, nil)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, strings.Join(c.Dump(), "\n"))
	return nil
}
