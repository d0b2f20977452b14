package analytics

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/skills"
	"github.com/career-copilot/copilot/internal/store"
)

func TestTitleFamily(t *testing.T) {
	for title, want := range map[string]string{
		"Senior Backend Engineer (Go)": "backend", "Staff Site Reliability Engineer": "devops & sre", "Data Scientist": "data & ml",
		"Software Engineer II": "software engineering", "Account Executive, EMEA": "sales", "Office Manager": "other",
		"Engineering Manager, Payments": "engineering manager", "iOS Developer": "mobile",
	} {
		if got := TitleFamily(title); got != want {
			t.Errorf("%q: %q, want %q", title, got, want)
		}
	}
}

func TestMarket(t *testing.T) {
	now := time.Date(2026, 3, 18, 12, 0, 0, 0, time.UTC) // Wednesday
	de := []posting.Location{{City: "Berlin", Country: "DE", Raw: "Berlin"}}
	mk := func(id, title, company, mode string, min, max float64, cur, period string, age time.Duration, text string) store.MarketFact {
		return store.MarketFact{ID: id, Title: title, Company: company, CompanyKey: company, Text: text, Locations: de, WorkMode: mode,
			SalaryMin: min, SalaryMax: max, Currency: cur, Period: period, ListedAt: now.Add(-age), FirstSeenAt: now.Add(-age)}
	}
	day := 24 * time.Hour
	ps := []store.MarketFact{
		mk("1", "Backend Engineer", "acme", "remote", 60000, 80000, "EUR", "year", 1*day, "We use Go and PostgreSQL."),
		mk("2", "Backend Developer", "acme", "hybrid", 5000, 0, "EUR", "month", 2*day, "Go, Kubernetes"),
		mk("3", "Senior Backend Engineer", "globex", "remote", 50, 50, "EUR", "hour", 9*day, "Python and PostgreSQL"),
		mk("4", "Backend Engineer", "initech", "", 0, 0, "", "", 10*day, "Golang services"),
		mk("5", "Designer", "acme", "onsite", 0, 0, "", "", 40*day, "Figma"),
		mk("6", "Backend Engineer", "umbrella", "", 0, 0, "", "", 40*day, "Passionate, self-motivated and a team player."),
	}
	m := ComputeMarket(ps, skills.Default(), now)
	if m.Postings != 6 || m.WorkModes != (WorkModes{Remote: 2, Hybrid: 1, Onsite: 1, Unknown: 2, RemoteShare: 0.3333}) {
		t.Fatalf("work modes %+v", m.WorkModes)
	}
	if len(m.TopCompanies) != 4 || m.TopCompanies[0] != (CompanyCount{Company: "acme", Count: 3}) {
		t.Fatalf("companies %+v", m.TopCompanies)
	}
	// yearly midpoints: 70000, 5000×12 = 60000, 50×2080 = 104000 → p25 65000, p50 70000, p75 87000.
	if len(m.Salaries) != 1 || m.Salaries[0] != (SalaryBand{Family: "backend", Country: "DE", Currency: "EUR", N: 3, P25: 65000, P50: 70000, P75: 87000}) {
		t.Fatalf("salaries %+v", m.Salaries)
	}
	sk := map[string]SkillTrend{}
	for _, s := range m.TopSkills {
		sk[s.Skill] = s
	}
	// Personal traits and soft skills are no market skills.
	for _, name := range []string{"Passionate", "Self-motivated", "Teamwork"} {
		if _, ok := sk[name]; ok {
			t.Errorf("%s is listed as a market skill: %+v", name, m.TopSkills)
		}
	}
	if g := sk["Go"]; g.Count != 3 || g.ThisWeek != 2 || g.LastWeek != 1 || g.Change != 1 {
		t.Fatalf("Go trend %+v (all %+v)", g, m.TopSkills)
	}
	if p := sk["PostgreSQL"]; p.Count != 2 || p.ThisWeek != 1 || p.LastWeek != 1 || p.Change != 0 {
		t.Fatalf("PostgreSQL trend %+v", p)
	}
	// weeks start on Mondays; the current week (from 2026-03-16) holds postings 1 and 2; 3 (Mon 9th) the week before, 4 (Sun 8th) the one before that.
	last := m.Volume[len(m.Volume)-1]
	if len(m.Volume) != MarketWeeks || last != (WeekCount{Week: "2026-03-16", Count: 2}) || m.Volume[len(m.Volume)-2].Count != 1 || m.Volume[len(m.Volume)-3].Count != 1 {
		t.Fatalf("volume %+v", m.Volume)
	}
}

// A paragraph repeated in most of a company's postings (a recruiting-process statement) names no
// market skill; the same words in one posting of its own do.
func TestMarketSkipsBoilerplate(t *testing.T) {
	now := time.Date(2026, 3, 18, 12, 0, 0, 0, time.UTC)
	legal := "Our recruiting process uses Kubernetes-grade fairness." // names two skills on purpose
	var ps []store.MarketFact
	for i, own := range []string{"We build in Golang.", "We build in Golang and TypeScript.", "We build in Python.", "We build in Golang."} {
		ps = append(ps, store.MarketFact{ID: string(rune('a' + i)), Title: "Engineer", Company: "Msft", CompanyKey: "msft",
			Text: own + "\n" + legal, ListedAt: now, FirstSeenAt: now})
	}
	ps = append(ps, store.MarketFact{ID: "z", Title: "Platform Engineer", Company: "Other", CompanyKey: "other",
		Text: "We run Kubernetes.\n" + legal, ListedAt: now, FirstSeenAt: now})
	m := ComputeMarket(ps, skills.Default(), now)
	count := map[string]int{}
	for _, s := range m.TopSkills {
		count[s.Skill] = s.Count
	}
	// Msft's four postings share the statement: it is theirs, not evidence. "Other" has it once, so it counts there.
	if count["Kubernetes"] != 1 || count["Recruitment"] != 1 || count["Go"] != 3 || count["Python"] != 1 {
		t.Fatalf("skills %+v", m.TopSkills)
	}
}
