package search

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search/analyze"
)

var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func testDocs() []Doc {
	day := func(n int) time.Time { return testNow.AddDate(0, 0, -n) }
	return []Doc{
		{ID: "a", Source: "s1", SourceKinds: []string{"greenhouse"}, Posting: posting.Posting{Title: "Senior Python Engineer", Company: "Acme", CompanyKey: "acme",
			DescriptionText: "Requirements\n- Python\n- PostgreSQL\nWe do machine learning for crypto.", WorkMode: "remote",
			Seniority: "senior", EmploymentType: "full_time", PostedAt: day(1),
			Salary: posting.Salary{Min: 90000, Max: 120000, Currency: "EUR", Period: "year"}}},
		{ID: "b", Source: "s1", SourceKinds: []string{"greenhouse"}, Posting: posting.Posting{Title: "Frontend Engineer", Company: "Beta", CompanyKey: "beta",
			DescriptionText: "React and TypeScript. Some Python scripts.", WorkMode: "onsite",
			Locations: []posting.Location{{City: "Berlin", Country: "DE"}}, Seniority: "mid", PostedAt: day(3)}},
		{ID: "c", Source: "s2", SourceKinds: []string{"greenhouse", "lever"}, Posting: posting.Posting{Title: "Data Engineer", Company: "Acme", CompanyKey: "acme",
			DescriptionText: "Python, Spark and machine learning pipelines.", WorkMode: "hybrid",
			Locations: []posting.Location{{City: "Paris", Country: "FR"}}, PostedAt: day(40)}},
		{ID: "d", Source: "s2", SourceKinds: []string{"lever"}, Closed: true, Posting: posting.Posting{Title: "Python Developer", Company: "Gamma", CompanyKey: "gamma",
			DescriptionText: "Python.", PostedAt: day(2)}},
	}
}

func newTestIndex(docs []Doc) *Index {
	ix := New()
	ix.SetClock(func() time.Time { return testNow })
	ix.Build(docs, 2)
	return ix
}

