package notify

import (
	"fmt"
	"math"
	"strings"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/validate"
)

// Values an alert's filters may take; the same words the postings carry.
var (
	workModes       = []string{"remote", "hybrid", "onsite"}
	employmentTypes = []string{"full_time", "part_time", "contract", "temporary", "internship", "freelance"}
)

// normalize cleans the filters in place and returns one error per bad value, so an alert never
// stores a filter that could match nothing by mistake.
func (f *Filters) normalize() validate.Errors {
	var fe validate.Errors
	words := func(field string, list []string, allowed []string, upper bool) []string {
		out := make([]string, 0, len(list))
		for i, v := range list {
			v = strings.TrimSpace(v)
			if upper {
				v = strings.ToUpper(v)
			} else {
				v = strings.ToLower(v)
			}
			ok := false
			if allowed == nil {
				ok = profile.IsCountry(v)
			}
			for _, a := range allowed {
				ok = ok || v == a
			}
			if !ok {
				want := "one of " + strings.Join(allowed, ", ")
				if allowed == nil {
					want = "an ISO 3166 alpha-2 country code"
				}
				fe.Add(fmt.Sprintf("filters.%s[%d]", field, i), fmt.Sprintf("%q is not %s", v, want))
				continue
			}
			out = append(out, v)
		}
		return out
	}
	f.WorkModes = words("work_modes", f.WorkModes, workModes, false)
	f.Countries = words("countries", f.Countries, nil, true)
	f.Seniorities = words("seniorities", f.Seniorities, profile.Seniorities, false)
	f.EmploymentTypes = words("employment_types", f.EmploymentTypes, employmentTypes, false)
	if math.IsNaN(f.MinSalary) || f.MinSalary < 0 || f.MinSalary > 1e9 {
		fe.Add("filters.min_salary", "must be an amount from 0 to 1,000,000,000")
	}
	f.SalaryCurrency = strings.ToUpper(strings.TrimSpace(f.SalaryCurrency))
	if f.SalaryCurrency != "" && !profile.IsCurrency(f.SalaryCurrency) {
		fe.Add("filters.salary_currency", "must be a 3-letter ISO 4217 currency code such as USD or EUR")
	}
	f.SalaryPeriod = strings.ToLower(strings.TrimSpace(f.SalaryPeriod))
	if f.SalaryPeriod != "" && !contains(profile.Periods, f.SalaryPeriod) {
		fe.Add("filters.salary_period", "must be one of "+strings.Join(profile.Periods, ", "))
	}
	return fe
}
