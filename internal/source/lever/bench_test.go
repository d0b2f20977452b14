package lever

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// BenchmarkParse measures Parse on a real page of 4 postings: plain-text descriptions with some \u escapes (bullets, no-break spaces).
func BenchmarkParse(b *testing.B) {
	sourcetest.BenchParse(b, testutil.SharedFile(b, "lever/candidatezero-outreach-postings.json"), Parse)
}
