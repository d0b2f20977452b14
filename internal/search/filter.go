package search

import (
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/match"
)

// Filter narrows results; zero fields do not filter. Lists match any of their values.
type Filter struct {
	WorkModes       []string // remote, hybrid, onsite
	Countries       []string // alpha-2
	Cities          []string // case-insensitive
	Seniorities     []string
	EmploymentTypes []string
	Companies       []string // company keys
	Sources         []string // source ids
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
	trivial    bool // only the status filter applies: the flags answer it
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
	for _, city := range f.Cities {
		c.cities = append(c.cities, strings.ToLower(strings.TrimSpace(city)))
	}
	c.trivial = f.IDs == nil && f.NotIDs == nil && len(f.WorkModes)+len(f.Countries)+len(f.Cities)+len(f.Seniorities)+
		len(f.EmploymentTypes)+len(f.Companies)+len(f.Sources) == 0 && c.minUSD == 0 && c.postedFrom == 0
	return c
}

// keep reports whether an entry passes the filter.
func (c *compiled) keep(e *entry, ft *match.Features) bool {
	f := &c.f
	switch f.Status {
	case "", "open":
		if e.closed {
			return false
		}
	case "closed":
		if !e.closed {
			return false
		}
	}
	if f.IDs != nil && !f.IDs[e.id] {
		return false
	}
	if f.NotIDs != nil && f.NotIDs[e.id] {
		return false
	}
	if len(f.WorkModes) > 0 && !contains(f.WorkModes, ft.WorkMode) {
		return false
	}
	if len(f.Countries) > 0 && !anyIn(ft.Countries, f.Countries) && !anyIn(ft.RemoteRegions, f.Countries) {
		return false
	}
	if len(c.cities) > 0 && !anyIn(e.cities, c.cities) {
		return false
	}
	if len(f.Seniorities) > 0 && !contains(f.Seniorities, e.seniority) {
		return false
	}
	if len(f.EmploymentTypes) > 0 && !contains(f.EmploymentTypes, e.employment) {
		return false
	}
	if len(f.Companies) > 0 && !contains(f.Companies, e.companyKey) {
		return false
	}
	if len(f.Sources) > 0 && !contains(f.Sources, e.source) {
		return false
	}
	if c.minUSD > 0 && ft.AnnualMaxUSD < c.minUSD {
		return false
	}
	if c.postedFrom > 0 && ft.PostedUnix < c.postedFrom {
		return false
	}
	return true
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		if contains(want, h) {
			return true
		}
	}
	return false
}
