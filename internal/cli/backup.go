package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/career-copilot/copilot/internal/config"
	"github.com/career-copilot/copilot/internal/store"
)

// pgDumpHint is what backup and restore say on PostgreSQL, where the database's own tools do the job.
const pgDumpHint = "the database is PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=copilot.dump \"$DATABASE_URL\") and restore with pg_restore; copilot backup covers the embedded SQLite only"

// dataDirFlag parses [--data-dir DIR] FILE for backup and restore.
func (e env) dataDirFlag(name string, args []string) (map[string]string, string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("data-dir", "", "data directory (env COPILOT_DATA_DIR)")
	if err := fs.Parse(args); err != nil {
		return nil, "", err
	}
	if fs.NArg() != 1 {
		return nil, "", fmt.Errorf("want: %s [--data-dir DIR] FILE", name)
	}
	flags := map[string]string{}
	if *dir != "" {
		flags["COPILOT_DATA_DIR"] = *dir
	}
	return flags, fs.Arg(0), nil
}

// backup writes a consistent snapshot of the embedded database to FILE; it is safe while serve runs.
func (e env) backup(ctx context.Context, args []string) error {
	flags, file, err := e.dataDirFlag("backup", args)
	if err != nil {
		return err
	}
	c, err := config.Load(e.lookup, flags)
	if err != nil {
		return err
	}
	if c.Postgres() {
		return errors.New(pgDumpHint)
	}
	if _, err := os.Stat(c.SQLitePath()); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no database at %s (set COPILOT_DATA_DIR or --data-dir)", c.SQLitePath())
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Backup(ctx, file); err != nil {
		return err
	}
	info, err := store.InspectBackup(ctx, file)
	if err != nil {
		return fmt.Errorf("the backup was written but does not check out: %w", err)
	}
	fmt.Fprintf(e.stdout, "backed up %s to %s (schema version %d, %d users)\n", c.SQLitePath(), file, info.SchemaVersion, info.Users)
	if c.JWTSecret == "" {
		fmt.Fprintf(e.stdout, "the token signing secret is not in the backup: keep %s with it to keep users signed in after a restore\n", filepath.Join(c.DataDir, "jwt_secret"))
	}
	return nil
}

// restore puts a backup in place as the database of an empty data dir.
func (e env) restore(ctx context.Context, args []string) error {
	flags, file, err := e.dataDirFlag("restore", args)
	if err != nil {
		return err
	}
	c, err := config.Load(e.lookup, flags)
	if err != nil {
		return err
	}
	if c.Postgres() {
		return errors.New(pgDumpHint)
	}
	empty, err := store.IsEmptyDir(c.DataDir)
	if err != nil {
		return err
	}
	if !empty {
		return fmt.Errorf("the data dir %s is not empty; restore into a new, empty directory (--data-dir) and point the server at it", c.DataDir)
	}
	info, err := store.RestoreSQLite(ctx, file, c.SQLitePath())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "restored %s into %s (schema version %d, %d users); start the server with COPILOT_DATA_DIR=%s\n",
		file, c.SQLitePath(), info.SchemaVersion, info.Users, c.DataDir)
	if c.JWTSecret == "" {
		fmt.Fprintf(e.stdout, "copy jwt_secret from the old data dir into %s to keep users signed in; without it a new secret is made and everyone signs in again (no data is lost)\n", c.DataDir)
	}
	return nil
}
