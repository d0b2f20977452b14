// Package search is the in-memory index of postings: BM25 full text over
// title, skills, company and description with field boosts, filters, facets,
// cursor pagination, and the ranked matches of a candidate (internal/match
// scores; this package finds and orders).
//
// The index holds no posting text, only terms and the small features ranking
// needs, so 100k postings fit in memory. It is rebuilt from the database at
// start and kept current by Upsert/Remove; a dead slot (a replaced or removed
// posting) stays in the term lists until Compact, so ranking never depends on
// the database dialect.
package search

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/search/analyze"
)

// Field is one indexed field of a posting.
type Field uint8

// The indexed fields.
const (
	FieldTitle Field = iota
	FieldSkills
	FieldCompany
	FieldDescription
	numFields
)

// Boosts weigh each field's BM25 score.
var Boosts = [numFields]float64{FieldTitle: 3, FieldSkills: 2, FieldCompany: 1.5, FieldDescription: 1}

// Doc is what the index is given for one posting.
type Doc struct {
	ID      string
	Posting posting.Posting
	Source  string // source id
	Closed  bool
	// Features are precomputed when the caller has them; zero means compute from Posting.
	Features *match.Features
}

// entry is one slot of the index: what filters and facets read. The match
// features live in Index.feats and the live/closed bits in Index.flags, dense
// arrays the ranking loop walks in order.
type entry struct {
	id         string
	live       bool
	closed     bool
	source     string
	companyKey string
	seniority  string
	employment string
	cities     []string
	lens       [numFields]uint16
}

// Slot flags.
const (
	flagLive   uint8 = 1
	flagClosed uint8 = 2
)

// chunkSize is how many values one arena chunk holds; features are packed into
// chunks in insertion order so the ranking loop reads memory sequentially.
const chunkSize = 1 << 16

// Index is the in-memory posting index; it is safe for concurrent use.
type Index struct {
	mu      sync.RWMutex
	entries []entry
	feats   []match.Features
	flags   []uint8
	skillCh []match.SkillID // current arena chunks
	termCh  []match.TermID
	strCh   []string
	byID    map[string]int32
	terms   [numFields]map[string]*plist
	total   [numFields]int64 // sum of live field lengths
	live    int
	dead    int
	now     func() time.Time
}

// New returns an empty index.
func New() *Index {
	ix := &Index{byID: map[string]int32{}, now: time.Now}
	for f := range ix.terms {
		ix.terms[f] = map[string]*plist{}
	}
	return ix
}

// SetClock sets the clock recency and "posted within" use (tests).
func (ix *Index) SetClock(now func() time.Time) { ix.now = now }

// Len is the number of live postings.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.live
}

// Dead is the number of replaced or removed slots still held; Compact frees them.
func (ix *Index) Dead() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.dead
}

// Has reports whether a posting id is indexed.
func (ix *Index) Has(id string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, ok := ix.byID[id]
	return ok
}

