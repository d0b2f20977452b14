package api

import (
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
)

// employmentTypes are the employment_type values postings carry.
var employmentTypes = []string{normalize.EmploymentFullTime, normalize.EmploymentPartTime, normalize.EmploymentContract,
	normalize.EmploymentTemporary, normalize.EmploymentInternship, normalize.EmploymentFreelance}

// searchQuery reads the shared search and match parameters: q, work_mode, country, city, min_salary
// (in salary_currency and salary_period, by default those of the profile's salary floor), seniority,
// employment_type, company, source, posted_within (days), status (open|closed|all), state
// (saved|dismissed|not_dismissed|any), sort (the route's orders), cursor, limit, facets.
func searchQuery(qr *queryReader, floor *profile.SalaryFloor) (search.Query, string) {
	sq := search.Query{Text: qr.v.Get("q"), Cursor: qr.get("cursor"), Sort: qr.sortOrder(), Facets: qr.boolean("facets")}
	f := &sq.Filter
	f.WorkModes = qr.listOf("work_mode", posting.WorkModeRemote, posting.WorkModeHybrid, posting.WorkModeOnsite)
	for _, c := range qr.list("country") {
		c = strings.ToUpper(c)
		if !isPlaceCode(c) {
			qr.fe.Add("country", "must be ISO 3166-1 alpha-2 codes or region codes such as DE, US, EU, EMEA")
			break
		}
		f.Countries = append(f.Countries, c)
	}
	f.Cities = qr.list("city")
	f.Seniorities = qr.listOf("seniority", profile.Seniorities...)
	f.EmploymentTypes = qr.listOf("employment_type", employmentTypes...)
	f.Sources = qr.list("source")
	for _, c := range qr.list("company") {
		f.Companies = append(f.Companies, normalize.CompanyKey(c))
	}
	f.SalaryCurrency, f.SalaryPeriod = "USD", posting.PeriodYear
	if floor != nil && floor.Currency != "" {
		f.SalaryCurrency, f.SalaryPeriod = floor.Currency, floor.Period
	}
	if c := qr.currency("salary_currency"); c != "" {
		f.SalaryCurrency = c
	}
	if p := qr.oneOf("salary_period", profile.Periods...); p != "" {
		f.SalaryPeriod = p
	}
	f.MinSalary = qr.amount("min_salary")
	f.PostedWithin = time.Duration(qr.intIn("posted_within", 1, 3650, 0, "must be a number of days from 1 to 3650")) * 24 * time.Hour
	f.Status = qr.oneOf("status", "open", "closed", "all")
	state := qr.oneOf("state", index.StateSaved, index.StateDismissed, index.StateNotDismissed, "any")
	if state == "any" {
		state = index.StateAny
	}
	sq.Limit = qr.intIn("limit", 1, 200, 0, "must be from 1 to 200")
	return sq, state
}

// isPlaceCode reports whether c is a country code or an upper-case region code (EU, EMEA, NORTH_AMERICA).
func isPlaceCode(c string) bool {
	if profile.IsCountry(c) || c == "EU" {
		return true
	}
	if len(c) < 3 || len(c) > 16 {
		return false
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && r != '_' {
			return false
		}
	}
	return true
}
