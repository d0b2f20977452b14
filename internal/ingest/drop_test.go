package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// listing is the GitLab capture's first job repeated as jobs 1..n (ids, titles and links of their own),
// leaving out the numbers in skip.
func listing(t *testing.T, n int, skip ...int) []byte {
	t.Helper()
	var doc map[string][]map[string]any
	if err := json.Unmarshal(gitlab(t), &doc); err != nil {
		t.Fatal(err)
	}
	left := map[int]bool{}
	for _, s := range skip {
		left[s] = true
	}
	var jobs []map[string]any
	for i := 1; i <= n; i++ {
		if left[i] {
			continue
		}
		j := map[string]any{}
		for k, v := range doc["jobs"][0] {
			j[k] = v
		}
		j["id"] = 9000 + i
		j["title"] = fmt.Sprintf("Engineer number %d", i)
		j["absolute_url"] = fmt.Sprintf("https://job-boards.greenhouse.io/gitlab/jobs/%d", 9000+i)
		j["content"] = fmt.Sprintf("&lt;p&gt;Role %d of the drop test.&lt;/p&gt;", i)
		jobs = append(jobs, j)
	}
	out, _ := json.Marshal(map[string]any{"jobs": jobs, "meta": map[string]int{"total": len(jobs)}})
	return out
}

func (f *fixture) openLinks(t *testing.T) int {
	t.Helper()
	n, err := f.st.SourceOpenCount(context.Background(), f.src.ID)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

// A complete listing that would close more than half of a source's open postings, and at least 10, closes
// nothing on that run; the next successful run closes those it still does not list.
func TestSharpDropIsConfirmedByTheNextRun(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		f.board.set(200, listing(t, 70), `"all"`)
		if r := f.run(t); r.Status != store.RunSucceeded || r.Created != 70 {
			t.Fatalf("first run %+v", r)
		}
		three := listing(t, 70, upTo(70)[3:]...)
		f.board.set(200, three, `"three"`)
		r := f.run(t)
		want := "67 of 70 postings missing from this answer; they are closed only if the next run confirms it"
		if r.Status != store.RunSucceeded || r.Closed != 0 || r.Error != want || f.openLinks(t) != 70 {
			t.Fatalf("drop run %+v, %d open", r, f.openLinks(t))
		}
		// The held answer is no baseline: the next request is not conditional, so a 304 cannot vouch for the 67.
		cond := f.board.cond
		r = f.run(t)
		if f.board.cond != cond || r.Closed != 67 || r.Error != "" || f.openLinks(t) != 3 {
			t.Fatalf("confirming run %+v (conditional requests %d → %d), %d open", r, cond, f.board.cond, f.openLinks(t))
		}
		if got, _ := f.st.Run(context.Background(), r.ID); got.Closed != 67 {
			t.Fatalf("stored run %+v", got)
		}
	})
}

func TestSharpDropThatRecoversClosesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		f.board.set(200, listing(t, 20), "")
		f.run(t)
		f.board.set(200, listing(t, 20, upTo(11)...), "") // 11 of 20 missing
		if r := f.run(t); r.Closed != 0 || r.Error != "11 of 20 postings missing from this answer; they are closed only if the next run confirms it" {
			t.Fatalf("drop run %+v", r)
		}
		f.board.set(200, listing(t, 20), "") // the board is whole again
		if r := f.run(t); r.Closed != 0 || r.Error != "" || f.openLinks(t) != 20 {
			t.Fatalf("recovered run %+v, %d open", r, f.openLinks(t))
		}
		// The hold is over: the next small change closes at once, and so does a drop under 10.
		f.board.set(200, listing(t, 20, 5), "")
		if r := f.run(t); r.Closed != 1 || r.Error != "" {
			t.Fatalf("one missing %+v", r)
		}
		// A drop of fewer than 10 closes at once, however large a share it is.
		small := newFixture(t, d)
		small.board.set(200, listing(t, 12), "")
		small.run(t)
		small.board.set(200, listing(t, 12, upTo(9)...), "")
		if r := small.run(t); r.Closed != 9 || r.Error != "" || small.openLinks(t) != 3 {
			t.Fatalf("small drop %+v, %d open", r, small.openLinks(t))
		}
	})
}

// A drop held on one run and a different drop on the next: what both miss is closed, the rest is held again.
func TestSharpDropConfirmsOnlyWhatBothRunsMiss(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		f.board.set(200, listing(t, 40), "")
		f.run(t)
		f.board.set(200, listing(t, 40, upTo(25)...), "") // 1..25 missing: held
		if r := f.run(t); r.Closed != 0 {
			t.Fatalf("first drop %+v", r)
		}
		// Now 1..10 are back and 11..25 still missing (confirmed), and 26..40 vanish too: 15 of the 25 left open.
		f.board.set(200, listing(t, 40, upTo(40)[10:]...), "")
		r := f.run(t)
		want := "15 of 25 postings missing from this answer; they are closed only if the next run confirms it"
		if r.Closed != 15 || r.Error != want || f.openLinks(t) != 25 {
			t.Fatalf("second drop %+v, %d open", r, f.openLinks(t))
		}
	})
}
