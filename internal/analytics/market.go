package analytics

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/skills"
	"github.com/career-copilot/copilot/internal/store"
)

// SkillTrend is how many postings ask for a skill, overall and in the last two weeks.
type SkillTrend struct {
	Skill    string `json:"skill"`
	Count    int    `json:"count"`     // postings in the whole window
	ThisWeek int    `json:"this_week"` // listed in the last 7 days
	LastWeek int    `json:"last_week"` // listed 7 to 14 days ago
	Change   int    `json:"change"`    // ThisWeek - LastWeek
}

// SalaryBand is the yearly pay distribution of a title family in a country and currency.
type SalaryBand struct {
	Family   string  `json:"family"`
	Country  string  `json:"country"`
	Currency string  `json:"currency"`
	N        int     `json:"n"`
	P25      float64 `json:"p25"`
	P50      float64 `json:"p50"`
	P75      float64 `json:"p75"`
}

// WorkModes counts postings by work mode.
type WorkModes struct {
	Remote      int     `json:"remote"`
	Hybrid      int     `json:"hybrid"`
	Onsite      int     `json:"onsite"`
	Unknown     int     `json:"unknown"`
	RemoteShare float64 `json:"remote_share"` // Remote / all postings
}

// CompanyCount is how many postings a company listed.
type CompanyCount struct {
	Company string `json:"company"`
	Count   int    `json:"count"`
}

// Market is the view of the job market from the ingested postings.
type Market struct {
	Since        time.Time      `json:"since"`
	Postings     int            `json:"postings"`
	TopSkills    []SkillTrend   `json:"top_skills"`
	Salaries     []SalaryBand   `json:"salaries"`
	WorkModes    WorkModes      `json:"work_modes"`
	TopCompanies []CompanyCount `json:"top_companies"`
	Volume       []WeekCount    `json:"volume"`
}

// MarketWeeks is how far back the market view looks.
const MarketWeeks = 12

// Limits of the top lists and the smallest sample a salary band needs to be shown.
const (
	TopSkillsN     = 20
	TopCompaniesN  = 15
	MinSalaryBand  = 3
	salaryFloorUSD = 1000 // yearly amounts below this are parse slips (a "5" read as a salary), not pay
)

