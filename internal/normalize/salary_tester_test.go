package normalize

import "testing"

// salCase is a pay text and what it states, every value read by hand; ok false means no pay is stated.
type salCase struct {
	in       string
	min, max float64
	cur, per string
	ok       bool
}

func checkSalCases(t *testing.T, name string, parse func(string) (float64, float64, string, string, bool), cases []salCase) {
	t.Helper()
	for _, tt := range cases {
		min, max, cur, per, ok := parse(tt.in)
		if ok != tt.ok || ok && (min != tt.min || max != tt.max || cur != tt.cur || per != tt.per) {
			t.Errorf("%s(%q) = %v-%v %q %q %v; want %v-%v %q %q %v", name, tt.in, min, max, cur, per, ok, tt.min, tt.max, tt.cur, tt.per, tt.ok)
		}
	}
}

func parseFields(s string) (float64, float64, string, string, bool) {
	p, ok := ParseSalary(s)
	return p.Min, p.Max, p.Currency, p.Period, ok
}

func findFields(s string) (float64, float64, string, string, bool) {
	p, ok := FindSalary(s)
	return p.Min, p.Max, p.Currency, p.Period, ok
}

// TestSalaryPeriodInItsOwnClause: a period word counts only in the amount's own clause; a later sentence,
// another amount or an aside in parentheses speaks of something else ("weekly team lunches", "monthly bonus").
func TestSalaryPeriodInItsOwnClause(t *testing.T) {
	cases := []salCase{
		{"Salary: $120,000 - $150,000. We hold weekly team lunches.", 120000, 150000, "USD", "", true},
		{"The base salary range for this role is $116,000 - $174,000. This role is also eligible for a monthly bonus.", 116000, 174000, "USD", "", true},
		{"Salary: $120,000 - $150,000 (we do daily standups)", 120000, 150000, "USD", "", true},
		{"Salary: $50,000 - $60,000. Hours: 40 per week.", 50000, 60000, "USD", "", true},
		{"Salary: $2,500 paid bi-weekly", 2500, 0, "USD", "", true},
		// The period of the amount's own clause is still read.
		{"Salary: 4.000 € (brutto/Monat)", 4000, 0, "EUR", "month", true},
		{"Salary: $25 - $30, paid weekly.", 25, 30, "USD", "week", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"Annual salary: $120,000", 120000, 0, "USD", "year", true},
		{"$120,000. Annual bonus.", 120000, 0, "USD", "", true},
	})
}

// TestSalaryBiweeklyIsNotWeekly: pay every two weeks (bi-weekly, fortnightly) has no period a Salary can
// hold, so it stays unknown rather than read as weekly; so do twice-monthly and twice-yearly.
func TestSalaryBiweeklyIsNotWeekly(t *testing.T) {
	cases := []salCase{
		{"Salary: $2,500 bi-weekly", 2500, 0, "USD", "", true},
		{"Salary: $2,500 biweekly", 2500, 0, "USD", "", true},
		{"Salary: $2,500 fortnightly", 2500, 0, "USD", "", true},
		{"Salary: $2,500 semi-monthly", 2500, 0, "USD", "", true},
		{"Salary: $2,500 weekly", 2500, 0, "USD", "week", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestParseSalaryPrefersCurrencyAmounts: in a salary field an amount with a currency beside it is the pay,
// before any bare number (a band, a grade); bare numbers counting years, days or percent, a 401(k) and a
// span of years are no pay at all.
func TestParseSalaryPrefersCurrencyAmounts(t *testing.T) {
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"NHS AfC Band 6: £35,392 - £42,618", 35392, 42618, "GBP", "", true},
		{"Band 6 £35,392 to £42,618 per annum", 35392, 42618, "GBP", "year", true},
		{"GS-13 ($117,962 - $153,354)", 117962, 153354, "USD", "", true},
		{"Competitive, 401k match", 0, 0, "", "", false},
		{"Competitive, 401(k) match", 0, 0, "", "", false},
		{"Competitive salary + 25 days holiday", 0, 0, "", "", false},
		{"5+ years", 0, 0, "", "", false},
		{"10% bonus", 0, 0, "", "", false},
		{"2024-2025", 0, 0, "", "", false},
		{"3-5 years", 0, 0, "", "", false},
		{"3 bis 5 Jahre Erfahrung", 0, 0, "", "", false},
		{"Competitive, 20-25 days holiday", 0, 0, "", "", false},
		{"Series B $40M", 0, 0, "", "", false},
		{"120000 - 150000, 25 days holiday", 120000, 150000, "", "", true},
		// What a bare number already said is kept.
		{"120000+", 120000, 0, "", "", true},
		{"82,5k", 82500, 0, "", "", true},
		{"12-18 LPA", 1200000, 1800000, "", "year", true},
	})
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Pay: Band 6 £35,392 to £42,618 per annum", 35392, 42618, "GBP", "year", true},
	})
}

