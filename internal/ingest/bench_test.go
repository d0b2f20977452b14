package ingest_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// benchCaptures are real board answers whose postings are multiplied into the benchmark corpus.
var benchCaptures = []string{
	"greenhouse/github-2018-jobs-content.json",
	"job-apis/themuse-jsa-202-jobs-wrapped.json",
	"lever/candidatezero-outreach-postings.json",
	"ashby/brete-notion-jobboard-full.json",
	"job-apis/remotive-brete-full.json",
}

type capture struct {
	format string
	body   []byte
	n      int
}

func loadCaptures(b *testing.B) []capture {
	b.Helper()
	var out []capture
	for _, rel := range benchCaptures {
		body, err := os.ReadFile(testutil.SharedFile(b, rel))
		if err != nil {
			b.Fatal(err)
		}
		format, res, err := all.ParseFile(rel, body)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, capture{format: format, body: body, n: len(res.Drafts)})
	}
	return out
}

// corpus parses the captures again and again until it has n drafts, each copy a distinct posting
// (its own external id and title), as n different jobs of the same boards would be.
func corpus(b *testing.B, caps []capture, n int) []posting.Draft {
	b.Helper()
	out := make([]posting.Draft, 0, n)
	for copyNo := 0; len(out) < n; copyNo++ {
		for _, c := range caps {
			_, res, err := all.ParseFile(c.format, c.body)
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range res.Drafts {
				if len(out) == n {
					return out
				}
				d.ExternalID += "-" + strconv.Itoa(copyNo)
				d.Title += " " + strconv.Itoa(copyNo)
				out = append(out, d)
			}
		}
	}
	return out
}

// BenchmarkParseNormalize measures parsing the real captures and normalizing their postings, on one goroutine.
// It reports postings per second of wall time and per second of CPU time (what the work cost on a shared machine).
func BenchmarkParseNormalize(b *testing.B) {
	caps := loadCaptures(b)
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, size := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", size/1000), func(b *testing.B) {
			total := 0
			start, cpu0 := time.Now(), testutil.CPUTime()
			for i := 0; i < b.N; i++ {
				done := 0
				for done < size {
					for _, c := range caps {
						parse, _ := all.Parser(c.format) // the fetch path: the kind is known, no detection
						drafts, _, err := parse(c.body)
						if err != nil {
							b.Fatal(err)
						}
						items, _ := ingest.Prepare(drafts, now)
						done += len(items)
					}
				}
				total += done
			}
			b.ReportMetric(float64(total)/time.Since(start).Seconds(), "postings/s")
			if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(total)/cpu.Seconds(), "postings/cpu-s")
			}
		})
	}
}

// BenchmarkEndToEnd measures normalize + upsert of new postings into a fresh database (SQLite always,
// PostgreSQL when COPILOT_TEST_POSTGRES_URL is set), through Service.Import in batches of 500. Beside
// postings per second of wall time it reports them per second of this process's CPU time and, for a local
// PostgreSQL, of the database backends' CPU time: what the work cost on a shared machine.
func BenchmarkEndToEnd(b *testing.B) {
	caps := loadCaptures(b)
	for _, d := range storetest.Dialects() {
		for _, size := range []int{10_000, 100_000} {
			drafts := corpus(b, caps, size)
			b.Run(fmt.Sprintf("%s/%dk", d, size/1000), func(b *testing.B) {
				var elapsed, cpu, dbc time.Duration
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					st := storetest.Open(b, d)
					svc := ingest.New(st, nil, ingest.Options{})
					b.StartTimer()
					t0, c0, d0 := time.Now(), testutil.CPUTime(), dbCPU(st)
					r, err := svc.Import(context.Background(), "bench", drafts, nil)
					elapsed += time.Since(t0)
					cpu += testutil.CPUTime() - c0
					dbc += dbCPU(st) - d0
					if err != nil || r.Created+r.Linked != size {
						b.Fatalf("import: %+v %v", r, err)
					}
					b.StopTimer()
					st.Close()
				}
				b.ReportMetric(float64(size*b.N)/elapsed.Seconds(), "postings/s")
				if cpu > 0 {
					b.ReportMetric(float64(size*b.N)/cpu.Seconds(), "postings/cpu-s")
				}
				if dbc > 0 {
					b.ReportMetric(float64(size*b.N)/dbc.Seconds(), "postings/db-cpu-s")
				}
			})
		}
	}
}
