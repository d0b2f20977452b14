package themuse

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// BenchmarkParse measures Parse on a real capture of 202 jobs: HTML contents with a few escapes.
func BenchmarkParse(b *testing.B) {
	sourcetest.BenchParse(b, testutil.SharedFile(b, "job-apis/themuse-jsa-202-jobs-wrapped.json"), Parse)
}
