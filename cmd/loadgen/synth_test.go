package main

import (
	"os"
	"testing"

	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestWriteSynthIsAGreenhouseBoardOfDistinctJobs(t *testing.T) {
	seeds, err := readSeeds(testutil.SharedFixtures(t))
	if err != nil {
		t.Fatal(err)
	}
	// 71 GitHub jobs and a few more Greenhouse ones, The Muse's 202 and Microsoft's 182.
	if len(seeds) < 71+202+182 {
		t.Fatalf("read %d seed postings, want at least %d", len(seeds), 71+202+182)
	}
	n := len(seeds) + 5
	paths, err := writeSynth(seeds, n, len(seeds), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 2 {
		t.Fatalf("wrote %d files, want 2 (%d postings, %d a file)", len(paths), n, len(seeds))
	}
	var ids = map[string]bool{}
	for i, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		format, res, err := all.ParseFile(p, body)
		if err != nil || format != "greenhouse" {
			t.Fatalf("file %d parsed as %q: %v", i, format, err)
		}
		for j, d := range res.Drafts {
			ids[d.ExternalID] = true
			at := i*len(seeds) + j
			s, k := seeds[at%len(seeds)], at/len(seeds)
			if d.Title != s.Title || d.Company != s.Company+" "+string(rune('0'+k)) {
				t.Fatalf("posting %d is %q at %q, want %q at %q", at, d.Title, d.Company, s.Title, s.Company+" "+string(rune('0'+k)))
			}
			if d.DescriptionHTML == "" {
				t.Fatalf("posting %d has no description", at)
			}
		}
	}
	if len(ids) != n {
		t.Fatalf("%d distinct external ids, want %d", len(ids), n)
	}
}