// Upsert adds a posting or replaces the indexed version of it.
func (ix *Index) Upsert(d Doc) {
	e, f, fields := prepare(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.insert(e, f, fields)
}

// Remove drops a posting from the index; unknown ids are ignored.
func (ix *Index) Remove(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.kill(id)
}

func (ix *Index) kill(id string) {
	if s, ok := ix.byID[id]; ok {
		e := &ix.entries[s]
		e.live = false
		ix.flags[s] &^= flagLive
		for f := range e.lens {
			ix.total[f] -= int64(e.lens[f])
		}
		delete(ix.byID, id)
		ix.live--
		ix.dead++
	}
}

// termCounts are one document's terms and their frequencies, sorted by term.
type termCounts struct {
	terms []string
	tfs   []uint8
	n     int
}

func count(texts ...string) termCounts {
	m := map[string]int{}
	n := 0
	for _, t := range texts {
		analyze.Each(t, func(term string) { m[term]++; n++ })
	}
	tc := termCounts{terms: make([]string, 0, len(m)), n: n}
	for t := range m {
		tc.terms = append(tc.terms, t)
	}
	sort.Strings(tc.terms)
	tc.tfs = make([]uint8, len(tc.terms))
	for i, t := range tc.terms {
		tc.tfs[i] = uint8(min(m[t], 255))
	}
	return tc
}

// prepare analyses a doc outside the lock.
func prepare(d Doc) (entry, match.Features, [numFields]termCounts) {
	p := &d.Posting
	var f match.Features
	if d.Features != nil {
		f = *d.Features
	} else {
		f = match.NewFeatures(p)
	}
	var skillNames []string
	for _, ids := range [][]match.SkillID{f.Required, f.Nice, f.Other} {
		for _, id := range ids {
			skillNames = append(skillNames, match.SkillName(id))
		}
	}
	e := entry{id: d.ID, live: true, closed: d.Closed, source: internCode(d.Source), companyKey: internCode(p.CompanyKey),
		seniority: internCode(p.Seniority), employment: internCode(p.EmploymentType)}
	for _, l := range p.Locations {
		if c := internCode(strings.ToLower(l.City)); c != "" && !contains(e.cities, c) {
			e.cities = append(e.cities, c)
		}
	}
	var fields [numFields]termCounts
	fields[FieldTitle] = count(p.Title)
	fields[FieldSkills] = count(append(skillNames, p.Tags...)...)
	fields[FieldCompany] = count(p.Company)
	fields[FieldDescription] = count(p.DescriptionText)
	for i := range fields {
		e.lens[i] = uint16(min(fields[i].n, 65535))
	}
	return e, f, fields
}

func (ix *Index) insert(e entry, feat match.Features, fields [numFields]termCounts) {
	ix.kill(e.id)
	slot := int32(len(ix.entries))
	ix.feats = append(ix.feats, ix.pack(feat))
	fl := flagLive
	if e.closed {
		fl |= flagClosed
	}
	ix.flags = append(ix.flags, fl)
	ix.entries = append(ix.entries, e)
	ix.byID[e.id] = slot
	ix.live++
	for f := range fields {
		ix.total[f] += int64(e.lens[f])
		for i, t := range fields[f].terms {
			pl := ix.terms[f][t]
			if pl == nil {
				pl = newPlist()
				ix.terms[f][strings.Clone(t)] = pl
			}
			pl.add(slot, fields[f].tfs[i])
		}
	}
}

// Build replaces the whole index with docs, analysing them on the given number of workers.
func (ix *Index) Build(docs []Doc, workers int) {
	done := false
	_ = ix.BuildPages(func() ([]Doc, error) {
		if done {
			return nil, nil
		}
		done = true
		return docs, nil
	}, workers)
}

// BuildPages replaces the whole index with the docs next returns, page by page until an
// empty page, so a large database is indexed without holding every posting's text at once.
// The old index keeps answering until the new one is complete.
func (ix *Index) BuildPages(next func() ([]Doc, error), workers int) error {
	fresh := New()
	fresh.now = ix.now
	if workers < 1 {
		workers = 1
	}
	type prepared struct {
		e      entry
		f      match.Features
		fields [numFields]termCounts
	}
	for {
		docs, err := next()
		if err != nil {
			return err
		}
		if len(docs) == 0 {
			break
		}
		out := make([]prepared, len(docs))
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(docs); i += workers {
					e, f, fl := prepare(docs[i])
					out[i] = prepared{e, f, fl}
				}
			}(w)
		}
		wg.Wait()
		for i := range out {
			fresh.insert(out[i].e, out[i].f, out[i].fields)
		}
	}
	fresh.shrink()
	ix.swap(fresh)
	return nil
}