func ids(hits []Hit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func TestParseQuery(t *testing.T) {
	p := parseQuery(`Golang "machine learning engineers" -crypto -"on call"`)
	if !reflect.DeepEqual(p.groups, [][]string{{"golang"}, {"ml", "engin"}}) {
		t.Errorf("groups = %q", p.groups)
	}
	if !reflect.DeepEqual(p.not, [][]string{{"crypto"}, {"call"}}) { // "on" is a stop word
		t.Errorf("not = %q", p.not)
	}
	// Plain words are analysed together, so a joined form spans them; a quote or an exclusion ends the run.
	p = parseQuery(`Senior Site Reliability "front end" back -end machine -learning dev`)
	if !reflect.DeepEqual(p.groups, [][]string{{"senior"}, {"sre"}, {"frontend"}, {"back"}, {"machin"}, {"dev"}}) {
		t.Errorf("groups = %q", p.groups)
	}
	if !reflect.DeepEqual(p.not, [][]string{{"end"}, {"learn"}}) {
		t.Errorf("not = %q", p.not)
	}
}

func TestSearchText(t *testing.T) {
	ix := newTestIndex(testDocs())
	cases := []struct {
		q    string
		want []string
	}{
		{"python", []string{"a", "b", "c"}},        // title boost puts a first; b beats c on a shorter skills field; d is closed
		{"python -crypto", []string{"b", "c"}},     // exclusion
		{`"machine learning"`, []string{"a", "c"}}, // phrase as all its terms
		{"python acme", []string{"a", "c"}},        // every word must match, in any field
		{"engineers", []string{"b", "c", "a"}},     // stemming: engineers → engin
		{"nothing-like-this", []string{}},
		// Words that cannot be searched (stop words, punctuation, over-long tokens) match nothing, not everything.
		{"the", []string{}},
		{"(", []string{}},
		{strings.Repeat("z", 50), []string{}},
	}
	for _, c := range cases {
		res, err := ix.Search(Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res.Hits); !reflect.DeepEqual(got, c.want) || res.Total != len(c.want) {
			t.Errorf("%q = %v (total %d), want %v", c.q, got, res.Total, c.want)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	ix := newTestIndex(testDocs())
	cases := []struct {
		name string
		f    Filter
		want []string
	}{
		{"default open, by date", Filter{}, []string{"a", "b", "c"}},
		{"all statuses", Filter{Status: "all"}, []string{"a", "d", "b", "c"}},
		{"closed", Filter{Status: "closed"}, []string{"d"}},
		{"remote", Filter{WorkModes: []string{"remote"}}, []string{"a"}},
		{"country", Filter{Countries: []string{"FR"}}, []string{"c"}},
		{"city", Filter{Cities: []string{"berlin"}}, []string{"b"}},
		{"company", Filter{Companies: []string{"acme"}}, []string{"a", "c"}},
		{"source", Filter{Sources: []string{"s2"}}, []string{"c"}},
		// A source value is a source id or a kind; a kind matches any source that lists the posting
		// (c is s2's, a lever board, and a greenhouse board's too).
		{"source kind", Filter{Sources: []string{"lever"}}, []string{"c"}},
		{"source kind of a later source", Filter{Sources: []string{"greenhouse"}}, []string{"a", "b", "c"}},
		{"source kind in capitals", Filter{Sources: []string{"Lever"}}, []string{"c"}},
		{"source kind closed", Filter{Sources: []string{"lever"}, Status: "all"}, []string{"d", "c"}},
		{"source id or kind", Filter{Sources: []string{"s2", "ashby"}}, []string{"c"}},
		{"source kind no posting has", Filter{Sources: []string{"workable"}}, []string{}},
		{"seniority", Filter{Seniorities: []string{"mid"}}, []string{"b"}},
		{"employment", Filter{EmploymentTypes: []string{"full_time"}}, []string{"a"}},
		{"posted within a week", Filter{PostedWithin: 7 * 24 * time.Hour}, []string{"a", "b"}},
		// 120,000 EUR ≈ 132,000 USD a year: clears 10,000 USD a month (120,000 a year), not 12,000 (144,000).
		{"min salary monthly USD", Filter{MinSalary: 10000, SalaryCurrency: "USD", SalaryPeriod: "month"}, []string{"a"}},
		{"min salary too high", Filter{MinSalary: 12000, SalaryCurrency: "USD", SalaryPeriod: "month"}, []string{}},
		{"saved ids", Filter{IDs: map[string]bool{"c": true}}, []string{"c"}},
		{"not dismissed", Filter{NotIDs: map[string]bool{"a": true}}, []string{"b", "c"}},
	}
	for _, c := range cases {
		res, err := ix.Search(Query{Filter: c.f})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res.Hits); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestFacetsAndCursor(t *testing.T) {
	ix := newTestIndex(testDocs())
	res, err := ix.Search(Query{Text: "python", Facets: true, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]FacetCount{
		"work_mode":       {{"hybrid", 1, ""}, {"onsite", 1, ""}, {"remote", 1, ""}},
		"company":         {{"acme", 2, "Acme"}, {"beta", 1, "Beta"}},
		"country":         {{"DE", 1, ""}, {"FR", 1, ""}},
		"seniority":       {{"mid", 1, ""}, {"senior", 1, ""}},
		"employment_type": {{"full_time", 1, ""}},
		"source":          {{"s1", 2, ""}, {"s2", 1, ""}},
		"salary":          {{"stated", 1, ""}},
	}
	if !reflect.DeepEqual(res.Facets, want) {
		t.Errorf("facets = %v", res.Facets)
	}
	var pages []string
	for i := 0; i < 5 && (i == 0 || res.NextCursor != ""); i++ {
		if i > 0 {
			if res, err = ix.Search(Query{Text: "python", Limit: 1, Cursor: res.NextCursor}); err != nil {
				t.Fatal(err)
			}
		}
		pages = append(pages, ids(res.Hits)...)
	}
	if !reflect.DeepEqual(pages, []string{"a", "b", "c"}) {
		t.Errorf("pages = %v", pages)
	}
	if _, err := ix.Search(Query{Cursor: "!!"}); err != ErrCursor {
		t.Errorf("bad cursor: %v", err)
	}
	if _, err := ix.Search(Query{Sort: SortScore}); err != ErrSort {
		t.Errorf("score sort without candidate: %v", err)
	}
}

func TestMatchesDeterministicAndIncremental(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python", "PostgreSQL"}
	pr.DesiredTitles = []string{"Python Engineer"}
	pr.Dealbreakers = []string{"crypto"}
	docs := testDocs()
	ix := newTestIndex(docs)
	c := match.NewCandidate(pr, nil)
	res, err := ix.Matches(c, Query{})
	if err != nil {
		t.Fatal(err)
	}
	first := ids(res.Hits)
	// a is a dealbreaker (crypto), d closed; b and c both hold Python of three skills, b is newer.
	if !reflect.DeepEqual(first, []string{"b", "c"}) {
		t.Fatalf("matches = %v", first)
	}
	// Reverse insertion order, then replace and compact: same ranking, same scores.
	rev := New()
	rev.SetClock(func() time.Time { return testNow })
	for i := len(docs) - 1; i >= 0; i-- {
		rev.Upsert(docs[i])
	}
	rev.Upsert(docs[1])
	rev.Compact()
	res2, _ := rev.Matches(c, Query{})
	if !reflect.DeepEqual(res.Hits, res2.Hits) {
		t.Errorf("order-dependent: %+v vs %+v", res.Hits, res2.Hits)
	}
	rev.Remove("c")
	res3, _ := rev.Matches(c, Query{})
	if got := ids(res3.Hits); !reflect.DeepEqual(got, []string{"b"}) {
		t.Errorf("after remove: %v", got)
	}
}

func TestSimilarAndGap(t *testing.T) {
	ix := newTestIndex(testDocs())
	hits, ok := ix.Similar("a", 5)
	if !ok || len(hits) == 0 || hits[0].ID == "a" {
		t.Fatalf("similar = %v %v", hits, ok)
	}
	for _, h := range hits {
		if h.ID == "d" {
			t.Error("closed posting offered as similar")
		}
	}
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python"}
	gap, err := ix.SkillGap(match.NewCandidate(pr, nil), Query{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]GapSkill{}
	for _, g := range gap {
		got[g.Skill] = g
	}
	// The top two are a (asks ML, PostgreSQL) and b (React, TypeScript); c also asks ML and
	// would pass b's score with it, so ML unlocks one more match.
	want := []GapSkill{{"Machine learning", 1, 1}, {"PostgreSQL", 1, 0}, {"React", 1, 0}, {"TypeScript", 1, 0}}
	if !reflect.DeepEqual(gap, want) {
		t.Errorf("gap = %+v, want %+v", gap, want)
	}
	_ = got
}

// TestUpsertAfterBuild adds to term lists a build packed into one array: the new
// posting is found and the lists packed beside them still read right.
func TestUpsertAfterBuild(t *testing.T) {
	docs := testDocs()
	ix := newTestIndex(docs[:3])
	ix.Upsert(docs[3])
	e := Doc{ID: "e", Posting: posting.Posting{Title: "Python Engineer", DescriptionText: "Python and Spark.", PostedAt: testNow}}
	ix.Upsert(e)
	res, err := ix.Search(Query{Text: "python", Filter: Filter{Status: "all"}, Sort: SortDate})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res.Hits); !reflect.DeepEqual(got, []string{"e", "a", "d", "b", "c"}) {
		t.Errorf("python = %v", got)
	}
	res, _ = ix.Search(Query{Text: "spark", Sort: SortDate})
	if got := ids(res.Hits); !reflect.DeepEqual(got, []string{"e", "c"}) {
		t.Errorf("spark = %v", got)
	}
	if !ix.Has("a") || !ix.Has("e") || ix.Len() != 5 {
		t.Errorf("len %d", ix.Len())
	}
}

// Accents do not matter to search or the city filter: "São Paulo" is found as "sao paulo",
// "Zurich" finds "Zürich", and the other way round.
func TestSearchFoldsAccents(t *testing.T) {
	ix := newTestIndex([]Doc{
		{ID: "z", Posting: posting.Posting{Title: "Backend Engineer", DescriptionText: "Our office für Plattformen.",
			Locations: []posting.Location{{City: "Zürich", Country: "CH"}}, PostedAt: testNow}},
		{ID: "s", Posting: posting.Posting{Title: "Data Engineer", DescriptionText: "Join us in Sao Paulo.",
			Locations: []posting.Location{{City: "Sao Paulo", Country: "BR"}}, PostedAt: testNow}},
	})
	cases := []struct {
		q    Query
		want []string
	}{
		{Query{Text: "São Paulo"}, []string{"s"}},
		{Query{Text: "fur"}, []string{"z"}},
		{Query{Text: "engineer", Filter: Filter{Cities: []string{"Zurich"}}}, []string{"z"}},
		{Query{Text: "engineer", Filter: Filter{Cities: []string{"São Paulo"}}}, []string{"s"}},
		{Query{Text: "engineer", Filter: Filter{Cities: []string{"ZÜRICH"}}}, []string{"z"}},
	}
	for _, c := range cases {
		res, err := ix.Search(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res.Hits); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q cities %v: %v, want %v", c.q.Text, c.q.Filter.Cities, got, c.want)
		}
	}
}

// A two-word form the analyser joins in documents ("Site Reliability" → sre) is joined in a
// query of plain words too: written out, unquoted, in any case, the phrase finds exactly what
// its joined term and its quoted form find. Each phrase has a posting that names it and a decoy
// that holds both words apart, which word-by-word analysis of the query found instead.
func TestSearchJoinedPhrases(t *testing.T) {
	upper1 := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	var docs []Doc
	type join struct{ first, second, term string }
	var joins []join
	analyze.EachJoin(func(first, second, term string) {
		joins = append(joins, join{first, second, term})
		docs = append(docs,
			Doc{ID: "phrase-" + term, Posting: posting.Posting{Title: "Senior " + upper1(first) + " " + upper1(second) + " Engineer",
				DescriptionText: "Keep production healthy.", PostedAt: testNow}},
			Doc{ID: "decoy-" + term, Posting: posting.Posting{Title: "Senior Engineer",
				DescriptionText: "Our " + first + " team and " + second + " matter.", PostedAt: testNow}})
	})
	if len(joins) < 6 {
		t.Fatalf("only %d joined forms", len(joins))
	}
	ix := newTestIndex(docs)
	for _, j := range joins {
		want := []string{"phrase-" + j.term}
		phrase := j.first + " " + j.second
		title := "Senior " + upper1(j.first) + " " + upper1(j.second) + " Engineer"
		for _, q := range []string{j.term, `"` + phrase + `"`, phrase, strings.ToUpper(phrase), upper1(j.first) + " " + upper1(j.second),
			j.first + "-" + j.second, title, strings.ToLower(title), "engineer " + phrase + " -manager", `"senior" ` + phrase} {
			res, err := ix.Search(Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(res.Hits); !reflect.DeepEqual(got, want) || res.Total != 1 {
				t.Errorf("%q = %v (total %d), want %v", q, got, res.Total, want)
			}
		}
	}
}

// The company facet counts company keys (what the Companies filter takes) and labels each with the
// company name of the most recently indexed posting with that key.
func TestCompanyFacetLabel(t *testing.T) {
	doc := func(id, company, key string, day int) Doc {
		return Doc{ID: id, Source: "s1", Posting: posting.Posting{Title: "Engineer", Company: company, CompanyKey: key,
			DescriptionText: "Go.", PostedAt: testNow.AddDate(0, 0, -day)}}
	}
	ix := newTestIndex([]Doc{
		doc("p1", "Parent", "parent", 3),
		doc("p2", "Parent Ltd.", "parent", 2),
		doc("r1", "RTC-Rath GmbH", "rtcrath", 1),
		doc("w1", "Wealth.com", "wealthcom", 4),
	})
	res, err := ix.Search(Query{Text: "engineer", Facets: true, Filter: Filter{Companies: []string{"parent", "rtcrath"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []FacetCount{{Value: "parent", Count: 2, Label: "Parent Ltd."}, {Value: "rtcrath", Count: 1, Label: "RTC-Rath GmbH"}}
	if got := res.Facets["company"]; !reflect.DeepEqual(got, want) {
		t.Errorf("company facet = %+v, want %+v", got, want)
	}
	// A later posting's spelling replaces the label; a posting without a company name keeps it.
	ix.Upsert(doc("p3", "  Parent Limited ", "parent", 0))
	ix.Upsert(doc("r2", "", "rtcrath", 0))
	res, _ = ix.Search(Query{Facets: true})
	want = []FacetCount{{Value: "parent", Count: 3, Label: "Parent Limited"}, {Value: "rtcrath", Count: 2, Label: "RTC-Rath GmbH"},
		{Value: "wealthcom", Count: 1, Label: "Wealth.com"}}
	if got := res.Facets["company"]; !reflect.DeepEqual(got, want) {
		t.Errorf("company facet after upserts = %+v, want %+v", got, want)
	}
	if res.Facets["seniority"] != nil || res.Facets["source"][0].Label != "" {
		t.Errorf("other facets carry labels: %+v", res.Facets)
	}
}
