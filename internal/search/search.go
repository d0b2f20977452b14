package search

import (
	"encoding/base64"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/match"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortScore     = "score"
	SortDate      = "date"
)

// Query is one search.
type Query struct {
	Text   string
	Filter Filter
	Sort   string // relevance (default with text), score (needs Candidate), date (default without text)
	Cursor string // from the previous page's NextCursor
	Limit  int    // default 20, at most 200
	// Candidate scores hits when set (and is needed to sort by score).
	Candidate *match.Candidate
	// Facets asks for facet counts over the whole filtered result.
	Facets bool
}

// Hit is one result.
type Hit struct {
	ID        string       `json:"id"`
	Relevance float64      `json:"relevance"`
	Score     float64      `json:"score"`
	Posted    int64        `json:"-"`
	Result    match.Result `json:"-"`
}

// FacetCount is one facet value and how many results have it. Label is how a company
// key reads: the company name of the most recently indexed posting with that key.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
	Label string `json:"label,omitempty"`
}

// Results are one page of hits, the total and the facets.
type Results struct {
	Hits       []Hit                   `json:"hits"`
	Total      int                     `json:"total"`
	NextCursor string                  `json:"next_cursor,omitempty"`
	Facets     map[string][]FacetCount `json:"facets,omitempty"`
}

// ErrCursor is returned for a cursor that this index did not make.
var ErrCursor = fmt.Errorf("search: invalid cursor")

// ErrSort is returned for an unknown sort order, or score order without a candidate.
var ErrSort = fmt.Errorf("search: invalid sort")

// key is a hit's sort key: higher first, then id ascending.
type key struct {
	v  float64
	id string
}

func (a key) before(b key) bool {
	if a.v != b.v {
		return a.v > b.v
	}
	return a.id < b.id
}

func encodeCursor(k key) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatFloat(k.v, 'g', -1, 64) + "|" + k.id))
}

func decodeCursor(s string) (key, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return key{}, ErrCursor
	}
	v, id, ok := strings.Cut(string(b), "|")
	f, err := strconv.ParseFloat(v, 64)
	if !ok || err != nil {
		return key{}, ErrCursor
	}
	return key{f, id}, nil
}

// topK keeps the k best hits by key in a binary heap with the worst on top.
type topK struct {
	k    int
	hits []Hit
	keys []key
}

func (t *topK) worse(i, j int) bool { return t.keys[j].before(t.keys[i]) }

func (t *topK) swap(i, j int) {
	t.hits[i], t.hits[j] = t.hits[j], t.hits[i]
	t.keys[i], t.keys[j] = t.keys[j], t.keys[i]
}

func (t *topK) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !t.worse(i, p) {
			return
		}
		t.swap(i, p)
		i = p
	}
}

func (t *topK) down(i int) {
	n := len(t.hits)
	for {
		l, w := 2*i+1, i
		if l < n && t.worse(l, w) {
			w = l
		}
		if r := l + 1; r < n && t.worse(r, w) {
			w = r
		}
		if w == i {
			return
		}
		t.swap(i, w)
		i = w
	}
}

func (t *topK) offer(h Hit, k key) {
	if len(t.hits) < t.k {
		t.hits, t.keys = append(t.hits, h), append(t.keys, k)
		t.up(len(t.hits) - 1)
		return
	}
	if !k.before(t.keys[0]) {
		return
	}
	t.hits[0], t.keys[0] = h, k
	t.down(0)
}

// sorted returns the kept hits best first.
func (t *topK) sorted() ([]Hit, []key) {
	idx := make([]int, len(t.hits))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return t.keys[idx[a]].before(t.keys[idx[b]]) })
	hs, ks := make([]Hit, len(idx)), make([]key, len(idx))
	for i, j := range idx {
		hs[i], ks[i] = t.hits[j], t.keys[j]
	}
	return hs, ks
}

