package match

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
)

// Evidence is where a candidate's skill shows: a resume line, or the profile.
type Evidence struct {
	Skill string `json:"skill"`
	// Line is the resume line that shows the skill ("" when only the profile lists it).
	Line string `json:"line,omitempty"`
	// LineIndex indexes the resume's Lines; -1 when not from the resume.
	LineIndex int `json:"line_index"`
	// Evidenced is true when the line is experience, a project or the summary,
	// false when the skill is only listed (skills section, profile).
	Evidenced bool `json:"evidenced"`
}

// Candidate is a profile and resume prepared for scoring many postings.
type Candidate struct {
	Profile   profile.Profile
	evidenced bitset // shown in experience, projects or summary
	listed    bitset // in the skills section or the profile only
	related   bitset // related to one of the above in the taxonomy
	evidence  map[SkillID]Evidence
	sorted    []Evidence // evidence by skill name
	titles    [][]TermID // desired title terms, most wanted first
	titleW    []float64  // each title's summed term weight
	weights   []uint8    // per skill id: 10 × skillWeight, for the hot loop
	level     int8
	remote    string
	countries []string
	home      string // the country the profile's location names
	floorUSD  float64
	// QueryText is the profile and resume text that text relevance is computed from.
	QueryText    string
	dealbreakers []string
	skillCount   int
	skillBits    uint64 // signature of every skill with a non-zero weight
	titleBits    uint64 // signature of the desired title terms
}

// NewCandidate prepares a profile and an optional resume. Desired titles default to
// the resume's job titles and seniority to one read from its years of experience.
func NewCandidate(p profile.Profile, doc *resume.Document) *Candidate {
	c := &Candidate{Profile: p, evidenced: newBitset(), listed: newBitset(), related: newBitset(),
		evidence: map[SkillID]Evidence{}, remote: p.RemotePreference}
	titles := p.DesiredTitles
	var query []string
	if doc != nil {
		c.addResume(doc)
		if len(titles) == 0 {
			for _, j := range doc.Experience {
				titles = append(titles, j.Title)
			}
		}
		query = append(query, doc.Summary)
		for _, j := range doc.Experience {
			query = append(query, j.Title)
			query = append(query, j.Bullets...)
		}
		query = append(query, doc.Projects...)
	}
	for _, s := range p.Skills {
		id, ok := skillOf(s)
		if !ok {
			continue
		}
		if !c.evidenced.has(id) && !c.listed.has(id) {
			c.listed.set(id)
			c.evidence[id] = Evidence{Skill: SkillName(id), LineIndex: -1}
		}
	}
	for _, t := range titles {
		if tt := TitleTerms(t); len(tt) > 0 {
			ids := internTerms(tt)
			c.titles = append(c.titles, ids)
			c.titleW = append(c.titleW, weightOf(ids))
		}
	}
	c.level = levelRank(p.Seniority)
	if c.level < 0 {
		years := p.YearsExperience
		if years == 0 && doc != nil {
			years = doc.YearsExperience
		}
		c.level = levelFromYears(years)
	}
	c.countries = append([]string(nil), p.WorkCountries...)
	if p.Location != "" {
		for _, l := range normalize.Locations([]string{p.Location}) {
			if l.Country != "" {
				c.home = l.Country
				break
			}
		}
	}
	if c.home != "" && !contains(c.countries, c.home) {
		c.countries = append(c.countries, c.home)
	}
	if f := p.SalaryFloor; f != nil && f.Amount > 0 {
		c.floorUSD, _ = AnnualUSD(f.Amount, f.Currency, f.Period)
	}
	for _, d := range p.Dealbreakers {
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
			c.dealbreakers = append(c.dealbreakers, d)
		}
	}
	sort.Strings(c.dealbreakers)
	var names []string
	for id := range c.evidence {
		names = append(names, SkillName(id))
	}
	sort.Strings(names)
	c.skillCount = len(names)
	for _, tl := range titles {
		query = append(query, tl, tl, tl) // titles weigh triple
	}
	query = append(query, p.Headline)
	query = append(query, names...)
	query = append(query, names...)
	c.QueryText = strings.Join(query, "\n")
	c.markRelated()
	c.fillWeights()
	c.sortEvidence()
	return c
}

// fillWeights tabulates skillWeight per skill id (a byte each) so scoring reads one byte per skill.
func (c *Candidate) fillWeights() {
	c.weights = make([]uint8, defaultIndex().tax.Len())
	c.skillBits, c.titleBits = 0, 0
	for _, t := range c.titles {
		c.titleBits |= termBits(t)
	}
	for i := range c.weights {
		id := SkillID(i)
		switch {
		case c.evidenced.has(id):
			c.weights[i] = 10
		case c.listed.has(id):
			c.weights[i] = 8
		case c.related.has(id):
			c.weights[i] = 4
		}
		if c.weights[i] > 0 {
			c.skillBits |= 1 << (uint(id) & 63)
		}
	}
}

// levelFromYears guesses a level: under 2 years junior, under 5 mid, otherwise senior (-1 when unknown).
func levelFromYears(y float64) int8 {
	switch {
	case y <= 0:
		return -1
	case y < 2:
		return 1
	case y < 5:
		return 2
	}
	return 3
}

