package normalize

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/testutil"
)

var captured struct {
	once   sync.Once
	drafts []posting.Draft
	err    error
}

// captureDrafts parses every shared capture as ingestion does, so differential tests start from what
// boards really send; without the captures it returns none. The drafts are shared: callers must not change them.
func captureDrafts(tb testing.TB) []posting.Draft {
	tb.Helper()
	if os.Getenv("COPILOT_SHARED_FIXTURES") == "" {
		return nil
	}
	root := testutil.SharedFixtures(tb)
	captured.once.Do(func() {
		captured.err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			body, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			if _, res, err := all.ParseFile(filepath.ToSlash(rel), body); err == nil { // not every file is a capture
				captured.drafts = append(captured.drafts, res.Drafts...)
			}
			return nil
		})
	})
	if captured.err != nil {
		tb.Fatal(captured.err)
	}
	return captured.drafts
}

// captureTexts returns the flattened description text of every shared capture's postings, skipping the
// benchmark when there are no captures.
func captureTexts(b *testing.B) []string {
	var texts []string
	for _, d := range captureDrafts(b) {
		if _, txt := HTML(d.DescriptionHTML); txt != "" {
			texts = append(texts, txt)
		}
	}
	if len(texts) == 0 {
		b.Skip("no shared captures")
	}
	return texts
}
