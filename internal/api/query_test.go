package api_test

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// importPaid imports three engineer postings: 120,000 USD a year, 100,000 EUR a year and one without pay.
func importPaid(t *testing.T, h *harness) {
	t.Helper()
	usd, eur := 120000.0, 100000.0
	drafts := []posting.Draft{
		{ExternalID: "usd", Title: "Backend Engineer", Company: "Dollar Co", DescriptionText: "Go engineer.", URL: "https://example.com/usd",
			Compensation: []posting.Compensation{{Min: &usd, Currency: "USD", Period: "year"}}},
		{ExternalID: "eur", Title: "Platform Engineer", Company: "Euro Co", DescriptionText: "Go engineer.", URL: "https://example.com/eur",
			Compensation: []posting.Compensation{{Min: &eur, Currency: "EUR", Period: "year"}}},
		{ExternalID: "none", Title: "Data Engineer", Company: "Quiet Co", DescriptionText: "Go engineer.", URL: "https://example.com/none"},
	}
	if _, err := h.ing.Import(context.Background(), "json", drafts, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := h.match.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
}

type problemBody struct {
	Detail string
	Errors []struct{ Field, Message string }
}

// problemErrors is "field: message" per error, sorted (duplicates kept), and the detail.
func problemErrors(t *testing.T, body []byte) ([]string, string) {
	t.Helper()
	var p problemBody
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range p.Errors {
		out = append(out, e.Field+": "+e.Message)
	}
	sort.Strings(out)
	return out, p.Detail
}

func TestListQueryValidation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		importPaid(t, h)
		c := h.registerBrowser("query@example.com")

		const (
			currency = "salary_currency: must be an ISO 4217 code the server knows, such as USD, EUR, GBP"
			period   = "salary_period: must be hour, day, week, month or year"
			amount   = "min_salary: must be a number, 0 or more"
			facets   = "facets: must be true or false"
		)
		bad := []struct {
			query string
			want  []string
		}{
			{"min_salary=100000&salary_currency=XYZ", []string{currency}},
			{"salary_period=fortnight", []string{period}},
			{"min_salary=NaN", []string{amount}},
			{"min_salary=-5", []string{amount}},
			{"min_salary=Inf", []string{amount}},
			{"facets=maybe", []string{facets}},
			{"min_salary=-5&salary_period=fortnight&salary_currency=xyz&facets=maybe&work_mode=moon&work_mode=mars",
				[]string{amount, currency, period, facets, "work_mode: must be remote, hybrid or onsite"}},
			{"seniority=godlike", []string{"seniority: must be intern, junior, mid, senior, staff, principal, lead, manager, director or executive"}},
			{"employment_type=gig", []string{"employment_type: must be full_time, part_time, contract, temporary, internship or freelance"}},
			{"country=1", []string{"country: must be ISO 3166-1 alpha-2 codes or region codes such as DE, US, EU, EMEA"}},
			{"state=hidden&status=gone&limit=0&posted_within=x", []string{"limit: must be from 1 to 200", "posted_within: must be a number of days from 1 to 3650",
				"state: must be saved, dismissed, not_dismissed or any", "status: must be open, closed or all"}},
		}
		for _, route := range []string{"/api/v1/search?", "/api/v1/jobs?q=engineer&", "/api/v1/jobs/matches?"} {
			for _, b := range bad {
				r := c.expect("GET", route+b.query, nil, 422)
				sort.Strings(b.want)
				got, detail := problemErrors(t, r.body)
				if strings.Join(got, "\n") != strings.Join(b.want, "\n") {
					t.Errorf("%s%s: errors\n%s\nwant\n%s", route, b.query, strings.Join(got, "\n"), strings.Join(b.want, "\n"))
				}
				if detail != "One or more query parameters are invalid." {
					t.Errorf("%s%s: a read's detail is %q", route, b.query, detail)
				}
			}
		}

		// The plain jobs list reads its own parameters by the same rules and names the search filters it does not take.
		got, _ := problemErrors(t, c.expect("GET", "/api/v1/jobs?min_salary=100000&salary_currency=XYZ&saved=perhaps&status=gone", nil, 422).body)
		want := []string{"min_salary: is a search filter: add q, or use /api/v1/search", "salary_currency: is a search filter: add q, or use /api/v1/search",
			"saved: must be true or false", "status: must be open, closed or all"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("jobs list errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		got, _ = problemErrors(t, c.expect("GET", "/api/v1/search?saved=true", nil, 422).body)
		if strings.Join(got, "\n") != "saved: is not a parameter of this route" {
			t.Errorf("search?saved=true errors %v", got)
		}

		// Matches are ranked by score only, and say so.
		got, _ = problemErrors(t, c.expect("GET", "/api/v1/jobs/matches?sort=date", nil, 422).body)
		if strings.Join(got, "\n") != "sort: must be score" {
			t.Errorf("matches?sort=date errors %v", got)
		}
		c.expect("GET", "/api/v1/jobs/matches?sort=score", nil, 200)
		got, _ = problemErrors(t, c.expect("GET", "/api/v1/search?sort=newest", nil, 422).body)
		if strings.Join(got, "\n") != "sort: must be relevance, score or date" {
			t.Errorf("search?sort=newest errors %v", got)
		}

		// A known currency filters: 100,000 EUR a year is 110,000 USD, under a 115,000 USD floor; pay-less postings drop out.
		titles := func(path string) string {
			var p matchesPage
			json.Unmarshal(c.expect("GET", path, nil, 200).body, &p)
			var ts []string
			for _, m := range p.Matches {
				ts = append(ts, m.Job.Title)
			}
			sort.Strings(ts)
			return strings.Join(ts, ",")
		}
		for _, route := range []string{"/api/v1/search?", "/api/v1/jobs?q=engineer&", "/api/v1/jobs/matches?"} {
			if got := titles(route + "min_salary=115000&salary_currency=usd"); got != "Backend Engineer" {
				t.Errorf("%s 115000 USD: %s", route, got)
			}
			if got := titles(route + "min_salary=100000&salary_currency=EUR"); got != "Backend Engineer,Platform Engineer" {
				t.Errorf("%s 100000 EUR: %s", route, got)
			}
			if got := titles(route + "min_salary=0&facets=false"); got != "Backend Engineer,Data Engineer,Platform Engineer" {
				t.Errorf("%s no floor: %s", route, got)
			}
		}
	})
}

func TestSkillGapQuery(t *testing.T) {
	h := newHarness(t, store.SQLite)
	importPaid(t, h)
	c := h.registerBrowser("gap@example.com")
	c.expect("GET", "/api/v1/skills/gap?top=5&min_salary=1000&salary_currency=EUR", nil, 200)
	got, _ := problemErrors(t, c.expect("GET", "/api/v1/skills/gap?top=0&salary_currency=XYZ&state=saved&sort=date", nil, 422).body)
	want := []string{"salary_currency: must be an ISO 4217 code the server knows, such as USD, EUR, GBP", "sort: is not a parameter of this route",
		"state: is not a parameter of this route", "top: must be from 1 to 500"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("gap errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
