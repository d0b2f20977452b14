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
	"slices"
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
	Source  string // source id: the first source that listed it
	// SourceKinds are the kinds (greenhouse, lever, ...) of every source that lists it.
	SourceKinds []string
	Closed      bool
	// Features are precomputed when the caller has them; zero means compute from Posting.
	Features *match.Features
}

// entry is one slot's identity and the codes filters and facets read; what ranking
// reads is in Index.slots, the live/closed bits in Index.flags and the field lengths
// in Index.lens, dense arrays the ranking loop walks in order.
type entry struct {
	id                           string
	source                       uint32 // index in Index.sources
	company, seniority, employed uint32 // ids in Index.codes
}

// Slot flags.
const (
	flagLive   uint8 = 1
	flagClosed uint8 = 2
)

// Index is the in-memory posting index; it is safe for concurrent use.
type Index struct {
	mu        sync.RWMutex
	entries   []entry
	slots     []slot
	flags     []uint8
	lens      [numFields][]uint16 // per slot: each field's length in terms
	skills    []match.SkillID     // every slot's Required, Nice and Other, back to back
	titles    []titleSet
	titleIDs  map[string]uint32
	places    []placeSet
	placeIDs  map[string]uint32
	sources   []sourceSet
	sourceIDs map[string]uint32
	codes     []string
	codeIDs   map[string]uint32
	names     []string // per code: the company name of the latest posting with it as company key
	byID      idTable
	terms     [numFields]map[string]*plist
	total     [numFields]int64 // sum of live field lengths
	live      int
	dead      int
	now       func() time.Time
}

// New returns an empty index.
func New() *Index {
	ix := &Index{byID: newIDTable(0), titleIDs: map[string]uint32{}, placeIDs: map[string]uint32{},
		sourceIDs: map[string]uint32{}, codeIDs: map[string]uint32{}, now: time.Now}
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
	_, ok := ix.byID.get(id, ix.entries)
	return ok
}

// Upsert adds a posting or replaces the indexed version of it.
func (ix *Index) Upsert(d Doc) {
	pr := newPreparer().prepare(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.insert(&pr)
}

// Remove drops a posting from the index; unknown ids are ignored.
func (ix *Index) Remove(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.kill(id)
}

func (ix *Index) kill(id string) {
	if s, ok := ix.byID.get(id, ix.entries); ok {
		ix.flags[s] &^= flagLive
		for f := range ix.lens {
			ix.total[f] -= int64(ix.lens[f][s])
		}
		ix.byID.del(id, ix.entries)
		ix.live--
		ix.dead++
	}
}

// termCounts are one document's terms and their frequencies.
type termCounts struct {
	terms []string
	tfs   []uint8
	n     int
}

// preparer analyses docs on one goroutine, reusing its analyzer's cache and its counting map.
type preparer struct {
	an *analyze.Analyzer
	tf map[string]int
}

func newPreparer() *preparer { return &preparer{an: analyze.NewAnalyzer(), tf: map[string]int{}} }

// count is the terms of texts with their frequencies, in no particular order.
func (pp *preparer) count(texts ...string) termCounts {
	m := pp.tf
	n := 0
	for _, t := range texts {
		pp.an.Each(t, func(term string) { m[term]++; n++ })
	}
	tc := termCounts{terms: make([]string, 0, len(m)), tfs: make([]uint8, 0, len(m)), n: n}
	for t, k := range m {
		tc.terms = append(tc.terms, t)
		tc.tfs = append(tc.tfs, uint8(min(k, 255)))
	}
	clear(m)
	return tc
}

// prepared is a doc analysed outside the lock, ready to insert.
type prepared struct {
	id, source, company, seniority, employed string
	companyName                              string
	kinds                                    []string
	closed                                   bool
	f                                        match.Features
	cities                                   []string
	fields                                   [numFields]termCounts
}

// prepare analyses a doc outside the lock.
func (pp *preparer) prepare(d Doc) prepared {
	p := &d.Posting
	pr := prepared{id: d.ID, source: d.Source, company: p.CompanyKey, seniority: p.Seniority, employed: p.EmploymentType, closed: d.Closed,
		companyName: strings.TrimSpace(p.Company)}
	for _, k := range d.SourceKinds {
		if k = strings.ToLower(k); k != "" {
			pr.kinds = append(pr.kinds, k)
		}
	}
	slices.Sort(pr.kinds)
	pr.kinds = slices.Compact(pr.kinds)
	if d.Features != nil {
		pr.f = *d.Features
	} else {
		pr.f = match.NewFeatures(p)
	}
	var skillNames []string
	for _, ids := range [][]match.SkillID{pr.f.Required, pr.f.Nice, pr.f.Other} {
		for _, id := range ids {
			skillNames = append(skillNames, match.SkillName(id))
		}
	}
	for _, l := range p.Locations {
		if c := analyze.Fold(l.City); c != "" && !contains(pr.cities, c) {
			pr.cities = append(pr.cities, c)
		}
	}
	pr.fields[FieldTitle] = pp.count(p.Title)
	pr.fields[FieldSkills] = pp.count(append(skillNames, p.Tags...)...)
	pr.fields[FieldCompany] = pp.count(p.Company)
	pr.fields[FieldDescription] = pp.count(p.DescriptionText)
	return pr
}

func (ix *Index) insert(pr *prepared) {
	ix.kill(pr.id)
	slot := int32(len(ix.entries))
	ix.slots = append(ix.slots, ix.newSlot(&pr.f, pr.cities))
	fl := flagLive
	if pr.closed {
		fl |= flagClosed
	}
	ix.flags = append(ix.flags, fl)
	id := strings.Clone(pr.id)
	company := ix.code(pr.company)
	// The latest posting's spelling of its company names the key; one without a name leaves it.
	if pr.companyName != "" && ix.names[company] != pr.companyName {
		ix.names[company] = strings.Clone(pr.companyName)
	}
	ix.entries = append(ix.entries, entry{id: id, source: ix.internSource(pr.source, pr.kinds), company: company,
		seniority: ix.code(pr.seniority), employed: ix.code(pr.employed)})
	ix.byID.put(id, slot, ix.entries)
	ix.live++
	for f := range pr.fields {
		n := uint16(min(pr.fields[f].n, 65535))
		ix.lens[f] = append(ix.lens[f], n)
		ix.total[f] += int64(n)
		for i, t := range pr.fields[f].terms {
			pl := ix.terms[f][t]
			if pl == nil {
				pl = newPlist()
				ix.terms[f][strings.Clone(t)] = pl
			}
			pl.add(slot, pr.fields[f].tfs[i])
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
	pps := make([]*preparer, workers)
	for w := range pps {
		pps[w] = newPreparer()
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
					out[i] = pps[w].prepare(docs[i])
				}
			}(w)
		}
		wg.Wait()
		for i := range out {
			fresh.insert(&out[i])
		}
	}
	fresh.shrink()
	ix.swap(fresh)
	return nil
}

