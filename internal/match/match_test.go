package match

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
)

func names(ids []SkillID) []string {
	out := []string{}
	for _, id := range ids {
		out = append(out, SkillName(id))
	}
	return out
}

const sectioned = `The role
Our product runs on Docker.
Requirements
- 3 years of Python
- PostgreSQL in production
Nice to have
- Kafka
Benefits
- We pay for your Kubernetes certification`

func TestFeaturesSections(t *testing.T) {
	p := posting.Posting{Title: "Senior Backend Engineer", Seniority: "senior", DescriptionText: sectioned}
	f := NewFeatures(&p)
	if !f.Distinguished {
		t.Fatal("want Distinguished")
	}
	if got := names(f.Required); !reflect.DeepEqual(got, []string{"PostgreSQL", "Python"}) && !reflect.DeepEqual(got, []string{"Python", "PostgreSQL"}) {
		t.Errorf("required = %v", got)
	}
	if got := names(f.Nice); !reflect.DeepEqual(got, []string{"Apache Kafka"}) {
		t.Errorf("nice = %v", got)
	}
	if got := names(f.Other); !reflect.DeepEqual(got, []string{"Docker"}) {
		t.Errorf("other = %v (Kubernetes sits under Benefits and must be ignored)", got)
	}
	if f.Seniority != 3 || TermName(f.Title[0]) != "backend" || TermName(f.Title[1]) != "engin" || f.TitleWeight != 1.5 {
		t.Errorf("seniority %d title %v", f.Seniority, f.Title)
	}
}

func TestFeaturesInlineHeadings(t *testing.T) {
	p := posting.Posting{DescriptionText: "You will build services.\nRequirements: Python and Docker experience.\nBonus: Kubernetes"}
	f := NewFeatures(&p)
	if got := names(f.Nice); !reflect.DeepEqual(got, []string{"Kubernetes"}) {
		t.Errorf("nice = %v", got)
	}
	if len(f.Required) != 2 {
		t.Errorf("required = %v", names(f.Required))
	}
	// Without headings every skill is required.
	q := posting.Posting{DescriptionText: "We use Python and Kafka every day."}
	if g := NewFeatures(&q); g.Distinguished || len(g.Required) != 2 || len(g.Nice) != 0 {
		t.Errorf("undistinguished = %+v", g)
	}
}

func TestTitleTermsDevelopment(t *testing.T) {
	if got := TitleTerms("Business Development Representative"); !reflect.DeepEqual(got, []string{"busi", "develop", "repres"}) {
		t.Errorf("TitleTerms = %v: development names a field, not a developer", got)
	}
	if got := TitleTerms("Software Development Engineer"); !reflect.DeepEqual(got, []string{"softwar", "develop", "engin"}) {
		t.Errorf("TitleTerms = %v", got)
	}
}

func TestTitleTerms(t *testing.T) {
	if got := TitleTerms("Senior Full-Stack Developer (m/f/d)"); !reflect.DeepEqual(got, []string{"fullstack", "engin"}) {
		t.Errorf("TitleTerms = %v", got)
	}
	// fullstack+engin vs fullstack+engin = 1; "Java Developer" shares only the generic head:
	// 2×0.5 / (1.5 + 1.5) = 1/3.
	a, b := internTerms(TitleTerms("Full Stack Developer")), internTerms(TitleTerms("Java Developer"))
	if s := titleSimilarity(a, weightOf(a), b, weightOf(b)); math.Abs(s-1.0/3) > 1e-9 {
		t.Errorf("similarity = %v", s)
	}
}

func TestCurrency(t *testing.T) {
	if v, ok := AnnualUSD(5000, "EUR", "month"); !ok || math.Abs(v-66000) > 1e-6 {
		t.Errorf("AnnualUSD = %v %v, want 66000 (5000 × 12 × 1.10)", v, ok)
	}
	if _, ok := AnnualUSD(5000, "XXX", "month"); ok {
		t.Error("unknown currency must not convert")
	}
}

