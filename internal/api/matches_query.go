package api

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/validate"
)

// listParam reads a parameter given several times or as a comma list.
func listParam(r *http.Request, name string) []string {
	var out []string
	for _, v := range r.URL.Query()[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// searchQuery reads the shared search and match parameters: q, work_mode, country, city, min_salary
// (in salary_currency and salary_period, by default those of the profile's salary floor), seniority,
// employment_type, company, source, posted_within (days), status (open|closed|all), state
// (saved|dismissed|not_dismissed|any), sort (relevance|score|date), cursor, limit, facets.
func (a *API) searchQuery(r *http.Request, floor *profile.SalaryFloor) (search.Query, string, error) {
	q := r.URL.Query()
	var fe validate.Errors
	sq := search.Query{Text: q.Get("q"), Cursor: q.Get("cursor"), Sort: q.Get("sort"), Facets: q.Get("facets") == "true"}
	f := &sq.Filter
	f.WorkModes = listParam(r, "work_mode")
	for _, m := range f.WorkModes {
		if m != "remote" && m != "hybrid" && m != "onsite" {
			fe.Add("work_mode", "must be remote, hybrid or onsite")
			break
		}
	}
	for _, c := range listParam(r, "country") {
		f.Countries = append(f.Countries, strings.ToUpper(c))
	}
	f.Cities = listParam(r, "city")
	f.Seniorities = listParam(r, "seniority")
	f.EmploymentTypes = listParam(r, "employment_type")
	f.Sources = listParam(r, "source")
	for _, c := range listParam(r, "company") {
		f.Companies = append(f.Companies, normalize.CompanyKey(c))
	}
	if v := q.Get("min_salary"); v != "" {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n < 0 {
			fe.Add("min_salary", "must be a positive number")
		}
		f.MinSalary = n
		f.SalaryCurrency, f.SalaryPeriod = "USD", "year"
		if floor != nil {
			f.SalaryCurrency, f.SalaryPeriod = floor.Currency, floor.Period
		}
		if c := q.Get("salary_currency"); c != "" {
			f.SalaryCurrency = strings.ToUpper(c)
		}
		if p := q.Get("salary_period"); p != "" {
			f.SalaryPeriod = p
		}
	}
	if v := q.Get("posted_within"); v != "" {
		days, err := strconv.Atoi(v)
		if err != nil || days < 1 || days > 3650 {
			fe.Add("posted_within", "must be a number of days from 1 to 3650")
		}
		f.PostedWithin = time.Duration(days) * 24 * time.Hour
	}
	switch s := q.Get("status"); s {
	case "", "open", "closed", "all":
		f.Status = s
	default:
		fe.Add("status", "must be open, closed or all")
	}
	state := q.Get("state")
	switch state {
	case "", "any":
		state = index.StateAny
	case index.StateSaved, index.StateDismissed, index.StateNotDismissed:
	default:
		fe.Add("state", "must be saved, dismissed, not_dismissed or any")
	}
	switch sq.Sort {
	case "", search.SortRelevance, search.SortScore, search.SortDate:
	default:
		fe.Add("sort", "must be relevance, score or date")
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			fe.Add("limit", "must be from 1 to 200")
		}
		sq.Limit = n
	}
	return sq, state, fe.Err()
}
