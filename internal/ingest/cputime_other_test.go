//go:build !unix

package ingest_test

import "time"

// cpuTime is not measured on this platform; the benchmark then reports wall-clock rates only.
func cpuTime() time.Duration { return 0 }