func TestScoreComponents(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python"}
	pr.DesiredTitles = []string{"Backend Engineer"}
	pr.Seniority = "senior"
	pr.SalaryFloor = &profile.SalaryFloor{Amount: 100000, Currency: "USD", Period: "year"}
	c := NewCandidate(pr, nil)
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p := posting.Posting{Title: "Backend Engineer", Seniority: "mid", DescriptionText: "We use Python and PostgreSQL.",
		PostedAt: now.AddDate(0, 0, -48), Salary: posting.Salary{Min: 80000, Max: 105000, Currency: "USD", Period: "year"}}
	f := NewFeatures(&p)
	r := Score(c, &f, 0.5, now.Unix())
	want := map[Component]float64{
		Skills:    0.75*0.8/5 + 0.25*0.8/6, // Python listed (0.8) of two required; coverage divides by at least five
		Title:     1,
		Seniority: 0.6, // one level apart
		Location:  Neutral,
		Salary:    0.85, // the top of the range clears the floor
		Recency:   1 - 41.0/83,
		Text:      0.5,
	}
	total := 0.0
	for comp, v := range want {
		if math.Abs(r.Parts[comp]-v) > 1e-9 {
			t.Errorf("%s = %v, want %v", comp, r.Parts[comp], v)
		}
		total += v * Weights[comp]
	}
	if math.Abs(r.Score-total) > 1e-9 {
		t.Errorf("score %v, want %v", r.Score, total)
	}
	for i := 0; i < 50; i++ {
		if Score(NewCandidate(pr, nil), &f, 0.5, now.Unix()) != r {
			t.Fatal("same inputs gave a different result")
		}
	}
}

func TestSalaryFit(t *testing.T) {
	c := NewCandidate(profile.Profile{SalaryFloor: &profile.SalaryFloor{Amount: 100000, Currency: "USD", Period: "year"}}, nil)
	for _, tc := range []struct {
		lo, hi, want float64
	}{{120000, 150000, 1}, {80000, 105000, 0.85}, {60000, 65000, 0}, {70000, 80000, (0.8 - 0.7) / 0.3 * 0.5}, {0, 0, Neutral}} {
		f := Features{AnnualMinUSD: tc.lo, AnnualMaxUSD: tc.hi}
		if got := c.salaryFit(&f); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%v–%v: %v, want %v", tc.lo, tc.hi, got, tc.want)
		}
	}
}

func TestDealbreaker(t *testing.T) {
	c := NewCandidate(profile.Profile{Dealbreakers: []string{"Crypto", "on call"}}, nil)
	if d := Dealbreaker(c, &posting.Posting{Title: "Engineer", DescriptionText: "We build crypto wallets."}); d != "crypto" {
		t.Errorf("got %q", d)
	}
	if d := Dealbreaker(c, &posting.Posting{Title: "Engineer", DescriptionText: "You will be on the call rota."}); d != "on call" {
		t.Errorf("got %q: every term of a dealbreaker present means met", d)
	}
	if d := Dealbreaker(c, &posting.Posting{Title: "Engineer", DescriptionText: "Payments."}); d != "" {
		t.Errorf("got %q", d)
	}
}

const textResume = `Jane Roe
jane@example.com

Summary
Backend engineer who likes quiet systems.

Experience
Backend Engineer, Acme, Berlin
Jan 2020 - Present
• Built billing services in Python on PostgreSQL.
• Ran the team's on-call rota.

Skills
Python, PostgreSQL, Kafka
`

