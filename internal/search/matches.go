package search

import (
	"math"
	"sort"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search/analyze"
)

// maxQueryTerms is how many of a candidate's terms text relevance uses: the
// most distinctive ones, which keeps ranking 100k postings within milliseconds.
const maxQueryTerms = 24

// textK is the BM25 score at which text relevance reaches one half.
const textK = 12.0

// matchScorer scores postings for one candidate under the read lock.
type matchScorer struct {
	ix     *Index
	c      *match.Candidate
	now    int64
	text   *accum
	broken []bool
	f      match.Features // the slot being scored
	levels [9]float64     // seniority points by level + 1
	places []float64      // location points per interned place, NaN until needed
	titles []float64      // title points per interned title, NaN until needed
}

// candidateTerms picks the candidate's query terms: frequency in their text
// times rarity in the index, ties by term so the choice is deterministic.
func (ix *Index) candidateTerms(c *match.Candidate) ([]string, []float64) {
	tf := map[string]int{}
	analyze.Each(c.QueryText, func(t string) { tf[t]++ })
	type tw struct {
		t string
		w float64
	}
	var list []tw
	n := ix.live
	for t, f := range tf {
		df := ix.termDF(t)
		if df == 0 || df > n/2+1 {
			continue
		}
		list = append(list, tw{t, (1 + logf(float64(f))) * idf(df, n)})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].w != list[j].w {
			return list[i].w > list[j].w
		}
		return list[i].t < list[j].t
	})
	if len(list) > maxQueryTerms {
		list = list[:maxQueryTerms]
	}
	sort.Slice(list, func(i, j int) bool { return list[i].t < list[j].t }) // fixed summation order
	terms, weights := make([]string, len(list)), make([]float64, len(list))
	for i, x := range list {
		terms[i], weights[i] = x.t, 1+logf(float64(tf[x.t]))
	}
	return terms, weights
}

func (ix *Index) newScorer(c *match.Candidate, now time.Time) *matchScorer {
	ms := &matchScorer{ix: ix, c: c, now: now.Unix(), text: getAccum(len(ix.entries)),
		places: nans(len(ix.places)), titles: nans(len(ix.titles))}
	for i := range ms.levels {
		ms.levels[i] = c.LevelPoints(int8(i - 1))
	}
	terms, weights := ix.candidateTerms(c)
	for i, t := range terms {
		ix.addTerm(ms.text, t, 1, weights[i]/float64(len(terms)))
	}
	var groups [][]string
	for _, d := range c.Dealbreakers() {
		if ts := analyze.Terms(d); len(ts) > 0 {
			groups = append(groups, ts)
		}
	}
	ms.broken = ix.excluded(groups)
	return ms
}

func (ms *matchScorer) release() { putAccum(ms.text) }

func (ms *matchScorer) dealbroken(s int32) bool { return ms.broken != nil && ms.broken[s] }

// textFit maps a BM25 sum to [0, 1): s / (s + textK).
func (ms *matchScorer) textFit(s int32) float64 {
	v := ms.text.score[s] * 10
	return v / (v + textK)
}

// score is a slot's full score; ms.f must hold its features.
func (ms *matchScorer) score(s int32) match.Result {
	return match.Score(ms.c, &ms.f, ms.textFit(s), ms.now)
}

// partial is a slot's points from every part but skills, read from the slot and the
// per-set caches; a posting's score is partial plus its skill points.
func (ms *matchScorer) partial(s int32) float64 {
	sl := &ms.ix.slots[s]
	var lv float64
	if l := int(sl.level) + 1; l >= 0 && l < len(ms.levels) {
		lv = ms.levels[l]
	} else {
		lv = ms.c.LevelPoints(sl.level)
	}
	pl := ms.places[sl.place]
	if pl != pl {
		ps := &ms.ix.places[sl.place]
		pl = ms.c.PlacePoints(&match.Features{WorkMode: ps.mode, Countries: ps.countries, RemoteRegions: ps.regions})
		ms.places[sl.place] = pl
	}
	tl := ms.titles[sl.title]
	if tl != tl {
		ts := &ms.ix.titles[sl.title]
		tl = ms.c.TitlePoints(&match.Features{Title: ts.terms, TitleWeight: ts.weight})
		ms.titles[sl.title] = tl
	}
	ms.f.AnnualMinUSD, ms.f.AnnualMaxUSD = sl.minUSD, sl.maxUSD
	return lv + pl + ms.c.PayPoints(&ms.f) + match.RecencyPoints(sl.posted, ms.now) + tl + match.Weights[match.Text]*ms.textFit(s)
}

// beats reports whether a slot's score can reach min (less a rounding margin); it fills ms.f when
// it gets as far as reading the slot's skills.
func (ms *matchScorer) beats(s int32, min float64) bool {
	min -= 0.001
	p := ms.partial(s)
	if p+match.Weights[match.Skills] < min {
		return false
	}
	ms.ix.features(s, &ms.f)
	return p+ms.c.SkillCap(&ms.f) >= min && p+ms.c.SkillPoints(&ms.f) >= min
}

func nans(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}

// Matches returns a candidate's best postings by match score, with filters and cursor
// paging as Search (sorted by score; a Text narrows them like a search does).
func (ix *Index) Matches(c *match.Candidate, q Query) (Results, error) {
	q.Candidate, q.Sort = c, SortScore
	return ix.Search(q)
}

// TextFit returns a posting's text relevance to a candidate in [0, 1], as Matches computes it.
func (ix *Index) TextFit(c *match.Candidate, id string) (float64, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s, ok := ix.byID.get(id, ix.entries)
	if !ok {
		return 0, false
	}
	ms := ix.newScorer(c, ix.now())
	defer ms.release()
	return ms.textFit(s), true
}

// Features returns the indexed features of a posting.
func (ix *Index) Features(id string) (match.Features, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s, ok := ix.byID.get(id, ix.entries)
	if !ok {
		return match.Features{}, false
	}
	return ix.featuresOf(s), true
}

// Similar finds the postings most like one: BM25 of its title and skills over
// the index, the posting itself and closed ones left out.
func (ix *Index) Similar(id string, limit int) ([]Hit, bool) {
	ix.mu.RLock()
	s, ok := ix.byID.get(id, ix.entries)
	if !ok {
		ix.mu.RUnlock()
		return nil, false
	}
	f := ix.featuresOf(s)
	ix.mu.RUnlock()
	text := ""
	for _, t := range f.Title {
		name := match.TermName(t)
		text += name + " " + name + " "
	}
	for _, ids := range [][]match.SkillID{f.Required, f.Nice, f.Other} {
		for _, id := range ids {
			text += match.SkillName(id) + " "
		}
	}
	c := match.NewCandidate(matchProfile(), nil)
	c.QueryText = text
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ms := ix.newScorer(c, ix.now())
	defer ms.release()
	top := &topK{k: max(limit, 1)}
	for i, fl := range ix.flags {
		o := &ix.entries[i]
		if fl != flagLive || o.id == id || ms.text.score[i] == 0 {
			continue
		}
		v := round4(ms.text.score[i])
		top.offer(Hit{ID: o.id, Relevance: v, Posted: ix.slots[i].posted}, key{v, o.id})
	}
	hits, _ := top.sorted()
	return hits, true
}

func logf(x float64) float64 {
	if x <= 1 {
		return 0
	}
	return ln(x)
}
