package normalize

import (
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

func TestParseSalary(t *testing.T) {
	tests := []struct {
		in       string
		min, max float64
		cur, per string
		ok       bool
	}{
		{"$120,000 - $150,000", 120000, 150000, "USD", "", true},
		{"€45.000,00", 45000, 0, "EUR", "", true},
		{"82,5k", 82500, 0, "", "", true},
		{"£40k–£50k per annum", 40000, 50000, "GBP", "year", true},
		{"$50/hr", 50, 0, "USD", "hour", true},
		{"120000+", 120000, 0, "", "", true},
		{"CA$102.8K – CA$137K", 102800, 137000, "CAD", "", true},
		{"$130K - $180K • Offers Equity", 130000, 180000, "USD", "", true},
		{"$30 - $38 per hour", 30, 38, "USD", "hour", true},
		{"USD 90,000 to 110,000 a year", 90000, 110000, "USD", "year", true},
		{"$120-150K", 120000, 150000, "USD", "", true},
		{"$180K - $130K", 130000, 180000, "USD", "", true},
		{"1.234.567 kr", 1234567, 0, "", "", true},
		{"45.50 EUR per hour", 45.5, 0, "EUR", "hour", true},
		{"up to $95k a year", 0, 95000, "USD", "year", true},
		{"Up To $95k A Year", 0, 95000, "USD", "year", true}, // words are compared ignoring case
		{"USD 90,000 TO 110,000", 90000, 110000, "USD", "", true},
		{"60 000 € brutto/Jahr", 60000, 0, "EUR", "year", true},
		{"Competitive", 0, 0, "", "", false},
		{"", 0, 0, "", "", false},
		{"DOE", 0, 0, "", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseSalary(tt.in)
		if ok != tt.ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("ParseSalary(%q) = %+v, %v; want min %v max %v %q %q %v", tt.in, got, ok, tt.min, tt.max, tt.cur, tt.per, tt.ok)
		}
		if ok && got.Raw != tt.in {
			t.Errorf("ParseSalary(%q).Raw = %q", tt.in, got.Raw)
		}
	}
}

func TestAnnualize(t *testing.T) {
	tests := []struct {
		amount float64
		period string
		want   float64
		ok     bool
	}{
		{30, "hour", 62400, true},
		{400, "day", 104000, true},
		{2000, "week", 104000, true},
		{5000, "month", 60000, true},
		{120000, "year", 120000, true},
		{120000, "", 0, false},
	}
	for _, tt := range tests {
		got, ok := Annualize(tt.amount, tt.period)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Annualize(%v, %q) = %v, %v; want %v, %v", tt.amount, tt.period, got, ok, tt.want, tt.ok)
		}
	}
	s, _ := ParseSalary("$30 - $38 per hour")
	if s.AnnualMin != 62400 || s.AnnualMax != 79040 {
		t.Errorf("annual of $30-$38/h = %v-%v, want 62400-79040", s.AnnualMin, s.AnnualMax)
	}
}

