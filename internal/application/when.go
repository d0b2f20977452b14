package application

import (
	"errors"
	"time"
)

// errNoSuchLocalTime marks a wall-clock time skipped when the clocks go forward.
var errNoSuchLocalTime = errors.New("does not exist in that time zone (the clocks go forward then)")

var localLayouts = []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05"}

// ParseWhen reads an instant: RFC 3339 with an offset or Z, or a wall-clock time read in loc.
// A wall-clock time that the zone skips (spring forward) is refused; one it repeats (fall back) is the first.
func ParseWhen(v string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t.UTC().Truncate(time.Microsecond), nil
	}
	for _, l := range localLayouts {
		naive, err := time.Parse(l, v)
		if err != nil {
			continue
		}
		t := time.Date(naive.Year(), naive.Month(), naive.Day(), naive.Hour(), naive.Minute(), naive.Second(), 0, loc)
		if t.Hour() != naive.Hour() || t.Minute() != naive.Minute() || t.Day() != naive.Day() {
			return time.Time{}, errNoSuchLocalTime
		}
		// time.Date may pick the later of two repeated wall times; prefer the earlier one.
		if e := t.Add(-time.Hour); e.Hour() == t.Hour() && e.Minute() == t.Minute() {
			t = e
		}
		return t.UTC(), nil
	}
	return time.Time{}, errors.New("must be a date and time such as 2026-03-29T09:30 or 2026-03-29T07:30:00Z")
}

// Local formats t as a wall-clock time with offset in the named zone (UTC when the name is unknown).
func Local(t time.Time, zone string) string {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	return t.In(loc).Format(time.RFC3339)
}

// FollowUpDue is days calendar days after applied, at the same wall-clock time in loc, so a follow-up
// set across a clock change still falls at the hour the user applied.
func FollowUpDue(applied time.Time, days int, loc *time.Location) time.Time {
	return applied.In(loc).AddDate(0, 0, days).UTC()
}
