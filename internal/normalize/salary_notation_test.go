package normalize

import "testing"

// TestParseSalaryNotations covers how boards and recruiters write pay across locales; every value is
// read by hand from the text. What the text does not say stays empty: "kr" is the krona of four
// countries, "LPA" (lakh per annum) is written in India and its neighbours alike, OTE gives no period.
func TestParseSalaryNotations(t *testing.T) {
	tests := []struct {
		in       string
		min, max float64
		cur, per string
		ok       bool
	}{
		{"USD 120k–150k", 120000, 150000, "USD", "", true},
		{"$120K/yr", 120000, 0, "USD", "year", true},
		{"$120k - $150k per year + equity", 120000, 150000, "USD", "year", true},
		{"120.000 € brutto/Jahr", 120000, 0, "EUR", "year", true},
		{"€60.000 - €75.000 pro Jahr", 60000, 75000, "EUR", "year", true},
		{"€60.000 - €75.000 brutto pro Jahr", 60000, 75000, "EUR", "year", true},
		{"60.000 bis 75.000 € im Jahr", 60000, 75000, "EUR", "year", true},
		{"4.500 € brutto/Monat", 4500, 0, "EUR", "month", true},
		{"25 €/Stunde", 25, 0, "EUR", "hour", true},
		{"£350 per day", 350, 0, "GBP", "day", true},
		{"£350/day (outside IR35)", 350, 0, "GBP", "day", true},
		{"£45,000 - £55,000 p.a. + benefits", 45000, 55000, "GBP", "year", true},
		{"CHF 100'000 – 120'000", 100000, 120000, "CHF", "", true},
		{"CHF 100’000", 100000, 0, "CHF", "", true},
		{"CHF 100’000.– pro Jahr", 100000, 0, "CHF", "year", true},
		{"₹12,00,000 - ₹18,00,000 per annum", 1200000, 1800000, "INR", "year", true},
		{"12-18 LPA", 1200000, 1800000, "", "year", true},
		{"₹15 LPA", 1500000, 0, "INR", "year", true},
		{"INR 12 lakhs - 18 lakhs", 1200000, 1800000, "INR", "", true},
		{"₹1.5 crore", 15000000, 0, "INR", "", true},
		{"$50-60/hour", 50, 60, "USD", "hour", true},
		{"$50 – $60 an hour", 50, 60, "USD", "hour", true},
		{"$50/hr – $60/hr", 50, 60, "USD", "hour", true},
		{"up to $150,000", 0, 150000, "USD", "", true},
		{"Up to €70k per year", 0, 70000, "EUR", "year", true},
		{"bis zu 70.000 €", 0, 70000, "EUR", "", true},
		{"from €80k", 80000, 0, "EUR", "", true},
		{"80k+", 80000, 0, "", "", true},
		{"$100k-$120k OTE", 100000, 120000, "USD", "", true},
		{"AUD 140,000 + super", 140000, 0, "AUD", "", true},
		{"C$90,000", 90000, 0, "CAD", "", true},
		{"CA$90k", 90000, 0, "CAD", "", true},
		{"US$ 95.000", 95000, 0, "USD", "", true},
		{"R$ 8.000/mês", 8000, 0, "BRL", "month", true},
		{"R$ 8.000 por mês", 8000, 0, "BRL", "month", true},
		{"kr 600 000", 600000, 0, "", "", true},
		{"SEK 45 000/month", 45000, 0, "SEK", "month", true},
		{"45 000 kr/mån", 45000, 0, "", "month", true},
		{"zł 15 000 – 20 000 brutto", 15000, 20000, "PLN", "", true},
		{"15 000 - 20 000 zł brutto miesięcznie", 15000, 20000, "PLN", "month", true},
		{"45 000 € par an", 45000, 0, "EUR", "year", true},
		{"3 500 € / mois", 3500, 0, "EUR", "month", true},
		{"45\u202f000\u00a0€ brut annuel", 45000, 0, "EUR", "year", true},
		{"¥8,000,000", 8000000, 0, "JPY", "", true},
		// A salary field saying $1.2M means it: ParseSalary reads what a salary field states (FindSalary,
		// reading prose, turns such figures away as implausible).
		{"$1.2M", 1200000, 0, "USD", "", true},
		{"S$6,000 - S$8,000 per month", 6000, 8000, "SGD", "month", true},
		{"HK$30,000/month", 30000, 0, "HKD", "month", true},
		{"€70–80k", 70000, 80000, "EUR", "", true},
		{"$100K to $120K", 100000, 120000, "USD", "", true},
		{"between $100,000 and $120,000 annually", 100000, 120000, "USD", "year", true},
		{"100.000,00 € - 120.000,00 €", 100000, 120000, "EUR", "", true},
		{"€ 45,50 per hour", 45.5, 0, "EUR", "hour", true},
		{"50.000 - 60.000 EUR jährlich", 50000, 60000, "EUR", "year", true},
		{"€ 4.000 brutto monatlich", 4000, 0, "EUR", "month", true},
		{"2.000 - 3.000 € al mes", 2000, 3000, "EUR", "month", true},
		// A zero bound is a form's placeholder: only the other is stated.
		{"$0 - $120,000", 0, 120000, "USD", "", true},
		{"Salary: Competitive", 0, 0, "", "", false},
		{"DOE", 0, 0, "", "", false},
		{"$0", 0, 0, "", "", false},
		{"Pay range: $0 - $0", 0, 0, "", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseSalary(tt.in)
		if ok != tt.ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("ParseSalary(%q) = min %v max %v %q %q %v; want min %v max %v %q %q %v", tt.in, got.Min, got.Max, got.Currency, got.Period, ok, tt.min, tt.max, tt.cur, tt.per, tt.ok)
		}
	}
}