func TestFindSalary(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
		cur, per string
		ok       bool
	}{
		{"Pay range\n$139,200—$235,200 USD\nBenefits", 139200, 235200, "USD", "", true},
		{"The hourly pay rate for this role is $25.50 - $31.00 per hour.", 25.5, 31, "USD", "hour", true},
		{"We raised $50M in Series B funding from top investors.", 0, 0, "", "", false},
		{"Matching 401(k) and a $1,000 learning stipend.", 0, 0, "", "", false},
		{"Base compensation: €4.500 per month, 14 salaries.", 4500, 0, "EUR", "month", true},
		{"Salary: competitive.", 0, 0, "", "", false},
		// Bonuses and per-task incentives are not the pay, whichever side of the amount says so.
		{"Compensation: high performers at 5 years receive a $5,000 bonus.", 0, 0, "", "", false},
		{"Earn $100 for every 10 rides in 7 days.", 0, 0, "", "", false},
		{"Pay: a sign-on bonus of $10,000.", 0, 0, "", "", false},
		{"Compensation perks: $200 one-time home office stipend", 0, 0, "", "", false},
		{"Base pay $80,000 - $90,000 per year, plus a $5,000 relocation allowance.", 80000, 90000, "USD", "year", true},
		{"Salary Range: $75,000 to $90,000 + plus equity and benefits.", 75000, 90000, "USD", "", true},
		// A period or currency code written after the first end still leaves a range.
		{"The base salary range for this role is USD $211,000 per year - USD $234,000 per year.", 211000, 234000, "USD", "year", true},
		{"Compensation Range: $40/hr - $50/hr", 40, 50, "USD", "hour", true},
		// A slash before a worded period: "/per year", "/ an hour", "/annually".
		{"Pay range: Engineer/Level I: $125,000.00 - $145,000.00/per year", 125000, 145000, "USD", "year", true},
		{"Hourly pay: $22 - $28 / an hour", 22, 28, "USD", "hour", true},
		{"Salary: £40,000–£48,000/annually", 40000, 48000, "GBP", "year", true},
		// A range may follow a long sentence on pay (up to 320 bytes back); a single amount needs the word within 160.
		{"The base pay for this position ranges from our lowest geographical market up to our highest geographical market within " +
			"California, Colorado, District of Columbia, Hawaii, Maryland, New Jersey, New York and Washington.\nI4\n$124,400-$183,000 USD", 124400, 183000, "USD", "", true},
		{"Salary. " + strings.Repeat("Our team builds tools for everyone. ", 5) + "It was founded by three friends.\nAward: $5,000", 0, 0, "", "", false},
		{"Salary. " + strings.Repeat("Our team builds tools for everyone. ", 9) + "\nGrants of $124,400-$183,000 USD", 0, 0, "", "", false},
		// A slash before a task is still per task, not a period: no pay range in a description.
		{"Pay: $5 - $8/per delivery", 0, 0, "", "", false},
		// Several levels sharing currency and period give the overall range.
		{"Pay range:\nLevel 1: $100,000 - $120,000\nLevel 2: $130,000 - $150,000\nbase salary depends on level", 100000, 150000, "USD", "", true},
		{"Pay range:\nLevel 1: $100,000 - $120,000/hour\nLevel 2: €130,000 - €150,000/hour", 100000, 120000, "USD", "hour", true},
		// No stated period: a yearly word in the same paragraph makes it annual, else it stays unknown.
		{"The base salary range for this position is $216,200 - $324,800.", 216200, 324800, "USD", "", true},
		{"The annual base salary range for this position is $216,200 - $324,800.", 216200, 324800, "USD", "year", true},
		{"Pay range\n$156,500.00 - $230,000.00 annualized salary, offers vary.", 156500, 230000, "USD", "year", true},
		{"Pay range: $26 - $28, reviewed annually with salary.", 26, 28, "USD", "", true},
		{"Pay range: $120,000 - $150,000\nAnnual bonus eligible.", 120000, 150000, "USD", "", true},
	}
	for _, tt := range tests {
		got, ok := FindSalary(tt.text)
		if ok != tt.ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("FindSalary(%q) = %+v, %v; want %v-%v %q %q %v", tt.text, got, ok, tt.min, tt.max, tt.cur, tt.per, tt.ok)
		}
	}
}

func f(v float64) *float64 { return &v }

func TestFromCompensation(t *testing.T) {
	tests := []struct {
		in   posting.Compensation
		want posting.Salary
	}{
		{posting.Compensation{Min: f(140000), Max: f(160000), Currency: "USD", Period: "per-year-salary"},
			posting.Salary{Min: 140000, Max: 160000, Currency: "USD", Period: "year", AnnualMin: 140000, AnnualMax: 160000, Source: "structured",
				Raw: "140000 – 160000 USD per-year-salary"}}, // the board's own values, as it sent them
		{posting.Compensation{Min: f(30), Max: f(38), Currency: "USD", Period: "1 HOUR", Raw: "$30 - $38 per hour"},
			posting.Salary{Min: 30, Max: 38, Currency: "USD", Period: "hour", AnnualMin: 62400, AnnualMax: 79040, Source: "structured", Raw: "$30 - $38 per hour"}},
		{posting.Compensation{Min: f(9), Max: f(5), Currency: "eur", Period: "MONTH"},
			posting.Salary{Min: 5, Max: 9, Currency: "EUR", Period: "month", AnnualMin: 60, AnnualMax: 108, Source: "structured", Raw: "9 – 5 eur MONTH"}},
		{posting.Compensation{Min: f(52.5), Currency: "GBP", Period: "HOUR"},
			posting.Salary{Min: 52.5, Currency: "GBP", Period: "hour", AnnualMin: 109200, Source: "structured", Raw: "from 52.5 GBP HOUR"}},
		{posting.Compensation{Max: f(90000)},
			posting.Salary{Max: 90000, Source: "structured", Raw: "up to 90000"}},
		{posting.Compensation{Min: f(14), Max: f(14), Currency: "USD", Period: "hourly"},
			posting.Salary{Min: 14, Max: 14, Currency: "USD", Period: "hour", AnnualMin: 29120, AnnualMax: 29120, Source: "structured", Raw: "14 USD hourly"}},
		{posting.Compensation{Raw: "CA$102.8K – CA$137K", Period: "YEAR"},
			posting.Salary{Min: 102800, Max: 137000, Currency: "CAD", Period: "year", AnnualMin: 102800, AnnualMax: 137000, Source: "structured", Raw: "CA$102.8K – CA$137K"}},
		{posting.Compensation{Currency: "USD", Period: "YEAR"}, posting.Salary{}},
	}
	for _, tt := range tests {
		if got := FromCompensation(tt.in); got != tt.want {
			t.Errorf("FromCompensation(%+v) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
