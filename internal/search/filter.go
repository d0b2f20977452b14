package search

import (
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search/analyze"
)

// Filter narrows results; zero fields do not filter. Lists match any of their values.
type Filter struct {
	WorkModes       []string // remote, hybrid, onsite
	Countries       []string // alpha-2
	Cities          []string // case- and accent-insensitive
	Seniorities     []string
	EmploymentTypes []string
	Companies       []string // company keys
	Sources         []string // source ids (the first source's) or kinds (any source's, case-insensitive)
	// MinSalary is the least yearly-or-per-Period pay in SalaryCurrency; postings
	// without a stated salary are dropped when it is set.
	MinSalary      float64
	SalaryCurrency string // ISO 4217, default USD
	SalaryPeriod   string // hour, day, week, month, year; default year
	PostedWithin   time.Duration
	Status         string // "open" (default), "closed" or "all"
	// IDs keeps only these postings when non-nil (saved or dismissed sets come through it).
	IDs map[string]bool
	// NotIDs drops these postings (dismissed ones, by default, on the matches page).
	NotIDs map[string]bool
}

// compiled is a Filter ready for the hot loop.
type compiled struct {
	f          Filter
	minUSD     float64
	postedFrom int64
	cities     []string
	kinds      []string // Sources lower-cased, for kinds
	sourceSets []int8   // per interned source set: 0 not yet asked, 1 kept, -1 dropped
	trivial    bool     // only the status filter applies: the flags answer it
}

// keepFlags is the part of keep the slot flags answer.
func (c *compiled) keepFlags(fl uint8) bool {
	if fl&flagLive == 0 {
		return false
	}
	switch c.f.Status {
	case "", "open":
		return fl&flagClosed == 0
	case "closed":
		return fl&flagClosed != 0
	}
	return true
}

func (f Filter) compile(now time.Time) compiled {
	c := compiled{f: f}
	if f.MinSalary > 0 {
		cur, per := f.SalaryCurrency, f.SalaryPeriod
		if cur == "" {
			cur = "USD"
		}
		if per == "" {
			per = "year"
		}
		c.minUSD, _ = match.AnnualUSD(f.MinSalary, cur, per)
		if c.minUSD == 0 {
			c.minUSD = -1 // an unknown currency or period filters nothing out rather than everything
		}
	}
	if f.PostedWithin > 0 {
		c.postedFrom = now.Add(-f.PostedWithin).Unix()
	}
	for _, s := range f.Sources {
		c.kinds = append(c.kinds, strings.ToLower(s))
	}
	for _, city := range f.Cities {
		c.cities = append(c.cities, analyze.Fold(strings.TrimSpace(city)))
	}
	c.trivial = f.IDs == nil && f.NotIDs == nil && len(f.WorkModes)+len(f.Countries)+len(f.Cities)+len(f.Seniorities)+
		len(f.EmploymentTypes)+len(f.Companies)+len(f.Sources) == 0 && c.minUSD == 0 && c.postedFrom == 0
	return c
}

// keep reports whether a slot passes the filter, its flags included.
func (c *compiled) keep(ix *Index, s int32) bool {
	if !c.keepFlags(ix.flags[s]) {
		return false
	}
	if c.trivial {
		return true
	}
	f, e := &c.f, &ix.entries[s]
	if f.IDs != nil && !f.IDs[e.id] {
		return false
	}
	if f.NotIDs != nil && f.NotIDs[e.id] {
		return false
	}
	sl := &ix.slots[s]
	ps := &ix.places[sl.place]
	if len(f.WorkModes) > 0 && !contains(f.WorkModes, ps.mode) {
		return false
	}
	if len(f.Countries) > 0 && !anyIn(ps.countries, f.Countries) && !anyIn(ps.regions, f.Countries) {
		return false
	}
	if len(c.cities) > 0 && !anyIn(ps.cities, c.cities) {
		return false
	}
	if len(f.Seniorities) > 0 && !contains(f.Seniorities, ix.codes[e.seniority]) {
		return false
	}
	if len(f.EmploymentTypes) > 0 && !contains(f.EmploymentTypes, ix.codes[e.employed]) {
		return false
	}
	if len(f.Companies) > 0 && !contains(f.Companies, ix.codes[e.company]) {
		return false
	}
	if len(f.Sources) > 0 && !c.keepSource(ix, e.source) {
		return false
	}
	if c.minUSD > 0 && sl.maxUSD < c.minUSD {
		return false
	}
	if c.postedFrom > 0 && sl.posted < c.postedFrom {
		return false
	}
	return true
}

// keepSource answers the source filter for an interned source set, once per set and search: a value
// is the set's source id or one of its kinds.
func (c *compiled) keepSource(ix *Index, n uint32) bool {
	if c.sourceSets == nil {
		c.sourceSets = make([]int8, len(ix.sources))
	}
	if v := c.sourceSets[n]; v != 0 {
		return v > 0
	}
	src := &ix.sources[n]
	ok := contains(c.f.Sources, src.id) || anyIn(src.kinds, c.kinds)
	c.sourceSets[n] = -1
	if ok {
		c.sourceSets[n] = 1
	}
	return ok
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		if contains(want, h) {
			return true
		}
	}
	return false
}