func TestExplainEvidence(t *testing.T) {
	doc, err := resume.Extract(context.Background(), []byte(textResume), "cv.txt", resume.WithNow(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCandidate(profile.DefaultProfile(), &doc)
	p := posting.Posting{Title: "Backend Engineer", DescriptionText: "Requirements\n- Python\n- TypeScript\nNice to have\n- Kafka"}
	f := NewFeatures(&p)
	e := Explain(c, &p, &f, 0, time.Now())
	got := map[string]MatchedSkill{}
	for _, m := range e.Matched {
		got[m.Skill] = m
	}
	py := got["Python"]
	if !py.Evidence.Evidenced || !strings.Contains(py.Evidence.Line, "billing services in Python") || py.Kind != "required" {
		t.Errorf("Python evidence = %+v", py)
	}
	if p.DescriptionText[py.Start:py.End] != "Python" {
		t.Errorf("offsets point at %q", p.DescriptionText[py.Start:py.End])
	}
	if k := got["Apache Kafka"]; k.Evidence.Evidenced || k.Evidence.Line != "Python, PostgreSQL, Kafka" || k.Kind != "nice to have" {
		t.Errorf("Kafka evidence = %+v (listed only)", k)
	}
	if len(e.Missing) != 1 || e.Missing[0].Skill != "TypeScript" || e.Missing[0].Kind != "required" {
		t.Errorf("missing = %+v", e.Missing)
	}
	if len(e.Components) != int(NumComponents) || e.Components[0].Line != "You have 1 of 2 required skills and 1 of 1 nice-to-have. "+
		"It names few skills (2.5, counting nice-to-have as half and mentions as a quarter), so coverage is out of 5." {
		t.Errorf("components = %+v", e.Components)
	}
}

func TestBoundIsAnUpperBound(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python", "Kafka"}
	pr.DesiredTitles = []string{"Data Engineer"}
	c := NewCandidate(pr, nil)
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Unix()
	for _, text := range []string{"Requirements\n- Python\n- Spark", "We use Java and Kotlin.", "Nothing technical here.", "Apache Kafka, Python, Airflow"} {
		for _, title := range []string{"Data Engineer", "Frontend Developer", "Chef"} {
			p := posting.Posting{Title: title, DescriptionText: text}
			f := NewFeatures(&p)
			if s, b := Score(c, &f, 0.3, now).Score, Bound(c, &f, 0.3, now); s > b+1e-9 {
				t.Errorf("%q / %q: score %v above bound %v", title, text, s, b)
			}
		}
	}
	// No skills named and no shared title term: skills give their fixed 0.3, the title nothing.
	p := posting.Posting{Title: "Chef", DescriptionText: "Nothing technical here."}
	f := NewFeatures(&p)
	if b := Bound(c, &f, 0, now); b != Weights[Seniority]*Neutral+Weights[Location]*Neutral+Weights[Salary]*Neutral+Weights[Recency]*Neutral+Weights[Skills]*0.3 {
		t.Errorf("bound = %v", b)
	}
}

// TestFewSkillsNamed: a posting naming one skill the candidate has gets coverage out of
// MinSkillsAsked, so it cannot outrank one naming eight of which four match.
func TestFewSkillsNamed(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python", "Go", "Kubernetes", "PostgreSQL", "Artificial intelligence"}
	c := NewCandidate(pr, nil)
	sales := posting.Posting{Title: "Account Executive", DescriptionText: "Sell our AI platform to revenue teams."}
	eng := posting.Posting{Title: "Backend Engineer", DescriptionText: "We use Python, Go, Kubernetes, PostgreSQL, Kafka, Terraform, gRPC and Redis."}
	fs, fe := NewFeatures(&sales), NewFeatures(&eng)
	if len(fs.Required) != 1 || len(fe.Required) != 8 {
		t.Fatalf("required = %d and %d skills, want 1 and 8", len(fs.Required), len(fe.Required))
	}
	// Profile skills count 0.8 and gRPC, related to Go in the taxonomy, 0.4.
	// Sales: 0.8 of at least 5; engineering: 4 × 0.8 + 0.4 = 3.6 of 8.
	if got, want := c.skillFit(&fs), 0.75*0.8/5+0.25*0.8/6; math.Abs(got-want) > 1e-9 {
		t.Errorf("one skill named: fit %v, want %v", got, want)
	}
	if got, want := c.skillFit(&fe), 0.75*3.6/8+0.25*3.6/6; math.Abs(got-want) > 1e-9 {
		t.Errorf("eight named: fit %v, want %v", got, want)
	}
	e := Explain(c, &sales, &fs, 0, time.Now())
	if want := "You have 1 of the 1 skill it names. It names few skills (1), so coverage is out of 5."; e.Components[0].Line != want {
		t.Errorf("line = %q, want %q", e.Components[0].Line, want)
	}
}

// TestCompanyIsNotASkill: the employer's own name, and an acronym right after it, are not asked skills.
func TestCompanyIsNotASkill(t *testing.T) {
	p := posting.Posting{Title: "Account Executive", Company: "Notion",
		DescriptionText: "Notion AI helps teams. You keep notes in Notion and Salesforce; you know Slack."}
	var got []string
	for _, id := range NewFeatures(&p).Required {
		got = append(got, SkillName(id))
	}
	if want := []string{"Salesforce", "Slack"}; !reflect.DeepEqual(got, want) {
		t.Errorf("skills of a Notion posting = %v, want %v", got, want)
	}
	p.Company = "Acme"
	if n := len(NewFeatures(&p).Required); n != 4 {
		t.Errorf("another employer's posting names %d skills, want 4 (AI, Notion, Salesforce, Slack)", n)
	}
}

// TestOwnNamesAreNotSkills: the candidate's name, employers and contact line name no skill,
// while the same words elsewhere still would.
func TestOwnNamesAreNotSkills(t *testing.T) {
	cv := "JOHN DOE\njohn@example.com | LinkedIn: linkedin.com/in/johndoe\n\nExperience\nSoftware Developer, Facebook\nJan 2020 - Present\n• Built Python services.\n\nSkills\nPython, Go\n"
	doc, err := resume.Extract(context.Background(), []byte(cv), "cv.txt", resume.WithNow(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Contact.Name != "John Doe" || len(doc.Experience) != 1 || doc.Experience[0].Company != "Facebook" {
		t.Fatalf("parsed contact %+v, jobs %+v", doc.Contact, doc.Experience)
	}
	var got []string
	for _, e := range NewCandidate(profile.DefaultProfile(), &doc).Skills() {
		got = append(got, e.Skill)
	}
	if want := []string{"Go", "Python"}; !reflect.DeepEqual(got, want) {
		t.Errorf("skills = %v, want %v (no DOE, Facebook or LinkedIn)", got, want)
	}
	for _, w := range []string{"DOE", "Facebook", "LinkedIn"} {
		if n := len(defaultIndex().tax.Extract("We use " + w + " daily.")); n != 1 {
			t.Errorf("%q elsewhere gives %d skills, want 1", w, n)
		}
	}
}

// TestExplainSalaryLine: a range without a pay period is said to be stated but not compared, not "not stated".
func TestExplainSalaryLine(t *testing.T) {
	c := NewCandidate(profile.DefaultProfile(), nil)
	for _, tt := range []struct {
		sal  posting.Salary
		want string
	}{
		{posting.Salary{}, "Salary not stated (neutral)."},
		{posting.Salary{Min: 124400, Max: 260000, Currency: "USD"}, "Salary stated without a pay period, so it is not compared with your floor (neutral)."},
		{posting.Salary{Min: 100000, Max: 120000, Currency: "USD", Period: "year", AnnualMin: 100000, AnnualMax: 120000}, "Pays about $120k a year; you set no floor (neutral)."},
	} {
		p := posting.Posting{Title: "Designer", Salary: tt.sal}
		f := NewFeatures(&p)
		e := Explain(c, &p, &f, 0, time.Now())
		if got := e.Components[Salary].Line; got != tt.want {
			t.Errorf("salary %+v: line %q, want %q", tt.sal, got, tt.want)
		}
	}
}
