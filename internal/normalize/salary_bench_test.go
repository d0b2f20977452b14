package normalize

import "testing"

// BenchmarkFindSalaryCaptures measures FindSalary over the descriptions of every shared capture, where
// pay ranges are common and its success path (pay words, periods, incentives) runs.
func BenchmarkFindSalaryCaptures(b *testing.B) {
	texts := captureTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindSalary(texts[i%len(texts)])
	}
}
