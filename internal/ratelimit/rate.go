package ratelimit

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rate is a budget of Limit events per fixed Window.
type Rate struct {
	Limit  int
	Window time.Duration
}

// String renders the rate the way ParseRate reads it, such as "20/1m".
func (r Rate) String() string {
	w := r.Window
	switch {
	case w >= time.Hour && w%time.Hour == 0:
		return fmt.Sprintf("%d/%dh", r.Limit, w/time.Hour)
	case w >= time.Minute && w%time.Minute == 0:
		return fmt.Sprintf("%d/%dm", r.Limit, w/time.Minute)
	}
	return fmt.Sprintf("%d/%ds", r.Limit, w/time.Second)
}

// ParseRate reads "N/window" such as "20/1m", "600/1h" or "5/s" (a bare unit means one of it).
func ParseRate(s string) (Rate, error) {
	n, win, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Rate{}, fmt.Errorf("ratelimit: want N/window such as 20/1m")
	}
	limit, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil || limit < 1 || limit > 1_000_000 {
		return Rate{}, fmt.Errorf("ratelimit: the count before / must be a whole number from 1 to 1000000")
	}
	win = strings.TrimSpace(win)
	if win == "s" || win == "m" || win == "h" {
		win = "1" + win
	}
	d, err := time.ParseDuration(win)
	if err != nil || d < time.Second || d > 24*time.Hour {
		return Rate{}, fmt.Errorf("ratelimit: the window after / must be a duration from 1s to 24h such as 1m")
	}
	if d%time.Second != 0 {
		return Rate{}, fmt.Errorf("ratelimit: the window must be whole seconds")
	}
	return Rate{Limit: limit, Window: d}, nil
}