// TestFindSalaryNotations covers pay stated in a description in those notations.
func TestFindSalaryNotations(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
		cur, per string
		ok       bool
	}{
		// A currency written after a range is the whole range's: the lower end is not dropped.
		{"Salary: 50,000 - 60,000 EUR per year", 50000, 60000, "EUR", "year", true},
		{"Gehalt: 60.000 bis 75.000 € brutto im Jahr", 60000, 75000, "EUR", "year", true},
		{"Salaire : 45 000 - 55 000 € brut annuel", 45000, 55000, "EUR", "year", true},
		{"Compensation: CHF 100'000 – 120'000 per year", 100000, 120000, "CHF", "year", true},
		{"Salary: ₹12,00,000 - ₹18,00,000 per annum", 1200000, 1800000, "INR", "year", true},
		{"Pay: £350/day (outside IR35)", 350, 0, "GBP", "day", true},
		{"Salary: R$ 8.000/mês", 8000, 0, "BRL", "month", true},
		{"Salario: 2.000 - 3.000 € al mes", 2000, 3000, "EUR", "month", true},
		{"Salary: £40k pa", 40000, 0, "GBP", "year", true},
		// Every code lexSalary reads starts a candidate, also those with none of the common capitals.
		{"Salary: MXN 40,000 - 55,000 per month", 40000, 55000, "MXN", "month", true},
		{"Salary: BGN 5 000 - 7 000 gross monthly", 5000, 7000, "BGN", "month", true},
		{"Salary: UAH 60,000 per month", 60000, 0, "UAH", "month", true},
		{"Salary: THB 80,000 - 120,000 per month", 80000, 120000, "THB", "month", true},
		{"Salary: NGN 500,000 monthly", 500000, 0, "NGN", "month", true},
		{"Salary: ILS 30,000 - 38,000 per month", 30000, 38000, "ILS", "month", true},
		{"Salary: CNY 30k - 45k per month", 30000, 45000, "CNY", "month", true},
		{"Salary range: 40,000 - 55,000 MXN per month", 40000, 55000, "MXN", "month", true},
		// The window read before a trailing currency starts 24 bytes back: a lower end it cuts is not read,
		// and the amount read is the upper one; a lower end that starts the window is whole.
		{"Salary: 1,250,000.00 - 1,500,000.00 EUR", 0, 1500000, "EUR", "", true},
		{"Salary: 125,000.00 - 150,000.00 USD", 125000, 150000, "USD", "", true},
		{"Salary: 1 250 000 - 1 500 000 EUR", 1250000, 1500000, "EUR", "", true},
	}
	for _, tt := range tests {
		got, ok := FindSalary(tt.text)
		if ok != tt.ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("FindSalary(%q) = min %v max %v %q %q %v; want min %v max %v %q %q %v", tt.text, got.Min, got.Max, got.Currency, got.Period, ok, tt.min, tt.max, tt.cur, tt.per, tt.ok)
		}
	}
}
