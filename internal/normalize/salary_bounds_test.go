package normalize

import "testing"

// TestParseSalaryBoundWords reads the words that make one amount a maximum ("jusqu'à", "até", "fino a") or
// a minimum ("à partir de", "ab", "desde", "a partir de"): a single amount is a minimum unless a word caps it.
func TestParseSalaryBoundWords(t *testing.T) {
	tests := []struct {
		in       string
		min, max float64
		cur, per string
	}{
		{"jusqu'à 70 000 €", 0, 70000, "EUR", ""},
		{"jusqu’à 70 000 € par an", 0, 70000, "EUR", "year"},
		{"Jusqu'à 70k€", 0, 70000, "EUR", ""},
		{"até R$ 9.000 por mês", 0, 9000, "BRL", "month"},
		{"fino a 45.000 € annui", 0, 45000, "EUR", "year"},
		{"à partir de 45 000 €", 45000, 0, "EUR", ""},
		{"ab 60.000 € brutto/Jahr", 60000, 0, "EUR", "year"},
		{"desde 30.000 €", 30000, 0, "EUR", ""},
		{"a partir de R$ 8.000", 8000, 0, "BRL", ""},
	}
	for _, tt := range tests {
		got, ok := ParseSalary(tt.in)
		if !ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("ParseSalary(%q) = min %v max %v %q %q %v; want min %v max %v %q %q true", tt.in, got.Min, got.Max, got.Currency, got.Period, ok, tt.min, tt.max, tt.cur, tt.per)
		}
	}
	finds := []struct {
		text     string
		min, max float64
	}{
		{"Rémunération : jusqu'à 70 000 € brut annuel", 0, 70000},
		{"Salaire : à partir de 45 000 € brut annuel", 45000, 0},
		{"Gehalt: ab 60.000 € brutto im Jahr", 60000, 0},
		{"Salario: desde 30.000 € al año", 30000, 0},
	}
	for _, tt := range finds {
		got, ok := FindSalary(tt.text)
		if !ok || got.Min != tt.min || got.Max != tt.max {
			t.Errorf("FindSalary(%q) = min %v max %v %v; want min %v max %v true", tt.text, got.Min, got.Max, ok, tt.min, tt.max)
		}
	}
}

// TestFindSalaryPayWords finds pay introduced by a pay word with accented letters, in either case, or by one
// that is a bonus word's neighbour in English ("Stipendio" is Italian salary, not a stipend).
func TestFindSalaryPayWords(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
		cur, per string
	}{
		{"Rémunération : 45 000 - 55 000 € brut annuel", 45000, 55000, "EUR", "year"},
		{"RÉMUNÉRATION : 45 000 - 55 000 €", 45000, 55000, "EUR", ""},
		{"Salário: R$ 8.000 - R$ 10.000 por mês", 8000, 10000, "BRL", "month"},
		{"Vergütung: 60.000 - 75.000 € brutto pro Jahr", 60000, 75000, "EUR", "year"},
		{"Gehalt: 60.000 € brutto im Jahr", 60000, 0, "EUR", "year"},
		{"Stipendio: 35.000 - 40.000 € lordo all'anno", 35000, 40000, "EUR", "year"},
		{"Retribución: 30.000 - 36.000 € al año", 30000, 36000, "EUR", "year"},
		{"Lön: 45 000 - 55 000 SEK per månad", 45000, 55000, "SEK", "month"},
	}
	for _, tt := range tests {
		got, ok := FindSalary(tt.text)
		if !ok || got.Min != tt.min || got.Max != tt.max || got.Currency != tt.cur || got.Period != tt.per {
			t.Errorf("FindSalary(%q) = min %v max %v %q %q %v; want min %v max %v %q %q true", tt.text, got.Min, got.Max, got.Currency, got.Period, ok, tt.min, tt.max, tt.cur, tt.per)
		}
	}
	// A stipend is still a stipend.
	if got, ok := FindSalary("Salary info: a stipend of $500 per month for equipment"); ok {
		t.Errorf("FindSalary(stipend) = %+v; want none", got)
	}
}
