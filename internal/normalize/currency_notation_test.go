package normalize

import "testing"

// TestFindSalaryCurrencies covers pay stated in a description in currencies beyond the dollar, euro and
// pound: each code or sign must start a candidate. Values are read by hand from the text.
func TestFindSalaryCurrencies(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
		cur, per string
	}{
		{"Salary: SEK 45 000 – 55 000 per month", 45000, 55000, "SEK", "month"},
		{"Compensation: 650 000 NOK per year", 650000, 0, "NOK", "year"},
		{"Salary range: DKK 40.000 - 50.000 per month", 40000, 50000, "DKK", "month"},
		{"Salary: INR 12,00,000 - 18,00,000 per annum", 1200000, 1800000, "INR", "year"},
		{"Wynagrodzenie: 15 000 - 20 000 PLN brutto miesięcznie", 15000, 20000, "PLN", "month"},
		{"Wynagrodzenie: 15 000 – 20 000 zł brutto", 15000, 20000, "PLN", ""},
		{"Salary: JPY 8,000,000 per year", 8000000, 0, "JPY", "year"},
		{"Salary: BRL 8.000 por mês", 8000, 0, "BRL", "month"},
		{"Salary: CZK 60 000 – 80 000 per month", 60000, 80000, "CZK", "month"},
		{"Salary: 60 000 – 80 000 Kč per month", 60000, 80000, "CZK", "month"},
		{"Salary: HUF 800 000 per month", 800000, 0, "HUF", "month"},
		{"Salary: RON 10.000 - 12.000 per month", 10000, 12000, "RON", "month"},
		{"Salary: ₺60.000 per month", 60000, 0, "TRY", "month"},
		{"Salary: SGD 6,000 - 8,000 per month", 6000, 8000, "SGD", "month"},
		{"Salary: HKD 30,000/month", 30000, 0, "HKD", "month"},
		{"Salary: ₩4,000,000 per month", 4000000, 0, "KRW", "month"},
		{"Salary: ZAR 45 000 per month", 45000, 0, "ZAR", "month"},
		// The signs and codes that were read before are read still.
		{"Salary: ¥8,000,000", 8000000, 0, "JPY", ""},
		{"Salary: ₹15 LPA", 1500000, 0, "INR", "year"},
		{"Salary: R$ 8.000/mês", 8000, 0, "BRL", "month"},
	}
	for _, tt := range tests {
		got, ok := FindSalary(tt.text)
		if !ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("FindSalary(%q) = min %v max %v %q %q %v; want min %v max %v %q %q true", tt.text, got.Min, got.Max, got.Currency, got.Period, ok, tt.min, tt.max, tt.cur, tt.per)
		}
	}
}
