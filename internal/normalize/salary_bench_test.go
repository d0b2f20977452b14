package normalize

import "testing"

// BenchmarkFindSalaryCaptures measures FindSalary over the descriptions of every shared capture, where
// pay ranges are common and its success path (pay words, periods, incentives) runs.
func BenchmarkFindSalaryCaptures(b *testing.B) {
	var texts []string
	for _, d := range captureDrafts(b) {
		if _, txt := HTML(d.DescriptionHTML); txt != "" {
			texts = append(texts, txt)
		}
	}
	if len(texts) == 0 {
		b.Skip("no shared captures")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindSalary(texts[i%len(texts)])
	}
}