// TestSalaryCodeOverBareDollar: "$" is read as USD only when no ISO code is written next to the range.
func TestSalaryCodeOverBareDollar(t *testing.T) {
	cases := []salCase{
		{"Salary: $70,000 – $90,000 CAD", 70000, 90000, "CAD", "", true},
		{"Salary: CAD $80,000 - $95,000", 80000, 95000, "CAD", "", true},
		{"Salary: 70 000 – 90 000 $ CAD", 70000, 90000, "CAD", "", true},
		{"Salary: AUD $100,000 - $120,000", 100000, 120000, "AUD", "", true},
		{"Salary: $1.500.000 - $2.000.000 COP", 1500000, 2000000, "COP", "", true},
		{"Salary: $40,000 - $50,000 MXN monthly", 40000, 50000, "MXN", "month", true},
		{"Salary: $70,000 - $90,000", 70000, 90000, "USD", "", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestSalaryMixedCurrenciesNoRange: two ends in different currencies make no range.
func TestSalaryMixedCurrenciesNoRange(t *testing.T) {
	cases := []salCase{
		{"Salary: $100,000 - €90,000", 0, 0, "", "", false},
		{"Salary: USD 100,000 - EUR 90,000", 0, 0, "", "", false},
		{"Salary: CA$100,000 - $120,000", 100000, 120000, "CAD", "", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestFindSalaryPerksAreNotPay: budgets, stipends, allowances, funding and revenue are amounts a description
// states that are not the pay; nor is an amount after a sentence whose pay word had no amount of its own.
func TestFindSalaryPerksAreNotPay(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Competitive salary and equity. We've raised $5M", 0, 0, "", "", false},
		{"Competitive salary and equity. We have $500 for you", 0, 0, "", "", false},
		{"Salary: $1,500 annual learning budget", 0, 0, "", "", false},
		{"Compensation: up to $5,000 per year in professional development", 0, 0, "", "", false},
		{"Pay: $150 monthly wellness budget", 0, 0, "", "", false},
		{"Pay and perks: Plus $100/month internet", 0, 0, "", "", false},
		{"Salary: competitive. Our customers save $2M a year", 0, 0, "", "", false},
		{"Salary: competitive. We manage $20 billion", 0, 0, "", "", false},
		{"Compensation: our funding of $20,000 per year", 0, 0, "", "", false},
		{"Compensation: we reached $30,000 in revenue", 0, 0, "", "", false},
		// A pay line's amount and a pay word on the line before it still count.
		{"Salary: approx. $50,000 per year", 50000, 0, "USD", "year", true},
		{"Pay range\n$120,000 - $150,000", 120000, 150000, "USD", "", true},
		{"Salary: $90,000 per year, plus a $1,500 learning budget", 90000, 0, "USD", "year", true},
	})
}

// TestSalaryRangeConnectors reads the words joining two amounts in German, French, Spanish, Portuguese and Dutch.
func TestSalaryRangeConnectors(t *testing.T) {
	cases := []salCase{
		{"Gehalt: zwischen 55.000 und 65.000 € im Jahr", 55000, 65000, "EUR", "year", true},
		{"Salaire : entre 40 000 et 50 000 € par an", 40000, 50000, "EUR", "year", true},
		{"Salario: entre 30.000 y 35.000 €", 30000, 35000, "EUR", "", true},
		{"Salário: R$ 8.000 a R$ 12.000", 8000, 12000, "BRL", "", true},
		{"Salaris: €3.500 tot €4.500", 3500, 4500, "EUR", "", true},
		{"Lohn: CHF 100'000.– bis 120'000.–", 100000, 120000, "CHF", "", true},
		{"Salaire : de 40 000 à 50 000 €", 40000, 50000, "EUR", "", true},
		// A connector joins only two amounts.
		{"Salary: $50 a week", 50, 0, "USD", "week", true},
		{"Salary: $211,000 a year - $234,000 a year", 211000, 234000, "USD", "year", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestSalaryThousandsAfterSpace: "k" written after a space is still a thousand.
func TestSalaryThousandsAfterSpace(t *testing.T) {
	cases := []salCase{
		{"Salaire : 45-55 k€ brut annuel", 45000, 55000, "EUR", "year", true},
		{"Salaire : 45 K€ - 55 K€", 45000, 55000, "EUR", "", true},
		{"Salaire : 100-120 K€", 100000, 120000, "EUR", "", true},
		{"Salary: 5 km from $40,000", 40000, 0, "USD", "", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases[:3])
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestFindSalaryProRataAside: a range in parentheses right after a range restates it (actual pay for part
// time, another currency): it is no other level.
func TestFindSalaryProRataAside(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Salary: £35,000 - £45,000 pro rata (£21,000 - £27,000 actual)", 35000, 45000, "GBP", "", true},
		{"Salary: £35,000 - £45,000 (£21,000 - £27,000 pro rata)", 35000, 45000, "GBP", "", true},
		{"Pay range:\nLevel 1: $100,000 - $120,000\nLevel 2: $130,000 - $150,000", 100000, 150000, "USD", "", true},
	})
}

// TestSalaryMan reads 万 (ten thousand) after an amount and the yen's 円.
func TestSalaryMan(t *testing.T) {
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"年収600万円〜900万円", 6000000, 9000000, "JPY", "year", true},
		{"¥600万", 6000000, 0, "JPY", "", true},
		{"600〜900万円", 6000000, 9000000, "JPY", "", true},
	})
}

// TestSalaryCapByCurrency: the plausible pay cap of a description scales with the currency's unit; dollars,
// euros or pounds in the millions are no pay.
func TestSalaryCapByCurrency(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Salary: ¥10,000,000 - ¥15,000,000", 10000000, 15000000, "JPY", "", true},
		{"Salary: KRW 60,000,000 - 80,000,000", 60000000, 80000000, "KRW", "", true},
		{"Salary: IDR 15.000.000 - 20.000.000 per month", 15000000, 20000000, "IDR", "month", true},
		{"Salary: $5M", 0, 0, "", "", false},
		{"Salary: €4,000,000", 0, 0, "", "", false},
		{"Salary: £1,000,000", 1000000, 0, "GBP", "", true},
	})
}

// TestSalaryLowerPriorityNotations: Indian lakhs, the ringgit, a currency in a heading, and more period words.
func TestSalaryLowerPriorityNotations(t *testing.T) {
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"CTC: INR 12-18 LPA", 1200000, 1800000, "INR", "year", true},
		{"Rs. 8 - 12 Lakhs", 800000, 1200000, "INR", "", true},
		{"RM 10,000 - RM 15,000", 10000, 15000, "MYR", "", true},
		{"Salary range (USD): 120000-150000", 120000, 150000, "USD", "", true},
		{"3.000 € mensuales", 3000, 0, "EUR", "month", true},
		{"40.000 kr. pr. måned", 40000, 0, "", "month", true},
		{"30万円/月", 300000, 0, "JPY", "month", true},
	})
}

