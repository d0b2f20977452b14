//go:build !linux

package search

import "time"

// cpuTime is not measured on this platform; benchmarks then report wall-clock figures only.
func cpuTime() time.Duration { return 0 }

// procMiB is not measured on this platform.
func procMiB(string) float64 { return 0 }
