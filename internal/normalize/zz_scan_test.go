package normalize

import (
	"strings"
	"testing"
)

func zzTexts(b *testing.B) []string {
	drafts := greenhouseDrafts(b, "greenhouse/brete-gitlab-jobs-content-full.json", "GitLab")
	drafts = append(drafts, greenhouseDrafts(b, "greenhouse/github-2018-jobs-content.json", "GitHub")...)
	var texts []string
	for _, d := range drafts {
		_, t := HTML(d.DescriptionHTML)
		texts = append(texts, t)
	}
	return texts
}

var zzSink int

func benchProbe(b *testing.B, c byte) {
	texts := zzTexts(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		for j := 0; j < len(t); {
			p := strings.IndexByte(t[j:], c)
			if p < 0 {
				break
			}
			j += p + 1
			zzSink++
		}
	}
}
func BenchmarkZZAbsent(b *testing.B) { benchProbe(b, 0x01) }
func BenchmarkZZK(b *testing.B)      { benchProbe(b, 'K') }
func BenchmarkZZN(b *testing.B)      { benchProbe(b, 'N') }
func BenchmarkZZJ(b *testing.B)      { benchProbe(b, 'J') }
func BenchmarkZZC(b *testing.B)      { benchProbe(b, 'C') }
func BenchmarkZZk(b *testing.B)      { benchProbe(b, 'k') }
func BenchmarkZZkr(b *testing.B) {
	texts := zzTexts(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		for j := 0; j < len(t); {
			p := strings.Index(t[j:], "kr")
			if p < 0 {
				break
			}
			j += p + 1
			zzSink++
		}
	}
}
