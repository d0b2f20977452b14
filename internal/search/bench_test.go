package search

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/testutil"
)

var (
	benchOnce  sync.Once
	benchReal  []Doc
	benchIndex = map[int]*Index{}
	benchMu    sync.Mutex
)

// benchIndexOf builds (once per size) an index of n synthetic postings from the real captures.
func benchIndexOf(b *testing.B, n int) *Index {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix := benchIndex[n]; ix != nil {
		return ix
	}
	real := realPostings(b)
	ix := New()
	ix.SetClock(func() time.Time { return qualityNow })
	ix.Build(synthCorpus(real, n), runtime.GOMAXPROCS(0))
	benchIndex[n] = ix
	return ix
}

func benchCandidate(b *testing.B) *match.Candidate {
	b.Helper()
	p := profile.DefaultProfile()
	p.RemotePreference = "remote"
	p.WorkCountries = []string{"US", "DE"}
	p.SalaryFloor = &profile.SalaryFloor{Amount: 100000, Currency: "USD", Period: "year"}
	return match.NewCandidate(p, loadResume(&testing.T{}, "resumematcher-bruce_wayne_fullstack.pdf"))
}

// percentiles runs fn n times and reports p50 and p99 in ms as custom metrics.
func percentiles(b *testing.B, fn func()) {
	b.Helper()
	var d []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		fn()
		d = append(d, time.Since(t))
	}
	b.StopTimer()
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(d[min(len(d)-1, len(d)*99/100)].Microseconds())/1000, "p99-ms")
}

// BenchmarkTop50 ranks the top 50 matches of one profile with a resume.
// Run with -cpu 1 for the one-core figure.
func BenchmarkTop50(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix := benchIndexOf(b, n)
			c := benchCandidate(b)
			percentiles(b, func() {
				if _, err := ix.Matches(c, Query{Limit: 50}); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkSearch runs typical queries with filters at 100k postings.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndexOf(b, 100000)
	queries := []Query{
		{Text: "python", Filter: Filter{WorkModes: []string{"remote"}}},
		{Text: `"machine learning" engineer`, Filter: Filter{Countries: []string{"US"}}},
		{Text: "senior backend -manager", Filter: Filter{MinSalary: 90000, SalaryCurrency: "USD", SalaryPeriod: "year"}},
		{Text: "azure kubernetes", Filter: Filter{PostedWithin: 30 * 24 * time.Hour}, Facets: true},
		{Text: "data scientist", Sort: SortDate},
	}
	for i, q := range queries {
		b.Run(fmt.Sprint(i), func(b *testing.B) {
			percentiles(b, func() {
				if _, err := ix.Search(q); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkBuild measures building the index, analysis included, on every core;
// cpu-s is the process CPU time per build (all workers and the GC).
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			docs := synthCorpus(realPostings(b), n)
			b.ResetTimer()
			cpu0 := testutil.CPUTime()
			for i := 0; i < b.N; i++ {
				ix := New()
				ix.Build(docs, runtime.GOMAXPROCS(0))
			}
			if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s")
			}
		})
	}
}

// BenchmarkIndexMemory builds an index of 100k postings page by page, as the server
// loads one from the database, in a fresh child process (so no other benchmark's memory
// counts) that never holds every posting's text at once. heap-MiB is the Go heap the
// index holds after a GC; rss-MiB is the child's whole resident memory once the load's
// garbage is returned to the OS (the server does the same after its first load), and
// hwm-MiB its peak during the build.
func BenchmarkIndexMemory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIndexMemoryChild$", "-test.v")
		cmd.Env = append(os.Environ(), "COPILOT_INDEX_MEMORY_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("child: %v\n%s", err, out)
		}
		var heap, rss, hwm float64
		at := bytes.Index(out, []byte("index memory:"))
		if at < 0 {
			b.Fatalf("child printed no figures:\n%s", out)
		}
		if _, err := fmt.Sscanf(string(out[at:]), "index memory: heap %f rss %f hwm %f", &heap, &rss, &hwm); err != nil {
			b.Fatalf("child output: %v\n%s", err, out)
		}
		b.ReportMetric(heap, "heap-MiB")
		b.ReportMetric(rss, "rss-MiB")
		b.ReportMetric(hwm, "hwm-MiB")
	}
}

// TestIndexMemoryChild is BenchmarkIndexMemory's child process; it is skipped otherwise.
func TestIndexMemoryChild(t *testing.T) {
	if os.Getenv("COPILOT_INDEX_MEMORY_CHILD") == "" {
		t.Skip("run by BenchmarkIndexMemory")
	}
	real := realPostings(t)
	const n, page = 100000, 1000
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	ix := New()
	next := 0
	err := ix.BuildPages(func() ([]Doc, error) {
		docs := make([]Doc, 0, page)
		for ; next < n && len(docs) < page; next++ {
			docs = append(docs, synthDoc(real, next))
		}
		return docs, nil
	}, runtime.GOMAXPROCS(0))
	if err != nil {
		t.Fatal(err)
	}
	debug.FreeOSMemory()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if ix.Len() != n {
		t.Fatalf("indexed %d postings, want %d", ix.Len(), n)
	}
	fmt.Printf("index memory: heap %.2f rss %.2f hwm %.2f\n", float64(after.HeapInuse-before.HeapInuse)/(1<<20), procMiB("VmRSS"), procMiB("VmHWM"))
	runtime.KeepAlive(ix)
}
