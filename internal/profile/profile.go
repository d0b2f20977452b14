// Package profile holds what a user says about their search: the profile and the preferences.
package profile

import (
	"strings"
	"time"
)

// SalaryFloor is the least pay the user accepts.
type SalaryFloor struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	Period   string  `json:"period"`
}

// Profile is the user's search profile.
type Profile struct {
	FullName          string       `json:"full_name"`
	Headline          string       `json:"headline"`
	Location          string       `json:"location"`
	YearsExperience   float64      `json:"years_experience"`
	DesiredTitles     []string     `json:"desired_titles"`
	Skills            []string     `json:"skills"`
	Seniority         string       `json:"seniority"`
	SalaryFloor       *SalaryFloor `json:"salary_floor"`
	RemotePreference  string       `json:"remote_preference"`
	WillingToRelocate bool         `json:"willing_to_relocate"`
	WorkCountries     []string     `json:"work_countries"`
	Industries        []string     `json:"industries"`
	Dealbreakers      []string     `json:"dealbreakers"`
	UpdatedAt         *time.Time   `json:"updated_at"`
}

// DefaultProfile is the profile of a user who has not filled one yet.
func DefaultProfile() Profile {
	return Profile{DesiredTitles: []string{}, Skills: []string{}, RemotePreference: "any", WorkCountries: []string{}, Industries: []string{}, Dealbreakers: []string{}}
}

// Preferences are the user's settings for notifications and display.
type Preferences struct {
	EmailNotifications bool       `json:"email_notifications"`
	JobAlerts          bool       `json:"job_alerts"`
	Theme              string     `json:"theme"`
	DigestFrequency    string     `json:"digest_frequency"`
	Timezone           string     `json:"timezone"`
	FollowUpDays       int        `json:"follow_up_days"`
	UpdatedAt          *time.Time `json:"updated_at"`
}

// DefaultPreferences are the preferences of a new user.
func DefaultPreferences() Preferences {
	return Preferences{EmailNotifications: true, JobAlerts: true, Theme: "system", DigestFrequency: "daily", Timezone: "UTC", FollowUpDays: 7}
}

// Seniorities are the levels a profile may state, lowest first.
var Seniorities = []string{"intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager", "director", "executive"}

// RemotePreferences are the accepted remote preferences.
var RemotePreferences = []string{"any", "remote", "hybrid", "onsite"}

// Periods are the pay periods.
var Periods = []string{"hour", "day", "week", "month", "year"}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

// cleanList trims entries, drops empty ones and case-insensitive duplicates, keeping the first spelling.
func cleanList(in []string) []string {
	out := make([]string, 0, len(in))
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.Join(strings.Fields(s), " ")
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}