// Search runs a query: text (optional) AND filters, then sorts and pages.
func (ix *Index) Search(q Query) (Results, error) {
	now := ix.now()
	p := parseQuery(q.Text)
	if p.unsearchable {
		return Results{}, nil
	}
	if q.Sort == "" {
		q.Sort = SortDate
		if !p.empty() {
			q.Sort = SortRelevance
		}
	}
	switch q.Sort {
	case SortRelevance, SortDate:
	case SortScore:
		if q.Candidate == nil {
			return Results{}, ErrSort
		}
	default:
		return Results{}, ErrSort
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	limit = min(limit, 200)
	var after *key
	if q.Cursor != "" {
		k, err := decodeCursor(q.Cursor)
		if err != nil {
			return Results{}, err
		}
		after = &k
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	cf := q.Filter.compile(now)
	var a *accum
	var want uint64
	if !p.empty() {
		a = getAccum(len(ix.entries))
		defer putAccum(a)
		want = ix.matchGroups(a, p)
	}
	excl := ix.excluded(p.not)
	var scorer *matchScorer
	if q.Candidate != nil {
		scorer = ix.newScorer(q.Candidate, now)
		defer scorer.release()
	}
	var facets *facetCounter
	if q.Facets {
		facets = newFacetCounter()
	}
	top := &topK{k: limit + 1}
	total := 0
	for s, fl := range ix.flags {
		if !cf.keepFlags(fl) || (a != nil && a.mask[s] != want) || (excl != nil && excl[s]) {
			continue
		}
		if !cf.trivial && !cf.keep(ix, int32(s)) {
			continue
		}
		h := Hit{Posted: ix.slots[s].posted}
		if a != nil {
			h.Relevance = round4(a.score[s])
		}
		if scorer != nil {
			if scorer.dealbroken(int32(s)) {
				continue
			}
			total++
			if facets != nil {
				facets.add(ix, int32(s))
			}
			// Ranked by score with a full page already: a posting whose parts cannot beat the worst kept is skipped.
			if q.Sort == SortScore && len(top.hits) == top.k {
				if !scorer.beats(int32(s), top.keys[0].v) {
					continue
				}
			} else {
				ix.features(int32(s), &scorer.f)
			}
			h.Result = scorer.score(int32(s))
			h.Score = round4(h.Result.Score)
		} else {
			total++
			if facets != nil {
				facets.add(ix, int32(s))
			}
		}
		var v float64
		switch q.Sort {
		case SortRelevance:
			v = h.Relevance
		case SortScore:
			v = h.Score
		default:
			v = float64(h.Posted)
		}
		// Most slots lose to the current worst kept hit on the value alone; read their id only on a tie.
		if len(top.hits) == top.k && v < top.keys[0].v {
			continue
		}
		e := &ix.entries[s]
		k := key{v, e.id}
		if after != nil && !after.before(k) {
			continue
		}
		h.ID = e.id
		top.offer(h, k)
	}
	hits, keys := top.sorted()
	res := Results{Hits: hits, Total: total}
	if len(hits) > limit {
		res.Hits = hits[:limit]
		res.NextCursor = encodeCursor(keys[limit-1])
	}
	if facets != nil {
		res.Facets = facets.result(ix)
	}
	return res, nil
}

// round4 rounds to four decimals so keys survive the cursor's text form unchanged.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// facetCounter counts facet values over results.
type facetCounter struct{ m map[string]map[string]int }

func newFacetCounter() *facetCounter { return &facetCounter{m: map[string]map[string]int{}} }

func (fc *facetCounter) inc(facet, v string) {
	if v == "" {
		return
	}
	m := fc.m[facet]
	if m == nil {
		m = map[string]int{}
		fc.m[facet] = m
	}
	m[v]++
}

func (fc *facetCounter) add(ix *Index, s int32) {
	e, sl := &ix.entries[s], &ix.slots[s]
	ps := &ix.places[sl.place]
	fc.inc("work_mode", ps.mode)
	for _, c := range ps.countries {
		fc.inc("country", c)
	}
	fc.inc("seniority", ix.codes[e.seniority])
	fc.inc("employment_type", ix.codes[e.employed])
	fc.inc("company", ix.codes[e.company])
	fc.inc("source", ix.sources[e.source].id)
	if sl.maxUSD > 0 {
		fc.inc("salary", "stated")
	}
}

// facetLimit caps values per facet; the rest are the long tail.
const facetLimit = 20

// result is the counts, most first, with company keys labelled by name; ix's lock must be held.
func (fc *facetCounter) result(ix *Index) map[string][]FacetCount {
	out := map[string][]FacetCount{}
	for facet, m := range fc.m {
		list := make([]FacetCount, 0, len(m))
		for v, n := range m {
			list = append(list, FacetCount{Value: v, Count: n})
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].Count != list[j].Count {
				return list[i].Count > list[j].Count
			}
			return list[i].Value < list[j].Value
		})
		if len(list) > facetLimit {
			list = list[:facetLimit]
		}
		if facet == "company" {
			for i := range list {
				list[i].Label = ix.names[ix.codeIDs[list[i].Value]]
			}
		}
		out[facet] = list
	}
	return out
}

var _ = time.Second
