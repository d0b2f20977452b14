package notify

import (
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// EffectiveFrequency is the alert's frequency with "default" resolved from the digest_frequency preference.
func EffectiveFrequency(a store.Alert, digestPref string) string {
	if a.Frequency != "default" && a.Frequency != "" {
		return a.Frequency
	}
	switch digestPref {
	case "daily", "weekly":
		return digestPref
	}
	return "instant"
}

// InQuietHours tells whether local (the user's wall clock) falls in [start, end); a window may cross midnight.
func InQuietHours(start, end string, local time.Time) bool {
	s, ok1 := clock(start)
	e, ok2 := clock(end)
	if !ok1 || !ok2 || s == e {
		return false
	}
	m := local.Hour()*60 + local.Minute()
	if s < e {
		return m >= s && m < e
	}
	return m >= s || m < e
}

// DigestSlot is the latest digest time at or before now: today (or, weekly, this Monday) at hour in loc.
func DigestSlot(freq string, hour int, now time.Time, loc *time.Location) time.Time {
	l := now.In(loc)
	y, m, d := l.Date()
	slot := time.Date(y, m, d, hour, 0, 0, 0, loc)
	if freq == "weekly" {
		slot = slot.AddDate(0, 0, -((int(l.Weekday()) + 6) % 7)) // back to Monday
		if slot.After(now) {
			slot = slot.AddDate(0, 0, -7)
		}
		return slot
	}
	if slot.After(now) {
		slot = slot.AddDate(0, 0, -1)
	}
	return slot
}

// DigestDue tells whether a digest alert has a slot it has not yet served.
func DigestDue(a store.Alert, freq string, now time.Time, loc *time.Location) bool {
	slot := DigestSlot(freq, a.DigestHour, now, loc)
	return a.LastDigestAt == nil || a.LastDigestAt.Before(slot)
}

// capPerCompany keeps at most n matches per company, in the given (best-first) order.
func capPerCompany(ms []store.AlertMatch, n int) (keep, drop []store.AlertMatch) {
	seen := map[string]int{}
	for _, m := range ms {
		if seen[m.CompanyKey] >= n {
			drop = append(drop, m)
			continue
		}
		seen[m.CompanyKey]++
		keep = append(keep, m)
	}
	return keep, drop
}
