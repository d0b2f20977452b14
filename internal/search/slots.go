package search

import (
	"encoding/binary"
	"strings"

	"github.com/career-copilot/copilot/internal/match"
)

// slot is what ranking reads of one posting, kept small and dense: the lists a
// posting shares with many others (its title terms, its place) are interned sets.
type slot struct {
	posted         int64
	minUSD, maxUSD float64
	skillBits      uint64
	skillAt        uint32 // offset of Required, Nice, Other in Index.skills
	nReq, nNice    uint16
	nOther         uint16
	level          int8
	distinguished  bool
	title          uint32 // index in Index.titles
	place          uint32 // index in Index.places
}

// titleSet is one interned list of title terms.
type titleSet struct {
	terms  []match.TermID
	weight float64
	bits   uint64
}

// placeSet is one interned work mode with its countries, remote regions and cities.
type placeSet struct {
	mode      string
	countries []string
	regions   []string
	cities    []string // lower-cased, for the city filter
}

// features fills f with a slot's match features; the slices share the index's storage.
func (ix *Index) features(s int32, f *match.Features) {
	sl := &ix.slots[s]
	a, b, c := sl.skillAt, sl.skillAt+uint32(sl.nReq), sl.skillAt+uint32(sl.nReq)+uint32(sl.nNice)
	d := c + uint32(sl.nOther)
	f.Required, f.Nice, f.Other = ix.skills[a:b:b], ix.skills[b:c:c], ix.skills[c:d:d]
	ts, ps := &ix.titles[sl.title], &ix.places[sl.place]
	f.Title, f.TitleWeight, f.TitleBits = ts.terms, ts.weight, ts.bits
	f.WorkMode, f.Countries, f.RemoteRegions = ps.mode, ps.countries, ps.regions
	f.Distinguished, f.Seniority, f.SkillBits = sl.distinguished, sl.level, sl.skillBits
	f.AnnualMinUSD, f.AnnualMaxUSD, f.PostedUnix = sl.minUSD, sl.maxUSD, sl.posted
}

// featuresOf returns a slot's match features.
func (ix *Index) featuresOf(s int32) match.Features {
	var f match.Features
	ix.features(s, &f)
	return f
}

// newSlot stores a posting's features: its skills appended, its title and place interned.
func (ix *Index) newSlot(f *match.Features, cities []string) slot {
	sl := slot{posted: f.PostedUnix, minUSD: f.AnnualMinUSD, maxUSD: f.AnnualMaxUSD, skillBits: f.SkillBits,
		skillAt: uint32(len(ix.skills)), nReq: uint16(len(f.Required)), nNice: uint16(len(f.Nice)), nOther: uint16(len(f.Other)),
		level: f.Seniority, distinguished: f.Distinguished}
	ix.skills = append(append(append(ix.skills, f.Required...), f.Nice...), f.Other...)
	sl.title = ix.internTitle(f)
	sl.place = ix.internPlace(f, cities)
	return sl
}

func (ix *Index) internTitle(f *match.Features) uint32 {
	key := make([]byte, 0, 4*len(f.Title))
	for _, t := range f.Title {
		key = binary.LittleEndian.AppendUint32(key, t)
	}
	if id, ok := ix.titleIDs[string(key)]; ok {
		return id
	}
	id := uint32(len(ix.titles))
	ix.titles = append(ix.titles, titleSet{terms: append([]match.TermID(nil), f.Title...), weight: f.TitleWeight, bits: f.TitleBits})
	ix.titleIDs[string(key)] = id
	return id
}

func (ix *Index) internPlace(f *match.Features, cities []string) uint32 {
	var b strings.Builder
	b.WriteString(f.WorkMode)
	for _, list := range [][]string{f.Countries, f.RemoteRegions, cities} {
		b.WriteByte(0)
		for _, s := range list {
			b.WriteString(s)
			b.WriteByte(1)
		}
	}
	key := b.String()
	if id, ok := ix.placeIDs[key]; ok {
		return id
	}
	id := uint32(len(ix.places))
	ix.places = append(ix.places, placeSet{mode: internCode(f.WorkMode), countries: interned(f.Countries),
		regions: interned(f.RemoteRegions), cities: interned(cities)})
	ix.placeIDs[key] = id
	return id
}

// sourceSet is one interned source: the first source's id and the kinds of all that list a posting.
type sourceSet struct {
	id    string
	kinds []string // lower-case, sorted, each once
}

// internSource returns the id in Index.sources of a posting's source id and kinds (canonical, as prepare makes them).
func (ix *Index) internSource(id string, kinds []string) uint32 {
	key := id + "\x00" + strings.Join(kinds, "\x00")
	if n, ok := ix.sourceIDs[key]; ok {
		return n
	}
	n := uint32(len(ix.sources))
	ix.sources = append(ix.sources, sourceSet{id: internCode(id), kinds: interned(kinds)})
	ix.sourceIDs[key] = n
	return n
}

func interned(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = internCode(s)
	}
	return out
}

// code returns the id of a short repeated string (company key, seniority, employment type).
func (ix *Index) code(s string) uint32 {
	if id, ok := ix.codeIDs[s]; ok {
		return id
	}
	id := uint32(len(ix.codes))
	s = internCode(s)
	ix.codes = append(ix.codes, s)
	ix.names = append(ix.names, "")
	ix.codeIDs[s] = id
	return id
}