// TestSalaryPeriodAfterAside: the clause goes on after an aside without a period of its own.
func TestSalaryPeriodAfterAside(t *testing.T) {
	cases := []salCase{
		{"Salary: €3,000 (gross) per month", 3000, 0, "EUR", "month", true},
		{"Salary: €3,000 (before tax", 3000, 0, "EUR", "", true},
		{"Salary: £40,000 (per annum)", 40000, 0, "GBP", "year", true},
	}
	checkSalCases(t, "ParseSalary", parseFields, cases)
	checkSalCases(t, "FindSalary", findFields, cases)
}

// TestSalaryAbbreviationEndsNoSentence: the "." of "Sr." or "U.S." ends no sentence, so the pay word before it counts.
func TestSalaryAbbreviationEndsNoSentence(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Pay Range: Sr. Software Engineer: $165,000.00 - $230,000.00/per year", 165000, 230000, "USD", "year", true},
		{"Salary for the U.S. Market: $120,000 - $150,000", 120000, 150000, "USD", "", true},
		{"Salary: competitive. Our customers save $2M a year", 0, 0, "", "", false},
		// The k of an amount before the "." is no abbreviation.
		{"Salary: $70-90k. Team lunch weekly.", 70000, 90000, "USD", "", true},
	})
	checkSalCases(t, "ParseSalary", parseFields, []salCase{{"$70-90k. Team lunch weekly.", 70000, 90000, "USD", "", true}})
}