// swap takes over a freshly built index's contents.
func (ix *Index) swap(fresh *Index) {
	ix.mu.Lock()
	ix.entries, ix.slots, ix.flags, ix.lens, ix.skills = fresh.entries, fresh.slots, fresh.flags, fresh.lens, fresh.skills
	ix.titles, ix.titleIDs, ix.places, ix.placeIDs = fresh.titles, fresh.titleIDs, fresh.places, fresh.placeIDs
	ix.sources, ix.sourceIDs = fresh.sources, fresh.sourceIDs
	ix.codes, ix.codeIDs, ix.names, ix.byID, ix.terms = fresh.codes, fresh.codeIDs, fresh.names, fresh.byID, fresh.terms
	ix.total, ix.live, ix.dead = fresh.total, fresh.live, fresh.dead
	ix.mu.Unlock()
}

// shrink packs a built index: term lists into one byte array, ids and terms into one
// string each, maps rebuilt at their final size, and slot arrays at exact length, so
// the index holds no spare capacity or per-string allocation from growing them.
func (ix *Index) shrink() {
	type termList struct {
		t  string
		pl *plist
	}
	var lists [numFields][]termList
	size, keys := 0, 0
	for f := range ix.terms {
		lists[f] = make([]termList, 0, len(ix.terms[f]))
		for t, pl := range ix.terms[f] {
			if pl.dense == nil && 8*(int(pl.last)/64+1)+int(pl.n+3)/4 < len(pl.data) {
				pl.compact() // a dense list keeps its own arrays
			}
			lists[f] = append(lists[f], termList{t, pl})
			if pl.dense == nil {
				size += len(pl.data)
			}
			keys += len(t)
		}
		ix.lens[f] = slices.Clip(append([]uint16(nil), ix.lens[f]...))
	}
	data := make([]byte, 0, size)
	var words strings.Builder
	words.Grow(keys)
	for f := range lists {
		for _, l := range lists[f] {
			words.WriteString(l.t)
			if l.pl.dense != nil {
				continue
			}
			at := len(data)
			data = append(data, l.pl.data...)
			l.pl.data = data[at:len(data):len(data)] // an Upsert's append copies the list out
		}
	}
	all, at := words.String(), 0
	for f := range lists {
		m := make(map[string]*plist, len(lists[f]))
		for _, l := range lists[f] {
			m[all[at:at+len(l.t)]] = l.pl
			at += len(l.t)
		}
		ix.terms[f] = m
	}
	ix.packIDs()
	ix.entries = append([]entry(nil), ix.entries...)
	ix.slots = append([]slot(nil), ix.slots...)
	ix.flags = append([]uint8(nil), ix.flags...)
	ix.skills = append([]match.SkillID(nil), ix.skills...)
}

// packIDs stores every id in one string and rebuilds byID at its final size.
func (ix *Index) packIDs() {
	var b strings.Builder
	for _, e := range ix.entries {
		b.WriteString(e.id)
	}
	all, at := b.String(), 0
	byID := newIDTable(ix.live)
	for s := range ix.entries {
		e := &ix.entries[s]
		e.id, at = all[at:at+len(e.id)], at+len(e.id)
		if ix.flags[s]&flagLive != 0 {
			byID.put(e.id, int32(s), ix.entries)
		}
	}
	ix.byID = byID
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
	var slots []slot
	var flags []uint8
	var lens [numFields][]uint16
	var skills []match.SkillID
	for s, e := range ix.entries {
		if ix.flags[s]&flagLive == 0 {
			remap[s] = -1
			continue
		}
		remap[s] = int32(len(kept))
		kept = append(kept, e)
		sl := ix.slots[s]
		n := uint32(sl.nReq) + uint32(sl.nNice) + uint32(sl.nOther)
		skills = append(skills, ix.skills[sl.skillAt:sl.skillAt+n]...)
		sl.skillAt = uint32(len(skills)) - n
		slots = append(slots, sl)
		flags = append(flags, ix.flags[s])
		for f := range lens {
			lens[f] = append(lens[f], ix.lens[f][s])
		}
	}
	ix.entries, ix.slots, ix.flags, ix.lens, ix.skills = kept, slots, flags, lens, skills
	ix.byID = newIDTable(len(kept))
	for i, e := range kept {
		ix.byID.put(e.id, int32(i), kept)
	}
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
