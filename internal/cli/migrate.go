package cli

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/career-copilot/copilot/internal/config"
)

func (e env) migrate(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("want up, down [N], status, version or history")
	}
	c, err := config.Load(e.lookup, nil)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close()
	switch args[0] {
	case "up":
		n, err := st.MigrateUp(ctx)
		if err != nil {
			return err
		}
		v, _ := st.SchemaVersion(ctx)
		fmt.Fprintf(e.stdout, "applied %d migration(s); schema version %d\n", n, v)
	case "down":
		n := 1
		if len(args) > 1 {
			if n, err = strconv.Atoi(args[1]); err != nil || n < 1 {
				return fmt.Errorf("down N: N must be a positive number, got %q", args[1])
			}
		}
		done, err := st.MigrateDown(ctx, n)
		if err != nil {
			return err
		}
		v, _ := st.SchemaVersion(ctx)
		fmt.Fprintf(e.stdout, "rolled back %d migration(s); schema version %d\n", done, v)
	case "status":
		ms, err := st.MigrationStatus(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "VERSION\tNAME\tSTATE\tAPPLIED AT")
		for _, m := range ms {
			state, at := "pending", ""
			if m.Applied {
				state, at = "applied", m.AppliedAt.UTC().Format("2006-01-02 15:04:05")
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", m.Version, m.Name, state, at)
		}
		tw.Flush()
	case "version":
		v, err := st.SchemaVersion(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, v)
	case "history":
		hs, err := st.MigrationHistory(ctx)
		if err != nil {
			return err
		}
		for _, h := range hs {
			fmt.Fprintf(e.stdout, "%s  %d  %s\n", h.AppliedAt.UTC().Format("2006-01-02 15:04:05"), h.Version, h.Name)
		}
	default:
		return fmt.Errorf("unknown migrate command %q (want up, down [N], status, version or history)", args[0])
	}
	return nil
}
