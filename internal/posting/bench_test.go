package posting_test

import (
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
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

func BenchmarkTitleKey(b *testing.B) {
	title := strings.Repeat("Senior Software Engineer - Ecosystem   ", 1)
	for i := 0; i < b.N; i++ {
		posting.TitleKey(title)
	}
}
