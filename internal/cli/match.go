package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/source/all"
)

// listFlag collects a flag given several times, or followed by several paths.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// rankedPosting is one line of `copilot match` output.
type rankedPosting struct {
	Rank        int               `json:"rank"`
	Score       int               `json:"score"`
	Title       string            `json:"title"`
	Company     string            `json:"company"`
	File        string            `json:"file"`
	URL         string            `json:"url,omitempty"`
	Explanation match.Explanation `json:"explanation"`
}

// maxTop is the most postings one ranking returns (the search engine's page limit).
const maxTop = 200

// match ranks postings read from files against a resume with the server's engine.
func (e env) match(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("match", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	resumePath := fl.String("resume", "", "resume file (PDF, DOCX, JSON Resume, Markdown, text)")
	profilePath := fl.String("profile", "", "profile JSON (the shape of GET /api/v1/profile)")
	top := fl.Int("top", 10, "how many postings to print")
	asJSON := fl.Bool("json", false, "print JSON")
	var paths listFlag
	fl.Var(&paths, "postings", "posting file or folder (repeatable; paths after it count too)")
	for {
		if err := fl.Parse(args); err != nil {
			return err
		}
		rest := fl.Args()
		i := 0
		for i < len(rest) && !strings.HasPrefix(rest[i], "-") {
			i++
		}
		paths = append(paths, rest[:i]...)
		if i == len(rest) {
			break
		}
		args = rest[i:]
	}
	if *resumePath == "" || len(paths) == 0 {
		return errors.New("usage: copilot match --resume FILE [--profile FILE] --postings PATH... [--top N] [--json]")
	}
	if *top < 1 || *top > maxTop {
		return fmt.Errorf("--top must be between 1 and %d, not %d", maxTop, *top)
	}
	now := time.Now().UTC()
	body, err := os.ReadFile(*resumePath)
	if err != nil {
		return fmt.Errorf("read resume: %w", err)
	}
	doc, err := resume.Extract(ctx, body, *resumePath, resume.WithNow(now))
	if err != nil {
		return fmt.Errorf("resume %s: %w", *resumePath, err)
	}
	prof := profile.DefaultProfile()
	if *profilePath != "" {
		b, err := os.ReadFile(*profilePath)
		if err != nil {
			return fmt.Errorf("read profile: %w", err)
		}
		if err := json.Unmarshal(b, &prof); err != nil {
			return fmt.Errorf("profile %s: %w", *profilePath, err)
		}
		if err := prof.Normalize().Err(); err != nil {
			return fmt.Errorf("profile %s: %w", *profilePath, err)
		}
	}
	docs, files, err := e.readPostings(paths, now)
	if err != nil {
		return err
	}
	ix := search.New()
	ix.SetClock(func() time.Time { return now })
	ix.Build(docs, 2)
	cand := match.NewCandidate(prof, &doc)
	res, err := ix.Matches(cand, search.Query{Limit: *top, Filter: search.Filter{Status: "all"}})
	if err != nil {
		return err
	}
	byID := map[string]*search.Doc{}
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	var out []rankedPosting
	for i, h := range res.Hits {
		d := byID[h.ID]
		f, _ := ix.Features(h.ID)
		text, _ := ix.TextFit(cand, h.ID)
		ex := match.Explain(cand, &d.Posting, &f, text, now)
		out = append(out, rankedPosting{Rank: i + 1, Score: ex.Score, Title: d.Posting.Title, Company: d.Posting.Company,
			File: files[h.ID], URL: d.Posting.URL, Explanation: ex})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(e.stdout, "%d postings ranked for %s\n", len(docs), filepath.Base(*resumePath))
	for _, r := range out {
		printRanked(e, r)
	}
	return nil
}

func printRanked(e env, r rankedPosting) {
	fmt.Fprintf(e.stdout, "\n%2d. [%3d] %s — %s (%s)\n", r.Rank, r.Score, r.Title, r.Company, r.File)
	for _, c := range r.Explanation.Components {
		fmt.Fprintf(e.stdout, "      %-9s %4.1f/%-2.0f %s\n", c.Name, c.Points, c.Max, c.Line)
	}
	for _, m := range r.Explanation.Matched {
		line := m.Evidence.Line
		if line == "" {
			line = "(profile)"
		}
		rel := ""
		if m.Related {
			rel = " via " + m.Evidence.Skill
		}
		fmt.Fprintf(e.stdout, "      + %s (%s%s): %s\n", m.Skill, m.Kind, rel, line)
	}
	if len(r.Explanation.Missing) > 0 {
		var names []string
		for _, m := range r.Explanation.Missing {
			names = append(names, m.Skill)
		}
		fmt.Fprintf(e.stdout, "      - missing: %s\n", strings.Join(names, ", "))
	}
}

// readPostings reads every posting file under the paths (folders are walked), in path order.
func (e env) readPostings(paths []string, now time.Time) ([]search.Doc, map[string]string, error) {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("postings: %w", err)
		}
	}
	sort.Strings(files)
	var docs []search.Doc
	where := map[string]string{}
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("postings: %w", err)
		}
		_, res, err := all.ParseFile(f, body)
		if err != nil {
			fmt.Fprintf(e.stderr, "copilot match: skipping %s: %v\n", f, err)
			continue
		}
		// The same preparation as ingestion: normalized, the employer named from the board URL when the
		// file gives none, an id listed twice kept once.
		items, _ := ingest.Prepare(res.Drafts, now)
		for i, it := range items {
			id := fmt.Sprintf("%s#%d", filepath.Base(f), i)
			docs = append(docs, search.Doc{ID: id, Posting: it.Posting})
			where[id] = filepath.Base(f)
		}
	}
	if len(docs) == 0 {
		return nil, nil, errors.New("no postings could be read from the given paths")
	}
	return docs, where, nil
}