// ComputeMarket aggregates postings listed in the last MarketWeeks weeks; tax extracts skills from
// the title and text (nil skips skills).
func ComputeMarket(ps []store.MarketFact, tax *skills.Taxonomy, now time.Time) Market {
	now = now.UTC()
	m := Market{Since: WeekStart(now, time.UTC).AddDate(0, 0, -7*(MarketWeeks-1)), Postings: len(ps)}
	m.Volume = make([]WeekCount, MarketWeeks)
	weekIdx := map[string]int{}
	for i := range m.Volume {
		w := m.Since.AddDate(0, 0, 7*i).Format("2006-01-02")
		m.Volume[i] = WeekCount{Week: w}
		weekIdx[w] = i
	}
	skillAgg := map[string]*SkillTrend{}
	companies := map[string]*CompanyCount{}
	type bandKey struct{ family, country, currency string }
	pay := map[bandKey][]float64{}
	var shared map[string]map[string]bool
	if tax != nil {
		shared = boilerplate(ps) // skills named only in a company's repeated statements are not its market's
	}
	for _, p := range ps {
		if i, ok := weekIdx[WeekStart(p.ListedAt, time.UTC).Format("2006-01-02")]; ok {
			m.Volume[i].Count++
		}
		switch p.WorkMode {
		case "remote":
			m.WorkModes.Remote++
		case "hybrid":
			m.WorkModes.Hybrid++
		case "onsite":
			m.WorkModes.Onsite++
		default:
			m.WorkModes.Unknown++
		}
		c := companies[p.CompanyKey]
		if c == nil {
			c = &CompanyCount{Company: p.Company}
			companies[p.CompanyKey] = c
		}
		c.Count++
		if y, ok := yearly(p); ok {
			k := bandKey{TitleFamily(p.Title), country(p), p.Currency}
			pay[k] = append(pay[k], y)
		}
		if tax != nil {
			age := now.Sub(p.ListedAt)
			p.Text = withoutBoilerplate(p.Text, shared[p.CompanyKey])
			for _, s := range postingSkills(tax, p) {
				t := skillAgg[s]
				if t == nil {
					t = &SkillTrend{Skill: s}
					skillAgg[s] = t
				}
				t.Count++
				if age >= 0 && age < 7*24*time.Hour {
					t.ThisWeek++
				} else if age >= 7*24*time.Hour && age < 14*24*time.Hour {
					t.LastWeek++
				}
			}
		}
	}
	m.WorkModes.RemoteShare = ratio(m.WorkModes.Remote, len(ps))
	m.TopSkills = []SkillTrend{}
	for _, t := range skillAgg {
		t.Change = t.ThisWeek - t.LastWeek
		m.TopSkills = append(m.TopSkills, *t)
	}
	sort.Slice(m.TopSkills, func(i, j int) bool {
		a, b := m.TopSkills[i], m.TopSkills[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Skill < b.Skill
	})
	if len(m.TopSkills) > TopSkillsN {
		m.TopSkills = m.TopSkills[:TopSkillsN]
	}
	m.TopCompanies = []CompanyCount{}
	for _, c := range companies {
		m.TopCompanies = append(m.TopCompanies, *c)
	}
	sort.Slice(m.TopCompanies, func(i, j int) bool {
		a, b := m.TopCompanies[i], m.TopCompanies[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Company < b.Company
	})
	if len(m.TopCompanies) > TopCompaniesN {
		m.TopCompanies = m.TopCompanies[:TopCompaniesN]
	}
	m.Salaries = []SalaryBand{}
	for k, v := range pay {
		if len(v) < MinSalaryBand {
			continue
		}
		m.Salaries = append(m.Salaries, SalaryBand{Family: k.family, Country: k.country, Currency: k.currency, N: len(v),
			P25: math.Round(Percentile(v, 25)), P50: math.Round(Percentile(v, 50)), P75: math.Round(Percentile(v, 75))})
	}
	sort.Slice(m.Salaries, func(i, j int) bool {
		a, b := m.Salaries[i], m.Salaries[j]
		if a.N != b.N {
			return a.N > b.N
		}
		return a.Family+a.Country+a.Currency < b.Family+b.Country+b.Currency
	})
	return m
}

// yearly is the midpoint of a posting's stated range (or its one bound), annualized.
func yearly(p store.MarketFact) (float64, bool) {
	if p.Currency == "" || (p.SalaryMin <= 0 && p.SalaryMax <= 0) {
		return 0, false
	}
	v := p.SalaryMin
	switch {
	case p.SalaryMin > 0 && p.SalaryMax > 0:
		v = (p.SalaryMin + p.SalaryMax) / 2
	case p.SalaryMax > 0:
		v = p.SalaryMax
	}
	y, ok := normalize.Annualize(v, p.Period)
	if !ok || y < salaryFloorUSD {
		return 0, false
	}
	return y, true
}

func country(p store.MarketFact) string {
	for _, l := range p.Locations {
		if l.Country != "" {
			return l.Country
		}
	}
	return "unknown"
}

func postingSkills(tax *skills.Taxonomy, p store.MarketFact) []string {
	seen := map[string]bool{}
	var out []string
	for _, ms := range [][]skills.Mention{tax.Extract(p.Title), tax.Extract(p.Text)} {
		for _, mn := range ms {
			if !seen[mn.Skill] && marketSkill(tax, mn.Skill) {
				seen[mn.Skill] = true
				out = append(out, mn.Skill)
			}
		}
	}
	return out
}

// families are tried in order; the first whose keyword appears in the lower-cased title wins.
var families = []struct {
	name  string
	words []string
}{
	{"engineering manager", []string{"engineering manager", "head of engineering", "vp engineering", "director of engineering"}},
	{"data & ml", []string{"data scien", "machine learning", "ml engineer", "data engineer", "analytics engineer", "ai engineer", "data analyst"}},
	{"devops & sre", []string{"devops", "site reliability", "sre", "platform engineer", "infrastructure", "cloud engineer"}},
	{"security", []string{"security"}},
	{"mobile", []string{"ios", "android", "mobile"}},
	{"frontend", []string{"frontend", "front-end", "front end", "ui engineer"}},
	{"backend", []string{"backend", "back-end", "back end"}},
	{"fullstack", []string{"full stack", "fullstack", "full-stack"}},
	{"qa", []string{"qa ", "quality", "test engineer", "sdet"}},
	{"software engineering", []string{"software", "developer", "engineer", "programmer"}},
	{"product", []string{"product manager", "product owner", "product lead"}},
	{"design", []string{"design", "ux", "ui/"}},
	{"sales", []string{"sales", "account executive", "business development", "bdr", "sdr"}},
	{"marketing", []string{"marketing", "growth", "content", "seo"}},
	{"customer success", []string{"customer", "support", "success"}},
}

// TitleFamily groups a job title into a broad family ("backend", "data & ml", ...) by keywords, or "other".
func TitleFamily(title string) string {
	t := " " + strings.ToLower(title) + " "
	for _, f := range families {
		for _, w := range f.words {
			if strings.Contains(t, w) {
				return f.name
			}
		}
	}
	return "other"
}

// marketSkill reports whether a skill belongs in the market's top skills: personal traits and soft
// skills ("Passionate", "Teamwork") are in nearly every posting and say nothing about the market.
func marketSkill(tax *skills.Taxonomy, name string) bool {
	s, ok := tax.Lookup(name)
	return !ok || (s.Category != "trait" && s.Category != "soft-skill")
}
