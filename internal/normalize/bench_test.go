package normalize

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/testutil"
)

// BenchmarkDraft normalizes the 71 real GitHub postings of 2018 and reports postings per second.
func BenchmarkDraft(b *testing.B) {
	drafts := greenhouseDrafts(b, "greenhouse/github-2018-jobs-content.json", "GitHub, Inc.")
	now := time.Date(2018, 12, 3, 0, 0, 0, 0, time.UTC)
	var bytes int64
	for _, d := range drafts {
		bytes += int64(len(d.DescriptionHTML))
	}
	b.SetBytes(bytes / int64(len(drafts)))
	b.ReportAllocs()
	cpu0 := testutil.CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Draft(drafts[i%len(drafts)], now)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
	// On a shared machine wall time includes waiting for a core; CPU time is what the work cost.
	if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "postings/cpu-s")
	}
}

// BenchmarkHTML measures the sanitizer and text flattening alone.
func BenchmarkHTML(b *testing.B) {
	drafts := greenhouseDrafts(b, "greenhouse/github-2018-jobs-content.json", "GitHub")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		HTML(drafts[i%len(drafts)].DescriptionHTML)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
}

// BenchmarkReadSignals measures the phrase scan that employment type and seniority fall back on.
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

// BenchmarkFindSalary measures the search for a pay range stated in a description, run when the board gives none.
func BenchmarkFindSalary(b *testing.B) {
	drafts := greenhouseDrafts(b, "greenhouse/brete-gitlab-jobs-content-full.json", "GitLab")
	drafts = append(drafts, greenhouseDrafts(b, "greenhouse/github-2018-jobs-content.json", "GitHub")...)
	texts := make([]string, len(drafts))
	for i, d := range drafts {
		_, texts[i] = HTML(d.DescriptionHTML)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindSalary(texts[i%len(texts)])
	}
}

// BenchmarkTextSaysRemote measures the search for a remote statement over the descriptions of the captures.
func BenchmarkTextSaysRemote(b *testing.B) {
	texts := captureTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		textSaysRemote(texts[i%len(texts)])
	}
}
