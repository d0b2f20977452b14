package search

import (
	"sort"

	"github.com/career-copilot/copilot/internal/match"
)

// GapSkill is a skill the candidate lacks that their top matches ask for.
type GapSkill struct {
	Skill string `json:"skill"`
	// Missing is in how many of the top matches the skill is asked for and missing.
	Missing int `json:"missing"`
	// Unlocks is how many postings outside the top matches would score above the last
	// top match if the candidate had the skill.
	Unlocks int `json:"unlocks"`
}

// maxGapSkills bounds the skills examined and returned.
const maxGapSkills = 20

// SkillGap lists the skills most often missing across the candidate's top n matches
// (under the query's filters), with how many more matches each would unlock.
func (ix *Index) SkillGap(c *match.Candidate, q Query, n int) ([]GapSkill, error) {
	q.Limit, q.Cursor, q.Facets = n, "", false
	res, err := ix.Matches(c, q)
	if err != nil || len(res.Hits) == 0 {
		return []GapSkill{}, err
	}
	cutoff := res.Hits[len(res.Hits)-1].Score
	inTop := map[string]bool{}
	missing := map[match.SkillID]int{}
	ix.mu.RLock()
	var f match.Features
	for _, h := range res.Hits {
		inTop[h.ID] = true
		s, ok := ix.byID.get(h.ID, ix.entries)
		if !ok {
			continue // removed since the search
		}
		ix.features(s, &f)
		for _, ids := range [][]match.SkillID{f.Required, f.Nice} {
			for _, id := range ids {
				if !c.Has(id) {
					missing[id]++
				}
			}
		}
	}
	ix.mu.RUnlock()
	type cand struct {
		id match.SkillID
		n  int
	}
	var list []cand
	for id, k := range missing {
		list = append(list, cand{id, k})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].id < list[j].id
	})
	if len(list) > maxGapSkills {
		list = list[:maxGapSkills]
	}
	out := make([]GapSkill, 0, len(list))
	for _, l := range list {
		name := match.SkillName(l.id)
		out = append(out, GapSkill{Skill: name, Missing: l.n, Unlocks: ix.unlocks(c, c.WithSkill(name), l.id, q, inTop, cutoff)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Missing != out[j].Missing {
			return out[i].Missing > out[j].Missing
		}
		return out[i].Unlocks > out[j].Unlocks
	})
	return out, nil
}

// unlocks counts postings outside the top that ask for a skill and would pass the cutoff with it.
func (ix *Index) unlocks(c, with *match.Candidate, id match.SkillID, q Query, inTop map[string]bool, cutoff float64) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	now := ix.now()
	cf := q.Filter.compile(now)
	ms := ix.newScorer(c, now)
	defer ms.release()
	n := 0
	f := &ms.f
	for s := range ix.entries {
		ix.features(int32(s), f)
		if !cf.keep(ix, int32(s)) || inTop[ix.entries[s].id] || !asks(f, id) || ms.dealbroken(int32(s)) {
			continue
		}
		if match.Score(with, f, ms.textFit(int32(s)), ms.now).Score > cutoff {
			n++
		}
	}
	return n
}

func asks(f *match.Features, id match.SkillID) bool {
	for _, ids := range [][]match.SkillID{f.Required, f.Nice} {
		i := sort.Search(len(ids), func(i int) bool { return ids[i] >= id })
		if i < len(ids) && ids[i] == id {
			return true
		}
	}
	return false
}
