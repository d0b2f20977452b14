package main

import (
	"os"
	"strings"
)

// loadAverage is the one-minute load average of the machine from /proc/loadavg, or "?" where it
// cannot be read: the machine is shared, so each level notes how busy it was when it started.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return firstField(string(b))
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return "?"
}
