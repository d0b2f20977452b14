package sourcetest

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// BenchParse measures an adapter's Parse on the body of the file at path, with its bytes and allocations.
func BenchParse(b *testing.B, path string, parse func([]byte) ([]posting.Draft, []posting.ItemError, error)) {
	body := Read(b, path)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := parse(body); err != nil {
			b.Fatal(err)
		}
	}
}