// TestSalaryWordJoinsRangeUpwards: a range joined by a word ("and", "y", "et") goes up; a smaller amount after
// the word is another sum ("and $10,000 signing bonus"), while a dash may still be written downwards.
func TestSalaryWordJoinsRangeUpwards(t *testing.T) {
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"$100,000 and $10,000 signing bonus", 100000, 0, "USD", "", true},
		{"30.000 € y 5.000 € de bonus", 30000, 0, "EUR", "", true},
		{"$180K - $130K", 130000, 180000, "USD", "", true},
		{"$120-150K", 120000, 150000, "USD", "", true},
		{"entre 30 y 35 mil", 30, 35, "", "", true},
	})
}

// TestFindSalaryMan finds pay in Japanese and Chinese descriptions: 年収 (yearly pay), 月薪 (monthly pay), 万.
func TestFindSalaryMan(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"年収 ¥600万〜¥900万", 6000000, 9000000, "JPY", "year", true},
		{"月薪：¥15,000 - ¥25,000", 15000, 25000, "JPY", "month", true},
	})
}

// TestFindSalaryPeriodBeforeAmount: a period word before the amount in its sentence states its period.
func TestFindSalaryPeriodBeforeAmount(t *testing.T) {
	checkSalCases(t, "FindSalary", findFields, []salCase{
		{"Hourly Rate: $45", 45, 0, "USD", "hour", true},
		{"Monthly salary: R$ 10.000", 10000, 0, "BRL", "month", true},
		{"We hold weekly team lunches. Salary: $120,000 - $150,000", 120000, 150000, "USD", "", true},
		{"Work 40 hours per week; salary: $2,000", 2000, 0, "USD", "", true},
	})
}

// TestSalaryLakhLetter reads "L" after a rupee amount as a lakh.
func TestSalaryLakhLetter(t *testing.T) {
	checkSalCases(t, "ParseSalary", parseFields, []salCase{
		{"₹8L - ₹12L", 800000, 1200000, "INR", "", true},
		{"₹8L - ₹12L per annum", 800000, 1200000, "INR", "year", true},
		{"$8L", 8, 0, "USD", "", true},
	})
}
