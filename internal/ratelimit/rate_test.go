package ratelimit

import (
	"strings"
	"testing"
	"time"
)

func TestParseRate(t *testing.T) {
	good := map[string]Rate{
		"20/1m":    {20, time.Minute},
		" 600/1h ": {600, time.Hour},
		"5/s":      {5, time.Second},
		"120/90s":  {120, 90 * time.Second},
	}
	for in, want := range good {
		got, err := ParseRate(in)
		if err != nil || got != want {
			t.Errorf("ParseRate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	bad := map[string]string{
		"20":        "want N/window",
		"0/1m":      "count before /",
		"x/1m":      "count before /",
		"20/":       "window after /",
		"20/100ms":  "window after /",
		"20/48h":    "window after /",
		"20/1500ms": "whole seconds",
	}
	for in, msg := range bad {
		_, err := ParseRate(in)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ParseRate(%q) error %v, want one mentioning %q", in, err, msg)
		}
	}
	for r, want := range map[Rate]string{{20, time.Minute}: "20/1m", {5, 2 * time.Hour}: "5/2h", {9, 90 * time.Second}: "9/90s"} {
		if s := r.String(); s != want {
			t.Errorf("String = %q, want %q", s, want)
		}
	}
}
