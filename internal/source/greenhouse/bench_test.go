package greenhouse

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// BenchmarkParse measures Parse on a real jobs list of 71 jobs whose contents are entity-escaped HTML, dense with \u0026.
func BenchmarkParse(b *testing.B) {
	sourcetest.BenchParse(b, testutil.SharedFile(b, "greenhouse/github-2018-jobs-content.json"), Parse)
}
