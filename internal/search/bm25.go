package search

import (
	"math"
	"runtime"
)

// BM25 parameters.
const (
	k1 = 1.2
	b  = 0.75
)

// accum is the per-slot scratch of one query.
type accum struct {
	score []float64
	mask  []uint64
}

// spareAccums keeps finished accumulators for the next queries: as many as can rank at once on
// the cores, and no more. A sync.Pool would drop them at every collection, which a server near its
// memory limit runs every second or so, and each query would allocate 16 bytes a posting anew.
var spareAccums = make(chan *accum, runtime.GOMAXPROCS(0))

func getAccum(n int) *accum {
	var a *accum
	select {
	case a = <-spareAccums:
	default:
	}
	if a == nil || cap(a.score) < n {
		a = &accum{score: make([]float64, n), mask: make([]uint64, n)}
	}
	a.score, a.mask = a.score[:n], a.mask[:n]
	clear(a.score)
	clear(a.mask)
	return a
}

func putAccum(a *accum) {
	select {
	case spareAccums <- a:
	default: // enough spares: let it go
	}
}

// idf is the BM25 inverse document frequency of a term in n documents.
func idf(df, n int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// addTerm adds one term's boosted BM25 over every field to the accumulator,
// setting bit in the mask of each slot that has it; weight scales the term.
func (ix *Index) addTerm(a *accum, term string, bit uint64, weight float64) {
	n := ix.live
	if n == 0 {
		return
	}
	for f := Field(0); f < numFields; f++ {
		pl := ix.terms[f][term]
		if pl == nil {
			continue
		}
		avg := float64(ix.total[f]) / float64(n)
		if avg == 0 {
			avg = 1
		}
		w := weight * Boosts[f] * idf(pl.count(), n)
		lens, flags, score, mask := ix.lens[f], ix.flags, a.score, a.mask
		// plist.each inlined: this loop runs once per posting of every query term.
		add := func(s int32, tfb uint8) {
			if flags[s]&flagLive == 0 {
				return
			}
			tf := float64(tfb)
			norm := k1 * (1 - b + b*float64(lens[s])/avg)
			score[s] += w * tf * (k1 + 1) / (tf + norm)
			mask[s] |= bit
		}
		if pl.dense != nil {
			c := pl.denseStart()
			for i := int32(0); i < pl.n; i++ {
				add(pl.denseNext(&c, i))
			}
			continue
		}
		d, s, off := pl.data, int32(-1), 0
		for i := int32(0); i < pl.n; i++ {
			var gap int32
			var tfb uint8
			gap, tfb, off = decode(d, off)
			s += gap
			add(s, tfb)
		}
	}
}

// termDF is how many slots hold a term in any field (an upper bound: one document counts once per field).
func (ix *Index) termDF(term string) int {
	df := 0
	for f := Field(0); f < numFields; f++ {
		if pl := ix.terms[f][term]; pl != nil {
			df = max(df, pl.count())
		}
	}
	return df
}

// matchGroups scores the query's groups; a slot matches when its mask has every group bit.
// Excluded groups set bits from 32 upward.
func (ix *Index) matchGroups(a *accum, p parsed) (want uint64) {
	for i, g := range p.groups {
		bit := uint64(1) << uint(i)
		want |= bit
		if len(g) == 1 {
			ix.addTerm(a, g[0], bit, 1)
			continue
		}
		// A phrase needs all its terms: score each under a private bit, then fold.
		sub := getAccum(len(ix.entries))
		var all uint64
		for j, t := range g {
			if j >= 32 {
				break
			}
			all |= 1 << uint(j)
			ix.addTerm(sub, t, 1<<uint(j), 1)
		}
		for s, m := range sub.mask {
			if m == all {
				a.score[s] += sub.score[s]
				a.mask[s] |= bit
			}
		}
		putAccum(sub)
	}
	return want
}

// excluded marks the slots holding every term of one of the excluded groups.
func (ix *Index) excluded(groups [][]string) []bool {
	if len(groups) == 0 {
		return nil
	}
	out := make([]bool, len(ix.entries))
	for _, g := range groups {
		sub := getAccum(len(ix.entries))
		var all uint64
		for j, t := range g {
			if j >= 32 {
				break
			}
			all |= 1 << uint(j)
			ix.addTerm(sub, t, 1<<uint(j), 1)
		}
		for s, m := range sub.mask {
			if m == all {
				out[s] = true
			}
		}
		putAccum(sub)
	}
	return out
}
