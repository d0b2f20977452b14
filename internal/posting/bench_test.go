package posting_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/testutil"
)

// BenchmarkSimHash hashes the normalized text of the real Notion postings (7–9 KB each).
func BenchmarkSimHash(b *testing.B) {
	var texts []string
	for _, d := range notionDraftsB(b) {
		texts = append(texts, normalize.Draft(d, time.Now()).DescriptionText)
	}
	var n int
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n / len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		posting.SimHash(texts[i%len(texts)])
	}
}

// BenchmarkSimHashBoards hashes the normalized descriptions of several real boards in turn, hundreds of
// different texts: repeating three texts, as BenchmarkSimHash does, lets the branch predictor learn where
// their words end, which favours branchy code that real ingestion would not.
func BenchmarkSimHashBoards(b *testing.B) {
	var texts []string
	var n int
	for _, rel := range []string{"greenhouse/github-2018-jobs-content.json", "job-apis/themuse-jsa-202-jobs-wrapped.json",
		"lever/candidatezero-outreach-postings.json", "ashby/brete-notion-jobboard-full.json", "job-apis/remotive-brete-full.json"} {
		body, err := os.ReadFile(testutil.SharedFile(b, rel))
		if err != nil {
			b.Fatal(err)
		}
		_, res, err := all.ParseFile(rel, body)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range res.Drafts {
			if s := normalize.Draft(d, time.Now()).DescriptionText; s != "" {
				texts, n = append(texts, s), n+len(s)
			}
		}
	}
	b.SetBytes(int64(n / len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		posting.SimHash(texts[i%len(texts)])
	}
}

func BenchmarkTitleKey(b *testing.B) {
	title := strings.Repeat("Senior Software Engineer - Ecosystem   ", 1)
	for i := 0; i < b.N; i++ {
		posting.TitleKey(title)
	}
}
