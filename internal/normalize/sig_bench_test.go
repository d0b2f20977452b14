package normalize

import "testing"

func BenchmarkReadSignals(b *testing.B) {
	drafts := greenhouseDrafts(b, "greenhouse/github-2018-jobs-content.json", "GitHub")
	texts := make([]string, len(drafts))
	for i, d := range drafts {
		_, texts[i] = HTML(d.DescriptionHTML)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		readSignals(texts[i%len(texts)])
	}
}
