package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
)

// importCmd imports posting files of any supported format into the per-format file-import sources,
// with a progress bar on a terminal and a summary at the end. A file that cannot be read is reported
// and skipped; the others are imported.
func (e env) importCmd(ctx context.Context, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return errors.New("usage: copilot import FILE…")
	}
	c, st, err := e.openForCommand(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	ing := newIngest(st, c)
	bar := newProgress(e.stdout, len(args))
	var files, created, linked, updated, unchanged, itemErrs int
	var failures []string
	for i, path := range args {
		bar.show(i, filepath.Base(path))
		body, err := os.ReadFile(path)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", path, err))
			continue
		}
		format, res, err := all.ParseFile(filepath.Base(path), body)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", path, err))
			continue
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(e.stderr, "  %s: warning: %s\n", path, w)
		}
		r, err := ing.Import(ctx, format, res.Drafts, res.Errors)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", path, err))
			continue
		}
		files++
		created, linked, updated, unchanged, itemErrs = created+r.Created, linked+r.Linked, updated+r.Updated, unchanged+r.Unchanged, itemErrs+len(r.ItemErrors)
		if !bar.tty {
			fmt.Fprintf(e.stdout, "%s: %s, %s: %d new, %d linked, %d updated, %d unchanged, %s\n", path, format, plural(r.Fetched, "posting"),
				r.Created, r.Linked, r.Updated, r.Unchanged, plural(len(r.ItemErrors), "error"))
		}
		e.printItemErrors(path, r.ItemErrors)
	}
	bar.done()
	fmt.Fprintf(e.stdout, "imported %d of %d files: %d new, %d linked to known postings, %d updated, %d unchanged, %d item errors\n",
		files, len(args), created, linked, updated, unchanged, itemErrs)
	for _, f := range failures {
		fmt.Fprintln(e.stderr, "  failed:", f)
	}
	if len(failures) > 0 {
		return fmt.Errorf("%d file(s) could not be imported", len(failures))
	}
	return nil
}

// progress draws a one-line bar when the output is a terminal, and nothing otherwise.
type progress struct {
	w     io.Writer
	total int
	tty   bool
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) show(done int, name string) {
	if !p.tty {
		return
	}
	const width = 30
	n := width * done / max(p.total, 1)
	if len(name) > 40 {
		name = name[:37] + "..."
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %-40s", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, p.total, name)
}

func (p *progress) done() {
	if p.tty {
		p.show(p.total, "")
		fmt.Fprintln(p.w)
	}
}

// maxItemErrors is how many item errors import prints per file.
const maxItemErrors = 10

// printItemErrors lists the postings of a file that were not imported, and why.
func (e env) printItemErrors(path string, errs []posting.ItemError) {
	for i, ie := range errs {
		if i == maxItemErrors {
			fmt.Fprintf(e.stderr, "  %s: … and %d more item errors\n", path, len(errs)-i)
			return
		}
		if ie.ID != "" && !strings.HasPrefix(ie.ID, "key:") { // a key made of company, title and places means nothing to a reader
			fmt.Fprintf(e.stderr, "  %s: posting %q: %s\n", path, ie.ID, ie.Err)
		} else {
			fmt.Fprintf(e.stderr, "  %s: %s\n", path, ie.Err)
		}
	}
}

// plural writes n with the noun, in the plural unless n is one ("1 posting", "3 postings").
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
