package normalize

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	now := time.Date(2026, 8, 12, 10, 0, 0, 0, time.UTC)
	est := time.FixedZone("", -5*3600)
	tests := []struct {
		in      string
		want    time.Time
		flagged bool
	}{
		{"1782753306506", time.UnixMilli(1782753306506), false}, // Lever createdAt (ms)
		{"1700000000", time.Unix(1700000000, 0), false},
		{"1700000000.5", time.Unix(1700000000, 5e8), false},
		{"2018-11-15T19:37:17-05:00", time.Date(2018, 11, 15, 19, 37, 17, 0, est), false},           // Greenhouse updated_at
		{"2026-04-02T21:00:55.755+00:00", time.Date(2026, 4, 2, 21, 0, 55, 755e6, time.UTC), false}, // Ashby publishedAt
		{"2026-08-11 20:45:29 UTC", time.Date(2026, 8, 11, 20, 45, 29, 0, time.UTC), false},         // Recruitee
		{"Mon, 10 Aug 2026 16:52:46 +0000", time.Date(2026, 8, 10, 16, 52, 46, 0, time.UTC), false},
		{"Mon, 3 Aug 2026 16:52:46 GMT", time.Date(2026, 8, 3, 16, 52, 46, 0, time.UTC), false},
		{"Mon, 10 Aug 2026 11:52:46 EST", time.Date(2026, 8, 10, 16, 52, 46, 0, time.UTC), false},
		{"2026-07-01", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), false},
		{"2026-07-01 08:30:00", time.Date(2026, 7, 1, 8, 30, 0, 0, time.UTC), false},
		{"3 days ago", now.Add(-72 * time.Hour), false},
		{"5 minutes ago", now.Add(-5 * time.Minute), false},
		{"an hour ago", now.Add(-time.Hour), false},
		{"2 weeks ago", now.Add(-14 * 24 * time.Hour), false},
		{"30+ days ago", now.Add(-30 * 24 * time.Hour), false},
		{"a month ago", time.Date(2026, 7, 12, 10, 0, 0, 0, time.UTC), false},
		{"yesterday", now.Add(-24 * time.Hour), false},
		{"Today", now, false},
		// Workday's postedOn texts.
		{"Posted Yesterday", now.Add(-24 * time.Hour), false},
		{"Posted Today", now, false},
		{"Just posted", now, false},
		{"Posted 3 Days Ago", now.Add(-72 * time.Hour), false},
		{"30+ Days Ago", now.Add(-30 * 24 * time.Hour), false},
		{"Posted 30+ Days Ago", now.Add(-30 * 24 * time.Hour), false},
		{"  posted   yesterday ", now.Add(-24 * time.Hour), false},
		{"2026-08-13T09:00:00Z", time.Date(2026, 8, 13, 9, 0, 0, 0, time.UTC), false}, // within a day: kept
		{"2027-01-01", now, true},
		{"4102444800000", now, true}, // 2100 in ms
	}
	for _, tt := range tests {
		got, flagged, err := ParseDate(tt.in, now)
		if err != nil || !got.Equal(tt.want) || flagged != tt.flagged {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %v, %v", tt.in, got, flagged, err, tt.want, tt.flagged)
		}
	}
	// Yesterday is exactly what "1 day ago" is, in any zone.
	berlin := time.Date(2026, 3, 30, 10, 0, 0, 0, time.FixedZone("CEST", 7200))
	y, _, err1 := ParseDate("Posted Yesterday", berlin)
	d, _, err2 := ParseDate("1 day ago", berlin)
	if err1 != nil || err2 != nil || !y.Equal(d) || !y.Equal(berlin.Add(-24*time.Hour)) {
		t.Errorf("Posted Yesterday = %v (%v), 1 day ago = %v (%v)", y, err1, d, err2)
	}
	for _, bad := range []string{"", "soon", "13/45/2026", "abc days ago", "-5", "posted", "posted soon", "30+ days"} {
		if _, _, err := ParseDate(bad, now); !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q) err = %v, want ErrDate", bad, err)
		}
	}
}
