package profile

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/career-copilot/copilot/internal/validate"
)

// Normalize cleans a profile in place and returns every problem with it.
func (p *Profile) Normalize() validate.Errors {
	var fe validate.Errors
	text := func(field string, v *string, max int) {
		*v = strings.TrimSpace(*v)
		if utf8.RuneCountInString(*v) > max {
			fe.Add(field, fmt.Sprintf("must be at most %d characters", max))
		}
	}
	text("full_name", &p.FullName, 200)
	text("headline", &p.Headline, 300)
	text("location", &p.Location, 200)
	if math.IsNaN(p.YearsExperience) || p.YearsExperience < 0 || p.YearsExperience > 70 {
		fe.Add("years_experience", "must be a number from 0 to 70")
	}
	list := func(field string, v *[]string, maxItems, maxLen int) {
		*v = cleanList(*v)
		if len(*v) > maxItems {
			fe.Add(field, fmt.Sprintf("must have at most %d entries", maxItems))
		}
		for i, s := range *v {
			if utf8.RuneCountInString(s) > maxLen {
				fe.Add(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("must be at most %d characters", maxLen))
			}
		}
	}
	list("desired_titles", &p.DesiredTitles, 20, 100)
	list("skills", &p.Skills, 200, 80)
	list("industries", &p.Industries, 50, 80)
	list("dealbreakers", &p.Dealbreakers, 50, 100)
	p.Seniority = strings.ToLower(strings.TrimSpace(p.Seniority))
	if p.Seniority != "" && !contains(Seniorities, p.Seniority) {
		fe.Add("seniority", "must be one of "+strings.Join(Seniorities, ", ")+" (or empty)")
	}
	p.RemotePreference = strings.ToLower(strings.TrimSpace(p.RemotePreference))
	if p.RemotePreference == "" {
		p.RemotePreference = "any"
	}
	if !contains(RemotePreferences, p.RemotePreference) {
		fe.Add("remote_preference", "must be one of "+strings.Join(RemotePreferences, ", "))
	}
	if f := p.SalaryFloor; f != nil {
		if math.IsNaN(f.Amount) || f.Amount <= 0 || f.Amount > 1e9 {
			fe.Add("salary_floor.amount", "must be a positive amount")
		}
		f.Currency = strings.ToUpper(strings.TrimSpace(f.Currency))
		if !isCurrency(f.Currency) {
			fe.Add("salary_floor.currency", "must be a 3-letter ISO 4217 currency code such as USD or EUR")
		}
		f.Period = strings.ToLower(strings.TrimSpace(f.Period))
		if !contains(Periods, f.Period) {
			fe.Add("salary_floor.period", "must be one of "+strings.Join(Periods, ", "))
		}
	}
	for i, c := range p.WorkCountries {
		p.WorkCountries[i] = strings.ToUpper(strings.TrimSpace(c))
	}
	p.WorkCountries = cleanList(p.WorkCountries)
	for i, c := range p.WorkCountries {
		if !isCountry(c) {
			fe.Add(fmt.Sprintf("work_countries[%d]", i), fmt.Sprintf("%q is not an ISO 3166 alpha-2 country code", c))
		}
	}
	if len(p.WorkCountries) > 250 {
		fe.Add("work_countries", "must have at most 250 entries")
	}
	return fe
}

// Normalize cleans preferences in place and returns every problem with them.
func (p *Preferences) Normalize() validate.Errors {
	var fe validate.Errors
	p.Theme = strings.ToLower(strings.TrimSpace(p.Theme))
	if !contains([]string{"light", "dark", "system"}, p.Theme) {
		fe.Add("theme", "must be one of light, dark, system")
	}
	p.DigestFrequency = strings.ToLower(strings.TrimSpace(p.DigestFrequency))
	if !contains([]string{"off", "daily", "weekly"}, p.DigestFrequency) {
		fe.Add("digest_frequency", "must be one of off, daily, weekly")
	}
	p.Timezone = strings.TrimSpace(p.Timezone)
	if p.Timezone == "" {
		fe.Add("timezone", "is required (an IANA time zone such as Europe/Berlin)")
	} else if _, err := time.LoadLocation(p.Timezone); err != nil || strings.EqualFold(p.Timezone, "local") {
		fe.Add("timezone", fmt.Sprintf("%q is not an IANA time zone such as Europe/Berlin", p.Timezone))
	}
	if p.FollowUpDays < 1 || p.FollowUpDays > 90 {
		fe.Add("follow_up_days", "must be a whole number of days from 1 to 90")
	}
	return fe
}

func isCurrency(c string) bool { return currencies[c] }

func isCountry(c string) bool { return len(c) == 2 && strings.Contains(countryCodes, " "+c+" ") }

// IsCurrency reports whether c is an active ISO 4217 code (upper case).
func IsCurrency(c string) bool { return isCurrency(c) }

// IsCountry reports whether c is an assigned ISO 3166-1 alpha-2 code (upper case).
func IsCountry(c string) bool { return isCountry(c) }
