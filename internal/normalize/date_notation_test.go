package normalize

import (
	"errors"
	"testing"
	"time"
)

// TestParseDateNotations reads dates as boards and feeds write them, relative to a fixed now.
func TestParseDateNotations(t *testing.T) {
	now := time.Date(2026, 12, 15, 10, 0, 0, 0, time.UTC)
	dec1 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		want    time.Time
		flagged bool
	}{
		{"2 weeks ago", now.Add(-14 * 24 * time.Hour), false},
		{"Posted 30+ days ago", now.Add(-30 * 24 * time.Hour), false},
		{"about 1 month ago", time.Date(2026, 11, 15, 10, 0, 0, 0, time.UTC), false},
		{"About a month ago", time.Date(2026, 11, 15, 10, 0, 0, 0, time.UTC), false},
		{"over 2 years ago", time.Date(2024, 12, 15, 10, 0, 0, 0, time.UTC), false},
		{"1mo ago", time.Date(2026, 11, 15, 10, 0, 0, 0, time.UTC), false},
		{"3d ago", now.Add(-72 * time.Hour), false},
		{"5h ago", now.Add(-5 * time.Hour), false},
		{"2w ago", now.Add(-14 * 24 * time.Hour), false},
		{"2026-12-01 10:00:00 UTC", dec1.Add(10 * time.Hour), false},
		{"Dec 1, 2026", dec1, false},
		{"December 1, 2026", dec1, false},
		{"1 December 2026", dec1, false},
		{"1 Dec 2026", dec1, false},
		// A date written with dots is day first, as in Europe.
		{"01.12.2026", dec1, false},
		{"1.12.2026", dec1, false},
		// With slashes a day over 12 says which number is the day: 13/01 is 13 January, 12/31 is 31 December.
		{"13/01/2026", time.Date(2026, 1, 13, 0, 0, 0, 0, time.UTC), false},
		{"12/31/2025", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), false},
		{"2026-12-01T10:00:00.000+0000", dec1.Add(10 * time.Hour), false},
		{"1764583200", time.Unix(1764583200, 0), false}, // epoch seconds as a string: 2025-12-01 10:00 UTC
		// Eight digits are a date written without separators: as epoch seconds they would be 1970-1973.
		{"20261201", dec1, false},
		{"20240601", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), false},
		// What boards write before a relative date, and ordinals and month abbreviations between dashes.
		{"Posted: 3 days ago", now.Add(-72 * time.Hour), false},
		{"Reposted 2 days ago", now.Add(-48 * time.Hour), false},
		{"Active 3 days ago", now.Add(-72 * time.Hour), false},
		{"December 1st, 2026", dec1, false},
		{"Dec 1st 2026", dec1, false},
		{"01-Dec-2026", dec1, false},
		// A date more than a day ahead is the board's mistake: clamped to now and flagged.
		{"2027-03-01", now, true},
		{"Mar 1, 2027", now, true},
	}
	for _, tt := range tests {
		got, flagged, err := ParseDate(tt.in, now)
		if err != nil || !got.Equal(tt.want) || flagged != tt.flagged {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %v, %v", tt.in, got, flagged, err, tt.want, tt.flagged)
		}
	}
	// "12/01/2026" is 1 December in the US and 12 January in Europe: a wrong date would pass as right, so
	// no date is read (the posting keeps its other dates, or none) rather than one reading guessed.
	// A date before 1990 is no posting's: a board's placeholder ("1970-01-01", epoch 0) or a number that is
	// not a date at all.
	for _, bad := range []string{"12/01/2026", "01/02/2026", "12/13/14", "32.01.2026", "about", "over ago",
		"1970-01-01", "1970-01-01T00:00:00Z", "171723600", "20241301", "19891231"} {
		if got, _, err := ParseDate(bad, now); !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q) = %v, %v; want ErrDate", bad, got, err)
		}
	}
}