// swap takes over a freshly built index's contents.
func (ix *Index) swap(fresh *Index) {
	ix.mu.Lock()
	ix.entries, ix.feats, ix.flags, ix.byID, ix.terms, ix.total, ix.live, ix.dead = fresh.entries, fresh.feats, fresh.flags, fresh.byID, fresh.terms, fresh.total, fresh.live, fresh.dead
	ix.skillCh, ix.termCh, ix.strCh = fresh.skillCh, fresh.termCh, fresh.strCh
	ix.mu.Unlock()
}

// shrink copies term lists and slot arrays to their exact length, so a built
// index holds no spare capacity from growing them.
func (ix *Index) shrink() {
	for f := range ix.terms {
		for _, pl := range ix.terms[f] {
			pl.clip()
		}
	}
	ix.entries = append([]entry(nil), ix.entries...)
	ix.feats = append([]match.Features(nil), ix.feats...)
	ix.flags = append([]uint8(nil), ix.flags...)
}

// pack copies a posting's feature slices into the arena chunks.
func (ix *Index) pack(f match.Features) match.Features {
	n := len(f.Required) + len(f.Nice) + len(f.Other)
	if cap(ix.skillCh)-len(ix.skillCh) < n {
		ix.skillCh = make([]match.SkillID, 0, max(chunkSize, n))
	}
	at := len(ix.skillCh)
	ix.skillCh = append(ix.skillCh, f.Required...)
	ix.skillCh = append(ix.skillCh, f.Nice...)
	ix.skillCh = append(ix.skillCh, f.Other...)
	a, b := at+len(f.Required), at+len(f.Required)+len(f.Nice)
	f.Required, f.Nice, f.Other = ix.skillCh[at:a:a], ix.skillCh[a:b:b], ix.skillCh[b:at+n:at+n]
	if cap(ix.termCh)-len(ix.termCh) < len(f.Title) {
		ix.termCh = make([]match.TermID, 0, max(chunkSize, len(f.Title)))
	}
	at = len(ix.termCh)
	ix.termCh = append(ix.termCh, f.Title...)
	f.Title = ix.termCh[at:len(ix.termCh):len(ix.termCh)]
	k := len(f.Countries) + len(f.RemoteRegions)
	if cap(ix.strCh)-len(ix.strCh) < k {
		ix.strCh = make([]string, 0, max(chunkSize, k))
	}
	at = len(ix.strCh)
	for _, c := range f.Countries {
		ix.strCh = append(ix.strCh, internCode(c))
	}
	for _, c := range f.RemoteRegions {
		ix.strCh = append(ix.strCh, internCode(c))
	}
	m := at + len(f.Countries)
	f.Countries, f.RemoteRegions = ix.strCh[at:m:m], ix.strCh[m:at+k:at+k]
	if len(f.Countries) == 0 {
		f.Countries = nil
	}
	if len(f.RemoteRegions) == 0 {
		f.RemoteRegions = nil
	}
	f.WorkMode = internCode(f.WorkMode)
	return f
}

var codes sync.Map

// internCode shares the bytes of repeated strings (codes, companies, sources, cities).
func internCode(s string) string {
	if v, ok := codes.Load(s); ok {
		return v.(string)
	}
	codes.Store(s, s)
	return s
}

// Compact drops dead slots by renumbering the live ones; it holds the write lock throughout.
func (ix *Index) Compact() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.dead == 0 {
		return
	}
	remap := make([]int32, len(ix.entries))
	var kept []entry
	var feats []match.Features
	var flags []uint8
	for s, e := range ix.entries {
		if !e.live {
			remap[s] = -1
			continue
		}
		remap[s] = int32(len(kept))
		ix.byID[e.id] = int32(len(kept))
		kept = append(kept, e)
		feats = append(feats, ix.feats[s])
		flags = append(flags, ix.flags[s])
	}
	ix.entries, ix.feats, ix.flags = kept, feats, flags
	for f := range ix.terms {
		for t, pl := range ix.terms[f] {
			if !pl.remap(remap) {
				delete(ix.terms[f], t)
			}
		}
	}
	ix.dead = 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