// addResume records each resume skill with the first line that shows it, preferring
// experience, project and summary lines over the skills list.
func (c *Candidate) addResume(doc *resume.Document) {
	evidenceLines := map[string]bool{}
	for _, j := range doc.Experience {
		for _, b := range j.Bullets {
			evidenceLines[strings.TrimSpace(b)] = true
		}
	}
	for _, p := range doc.Projects {
		evidenceLines[strings.TrimSpace(p)] = true
	}
	summary := strings.TrimSpace(doc.Summary)
	own := newOwnNames(doc)
	for i, line := range doc.Lines {
		bare := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "• "))
		ev := isEvidence(bare, evidenceLines, summary)
		for _, m := range own.mentions(line) {
			id, ok := defaultIndex().ids[m.Skill]
			if !ok {
				continue
			}
			if ev && !c.evidenced.has(id) {
				c.evidenced.set(id)
				c.evidence[id] = Evidence{Skill: m.Skill, Line: strings.TrimSpace(line), LineIndex: i, Evidenced: true}
			} else if !ev && !c.evidenced.has(id) && !c.listed.has(id) {
				c.listed.set(id)
				c.evidence[id] = Evidence{Skill: m.Skill, Line: strings.TrimSpace(line), LineIndex: i}
			}
		}
	}
	for _, s := range doc.Skills {
		if id, ok := skillOf(s); ok && !c.evidenced.has(id) && !c.listed.has(id) {
			c.listed.set(id)
			c.evidence[id] = Evidence{Skill: SkillName(id), Line: s, LineIndex: -1}
		}
	}
	for id := range c.evidence {
		if c.evidenced.has(id) {
			c.listed[id>>6] &^= 1 << (uint(id) & 63)
		}
	}
}

func (c *Candidate) markRelated() {
	tax := defaultIndex().tax
	all := tax.Skills()
	for id := range c.evidence {
		for _, r := range all[id].Related {
			if rid, ok := skillOf(r); ok {
				c.related.set(rid)
			}
		}
	}
}

// Skills lists the candidate's skills with their evidence, sorted by name.
func (c *Candidate) Skills() []Evidence { return slices.Clone(c.sorted) }

// sortEvidence lists the evidence by skill name, once, for Skills and explanations.
func (c *Candidate) sortEvidence() {
	c.sorted = make([]Evidence, 0, len(c.evidence))
	for _, e := range c.evidence {
		c.sorted = append(c.sorted, e)
	}
	sort.Slice(c.sorted, func(i, j int) bool { return c.sorted[i].Skill < c.sorted[j].Skill })
}

// Dealbreakers are the lower-cased dealbreaker phrases, sorted.
func (c *Candidate) Dealbreakers() []string { return c.dealbreakers }

// FloorUSD is the salary floor in US dollars a year, 0 when none.
func (c *Candidate) FloorUSD() float64 { return c.floorUSD }

// WithSkill returns a copy of the candidate that also lists a skill (for "what if" questions).
func (c *Candidate) WithSkill(name string) *Candidate {
	id, ok := skillOf(name)
	if !ok {
		return c
	}
	d := *c
	d.listed = append(bitset(nil), c.listed...)
	d.listed.set(id)
	d.evidence = make(map[SkillID]Evidence, len(c.evidence)+1)
	for k, v := range c.evidence {
		d.evidence[k] = v
	}
	if _, had := d.evidence[id]; !had {
		d.evidence[id] = Evidence{Skill: SkillName(id), LineIndex: -1}
		d.skillCount++
	}
	d.fillWeights()
	d.sortEvidence()
	return &d
}

// Has reports whether the candidate has a skill, shown or listed (related skills do not count).
func (c *Candidate) Has(id SkillID) bool { return c.evidenced.has(id) || c.listed.has(id) }

// isEvidence says whether a resume line is part of an experience bullet, a project
// or the summary; PDF lines wrap, so a line may be a piece of a longer bullet.
func isEvidence(line string, bullets map[string]bool, summary string) bool {
	if len(line) < 8 {
		return false
	}
	if bullets[line] || strings.Contains(summary, line) {
		return true
	}
	for b := range bullets {
		if strings.Contains(b, line) {
			return true
		}
	}
	return false
}

// The part helpers below let an index bound a posting's score from the parts it has
// at hand; Score stays the one definition of a score (Score = Σ Weights[i] × part i).

// LevelPoints are the seniority part's points for a posting level (-1 unknown).
func (c *Candidate) LevelPoints(level int8) float64 {
	return Weights[Seniority] * c.seniorityFit(level)
}

// PlacePoints are the location part's points; they read only WorkMode, Countries and RemoteRegions.
func (c *Candidate) PlacePoints(f *Features) float64 { return Weights[Location] * c.locationFit(f) }

// PayPoints are the salary part's points; they read only AnnualMinUSD and AnnualMaxUSD.
func (c *Candidate) PayPoints(f *Features) float64 { return Weights[Salary] * c.salaryFit(f) }

// RecencyPoints are the recency part's points of a posting date (Unix seconds, 0 unknown) at now.
func RecencyPoints(posted, now int64) float64 { return Weights[Recency] * recencyFit(posted, now) }

// TitlePoints are the title part's points; they read only Title and TitleWeight.
func (c *Candidate) TitlePoints(f *Features) float64 {
	return Weights[Title] * c.titleFit(f.Title, f.TitleWeight)
}

// SkillPoints are the skill part's points.
func (c *Candidate) SkillPoints(f *Features) float64 { return Weights[Skills] * c.skillFit(f) }

// SkillCap is at least SkillPoints without reading the skill lists: none when no skill
// signature bit is shared, else the points of having every asked skill at full weight.
func (c *Candidate) SkillCap(f *Features) float64 {
	want := askedWeight(f)
	switch {
	case c.skillCount == 0 || want == 0:
		return c.SkillPoints(f) // neutral or nothing asked: exact, and read before the lists
	case f.SkillBits&c.skillBits == 0:
		return 0 // no asked skill can be one the candidate has
	}
	return Weights[Skills] * (0.75*want/math.Max(want, MinSkillsAsked) + 0.25*math.Min(1, want/6))
}
