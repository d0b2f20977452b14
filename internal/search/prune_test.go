package search

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
)

// bruteMatches scores every posting that passes the query's filters with match.Score
// and sorts them by rounded score, then id: what Matches must return, without pruning.
func bruteMatches(ix *Index, c *match.Candidate, q Query) []Hit {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	now := ix.now()
	cf := q.Filter.compile(now)
	ms := ix.newScorer(c, now)
	defer ms.release()
	p := parseQuery(q.Text)
	a := getAccum(len(ix.flags))
	defer putAccum(a)
	want := ix.matchGroups(a, p)
	var all []Hit
	for s := range ix.flags {
		id := ix.entries[s].id
		f, ok := ix.Features(id) // a copy through the public reader, not the ranking loop's scratch
		if !ok || !cf.keep(ix, int32(s)) || ms.dealbroken(int32(s)) || a.mask[s] != want {
			continue
		}
		r := match.Score(c, &f, ms.textFit(int32(s)), ms.now)
		all = append(all, Hit{ID: id, Score: round4(r.Score), Posted: f.PostedUnix, Result: r})
	}
	sort.Slice(all, func(i, j int) bool {
		return key{all[i].Score, all[i].ID}.before(key{all[j].Score, all[j].ID})
	})
	return all
}

// pruneCandidates are profiles from empty to specific, with and without a resume.
func pruneCandidates(t *testing.T) map[string]*match.Candidate {
	t.Helper()
	out := map[string]*match.Candidate{}
	out["empty"] = match.NewCandidate(profile.DefaultProfile(), nil)
	p := profile.DefaultProfile()
	p.RemotePreference = "remote"
	p.WorkCountries = []string{"US", "DE"}
	p.SalaryFloor = &profile.SalaryFloor{Amount: 100000, Currency: "USD", Period: "year"}
	out["fullstack"] = match.NewCandidate(p, loadResume(t, "resumematcher-bruce_wayne_fullstack.pdf"))
	p2 := profile.DefaultProfile()
	p2.Skills = []string{"Go", "Kubernetes", "PostgreSQL"}
	p2.DesiredTitles = []string{"Backend Engineer", "Site Reliability Engineer"}
	p2.Seniority = "senior"
	p2.Dealbreakers = []string{"clearance", "on call"}
	p2.Location = "Berlin, Germany"
	out["backend"] = match.NewCandidate(p2, nil)
	out["pm"] = match.NewCandidate(profile.DefaultProfile(), loadResume(t, "resumematcher-alfred_pennyworth_pm.pdf"))
	out["janedoe"] = match.NewCandidate(profile.DefaultProfile(), loadResume(t, "resumematcher-master-janedoe.json"))
	return out
}

// TestMatchesEqualBruteForce checks that the pruned ranking returns exactly the
// postings, order, scores and parts that scoring every posting gives, page by page.
func TestMatchesEqualBruteForce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20k index")
	}
	ix := New()
	ix.SetClock(func() time.Time { return qualityNow })
	ix.Build(synthCorpus(realPostings(t), 20000), 2)
	queries := []Query{
		{Limit: 50},
		{Limit: 50, Filter: Filter{WorkModes: []string{"remote"}}},
		{Limit: 50, Filter: Filter{Countries: []string{"US"}, MinSalary: 90000}},
		{Limit: 20, Text: "engineer"},
		{Limit: 50, Filter: Filter{Status: "all", PostedWithin: 20 * 24 * time.Hour}},
	}
	for name, c := range pruneCandidates(t) {
		for qi, q := range queries {
			t.Run(fmt.Sprintf("%s/%d", name, qi), func(t *testing.T) {
				want := bruteMatches(ix, c, q)
				var got []Hit
				cursor := ""
				for page := 0; page < 3; page++ {
					q.Cursor = cursor
					res, err := ix.Matches(c, q)
					if err != nil {
						t.Fatal(err)
					}
					if res.Total != len(want) {
						t.Fatalf("total %d, want %d", res.Total, len(want))
					}
					got = append(got, res.Hits...)
					if cursor = res.NextCursor; cursor == "" {
						break
					}
				}
				if len(got) == 0 {
					t.Fatal("no hits")
				}
				if len(want) > len(got) {
					want = want[:len(got)]
				}
				if len(got) != len(want) {
					t.Fatalf("got %d hits, want %d", len(got), len(want))
				}
				for i := range got {
					g, w := got[i], want[i]
					if g.ID != w.ID || g.Score != w.Score || g.Result != w.Result || g.Posted != w.Posted {
						t.Fatalf("hit %d: got %s %v %v, want %s %v %v", i, g.ID, g.Score, g.Result.Parts, w.ID, w.Score, w.Result.Parts)
					}
				}
			})
		}
	}
}
