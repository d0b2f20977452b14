package normalize

import (
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestPeriodISODuration reads a pay interval written as an ISO 8601 duration of one unit, as schema.org's
// unitText and some APIs give it: P1Y is a year, P1M a month, P1W a week, P1D a day, PT1H an hour. A
// duration of more than one unit (P2W, PT8H) is not one of our periods and gives none.
func TestPeriodISODuration(t *testing.T) {
	tests := []struct{ in, want string }{
		{"P1Y", posting.PeriodYear}, {"P1M", posting.PeriodMonth}, {"P1W", posting.PeriodWeek},
		{"P1D", posting.PeriodDay}, {"PT1H", posting.PeriodHour}, {"p1y", posting.PeriodYear}, {" PT1H ", posting.PeriodHour},
		{"PT1M", ""}, {"P2W", ""}, {"PT8H", ""}, {"P", ""}, {"PT", ""}, {"P1", ""},
	}
	for _, tt := range tests {
		if got := Period(tt.in); got != tt.want {
			t.Errorf("Period(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	min, max := 4000.0, 5000.0
	s := FromCompensation(posting.Compensation{Min: &min, Max: &max, Currency: "EUR", Period: "P1M"})
	if s.Period != posting.PeriodMonth || s.AnnualMin != 48000 || s.AnnualMax != 60000 {
		t.Errorf("FromCompensation(4000-5000 EUR P1M) = %+v; want month, annual 48000-60000", s)
	}
}
