package match

import (
	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
)

// usdPer is how many US dollars one unit of a currency buys. The figures are
// APPROXIMATE (rounded mid-2025 rates) and fixed on purpose: a salary floor is a
// rough bar, and fixed rates keep scores reproducible. Unlisted currencies
// leave the salary unknown, which is neutral.
var usdPer = map[string]float64{
	"USD": 1, "EUR": 1.10, "GBP": 1.28, "CHF": 1.15, "CAD": 0.73, "AUD": 0.66, "NZD": 0.60,
	"JPY": 0.0067, "CNY": 0.14, "INR": 0.012, "SGD": 0.75, "HKD": 0.13, "SEK": 0.095, "NOK": 0.093,
	"DKK": 0.147, "PLN": 0.26, "CZK": 0.044, "HUF": 0.0028, "RON": 0.22, "BRL": 0.18, "MXN": 0.055,
	"ZAR": 0.055, "ILS": 0.27, "AED": 0.27, "KRW": 0.00073, "TRY": 0.025, "UAH": 0.024, "PHP": 0.017,
	"IDR": 0.000062, "MYR": 0.22, "THB": 0.028, "ARS": 0.001, "COP": 0.00025, "CLP": 0.0011, "NGN": 0.00065,
	"EGP": 0.02, "PKR": 0.0036, "VND": 0.00004, "TWD": 0.031, "BGN": 0.56,
}

// ToUSD converts an amount to US dollars with the fixed approximate table.
func ToUSD(amount float64, currency string) (float64, bool) {
	r, ok := usdPer[currency]
	if !ok {
		return 0, false
	}
	return amount * r, true
}

// FromUSD converts US dollars to a currency with the fixed approximate table.
func FromUSD(amount float64, currency string) (float64, bool) {
	r, ok := usdPer[currency]
	if !ok || r == 0 {
		return 0, false
	}
	return amount / r, true
}

// AnnualUSD converts an amount per period in a currency to US dollars a year.
func AnnualUSD(amount float64, currency, period string) (float64, bool) {
	y, ok := normalize.Annualize(amount, period)
	if !ok {
		return 0, false
	}
	return ToUSD(y, currency)
}

// annualUSD is a posting salary's yearly range in US dollars; zeros when unknown.
func annualUSD(s posting.Salary) (lo, hi float64) {
	if !s.Known() {
		return 0, 0
	}
	if s.Min > 0 {
		lo, _ = AnnualUSD(s.Min, s.Currency, s.Period)
	}
	if s.Max > 0 {
		hi, _ = AnnualUSD(s.Max, s.Currency, s.Period)
	}
	if lo == 0 {
		lo = hi
	}
	if hi == 0 {
		hi = lo
	}
	return lo, hi
}
