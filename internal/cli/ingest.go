package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/career-copilot/copilot/internal/config"
	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	_ "github.com/career-copilot/copilot/internal/source/all" // every adapter
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/version"
)

// newIngest builds the ingestion service on the polite fetch client; private addresses stay refused
// unless COPILOT_ALLOW_PRIVATE_FETCH is set.
func newIngest(st *store.Store, c *config.Config) *ingest.Service {
	client := fetch.New(fetch.Options{Version: version.Version, AllowPrivate: c.AllowPrivateFetch})
	return ingest.New(st, client, ingest.Options{})
}

// openForCommand loads the config, opens the database and checks its schema, for one-shot commands.
func (e env) openForCommand(ctx context.Context) (*config.Config, *store.Store, error) {
	c, err := config.Load(e.lookup, nil)
	if err != nil {
		return nil, nil, err
	}
	setupLogging(c, e.stderr)
	st, err := openStore(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	if err := checkSchema(ctx, c, st, e.stderr); err != nil {
		st.Close()
		return nil, nil, err
	}
	return c, st, nil
}

// ingestCmd runs sources once, in this process, and prints each one's counts.
func (e env) ingestCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	id := fs.String("source", "", "run only the source with this id")
	allSources := fs.Bool("all", false, "run every enabled source")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*id == "") == !*allSources {
		return errors.New("give exactly one of --source ID or --all")
	}
	c, st, err := e.openForCommand(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	ing := newIngest(st, c)
	var ids []string
	if *id != "" {
		ids = []string{*id}
	} else {
		list, err := st.ListSources(ctx)
		if err != nil {
			return err
		}
		for _, s := range list {
			if s.Enabled && s.Kind != ingest.FileKind {
				ids = append(ids, s.ID)
			}
		}
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tNAME\tSTATUS\tFETCHED\tNEW\tLINKED\tUPDATED\tUNCHANGED\tCLOSED\tERRORS\tNOTE")
	failed := 0
	for _, sid := range ids {
		src, err := st.Source(ctx, sid)
		if err != nil {
			return fmt.Errorf("source %s: %w", sid, err)
		}
		r, err := ing.Run(ctx, sid, "", "cli")
		if err != nil {
			failed++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", sid, src.Name, r.Status, r.Fetched, r.Created, r.Linked, r.Updated,
			r.Unchanged, r.Closed, len(r.ItemErrors), r.Error)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d sources failed", failed, len(ids))
	}
	return nil
}
