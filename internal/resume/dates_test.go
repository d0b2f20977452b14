package resume

import (
	"testing"
	"time"
)

func TestFindRange(t *testing.T) {
	cases := []struct {
		line, start, end string
		current          bool
	}{
		{"Engineer, Foo — Jan 2019 – Present", "2019-01", "", true},
		{"2019-03 - 2021-06", "2019-03", "2021-06", false},
		{"03/2019 – 06/2021", "2019-03", "2021-06", false},
		{"2017 - 2019", "2017", "2019", false},
		{"March 2018 to Current", "2018-03", "", true},
		{"Staff Engineer, Acme Corp (2021-present)", "2021", "", true},
		{"Sept. 2015 — Dec. 2016", "2015-09", "2016-12", false},
		{"Summer 2022", "2022-06", "2022-06", false},
		{"2013-12-01 - 2014-12-01", "2013-12", "2014-12", false},
	}
	for _, c := range cases {
		r, ok := findRange(c.line)
		if !ok {
			t.Errorf("%q: no range", c.line)
			continue
		}
		end := r.end.String()
		if r.current {
			end = ""
		}
		if r.start.String() != c.start || end != c.end || r.current != c.current {
			t.Errorf("%q: got %s..%s current=%v, want %s..%s %v", c.line, r.start, end, r.current, c.start, c.end, c.current)
		}
	}
	for _, line := range []string{"Phone: (555) 123-4567", "Built 3 services", "2013-12-021", "Improved latency by 2019 percent for users in many teams"} {
		if r, ok := findRange(line); ok {
			t.Errorf("%q: unexpected range %+v", line, r)
		}
	}
}

func TestExperienceMonthsUnion(t *testing.T) {
	now := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	jobs := []Job{
		{Start: "2019-03", End: "2021-06"}, // 28 months
		{Start: "2020-01", End: "2020-12"}, // inside the first: adds nothing
		{Start: "2021-06", End: "2022-01"}, // overlaps June 2021: adds Jul 2021..Jan 2022 = 7
		{Start: "2024-01", Current: true},  // Jan 2024..Dec 2025 = 24 (now's month not yet complete)
		{Start: "bogus", End: "2020-01"},   // ignored
		{Start: "2030-01", End: "2031-01"}, // future: ignored
		{Start: "2015", End: "2017"},       // two years by year-only dates
	}
	if got := experienceMonths(jobs, now); got != 28+7+24+24 {
		t.Fatalf("months = %d, want %d", got, 28+7+24+24)
	}
}
