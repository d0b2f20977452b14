package normalize

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestFindSalaryNumberBeforeARangeDash keeps the amount when the number before its dash makes no pay range
// with it (a year, a level, a band, shorthand "40 - 60,000"): the amount still ends a range, so it is the
// upper bound, as ParseSalary reads "- 60,000 EUR".
func TestFindSalaryNumberBeforeARangeDash(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
	}{
		{"Salary: 2024 - 60,000 EUR per year", 0, 60000},
		{"Compensation: Level 3 - 60,000 EUR", 0, 60000},
		{"Our pay: Band 2 - 85,000 USD annually", 0, 85000},
		{"Salary: 40 - 60,000 EUR", 0, 60000},
		{"Salary: 50,000 - 60,000 EUR per year", 50000, 60000},
	}
	for _, tt := range tests {
		s, ok := FindSalary(tt.text)
		if !ok || s.Min != tt.min || s.Max != tt.max {
			t.Errorf("FindSalary(%q) = %v-%v %v, want %v-%v", tt.text, s.Min, s.Max, ok, tt.min, tt.max)
		}
	}
}

// TestSalaryLakhAndCroreOnlyInRupees reads "LPA", "lakh" and "crore" as Indian multipliers only for rupees
// or an amount with no currency, never after another currency.
func TestSalaryLakhAndCroreOnlyInRupees(t *testing.T) {
	tests := []struct {
		raw      string
		min      float64
		currency string
	}{
		{"₹1.5 crore", 15_000_000, "INR"},
		{"¥5,000,000 CR", 5_000_000, "JPY"},
		{"USD 5 Cr", 5, "USD"},
	}
	for _, tt := range tests {
		s, _ := ParseSalary(tt.raw)
		if s.Min != tt.min || s.Currency != tt.currency {
			t.Errorf("ParseSalary(%q) = %v %q, want %v %q", tt.raw, s.Min, s.Currency, tt.min, tt.currency)
		}
	}
}

// TestSalaryDaysPerWeekIsNoPeriod: "3 days/week" says how often one works somewhere, not what the pay is per.
func TestSalaryDaysPerWeekIsNoPeriod(t *testing.T) {
	for _, raw := range []string{"$120k, 1 day/week in office", "$120,000, remote 3 days/week"} {
		if s, _ := ParseSalary(raw); s.Min != 120000 || s.Period != posting.PeriodYear && s.Period != "" {
			t.Errorf("ParseSalary(%q) = %v per %q, want 120000 with no weekly period", raw, s.Min, s.Period)
		}
	}
	if s, ok := FindSalary("We pay 60,000 EUR. Work 2 days/week from the office."); !ok || s.Period == posting.PeriodWeek {
		t.Errorf("FindSalary(days/week) = %+v %v, want a pay with no weekly period", s, ok)
	}
}
