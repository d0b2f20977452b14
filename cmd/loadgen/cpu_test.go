package main

import (
	"os"
	"testing"
	"time"
)

func TestParseStatCPU(t *testing.T) {
	// A stat line whose command name holds spaces and a parenthesis; utime 250 and stime 50 ticks.
	stat := "4242 (copilot (x) serve) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 50 0 0 20 0 12 0 100 0 0"
	got, err := parseStatCPU(stat)
	if err != nil {
		t.Fatal(err)
	}
	if got != 3*time.Second {
		t.Errorf("cpu = %v, want 3s (300 ticks)", got)
	}
	if _, err := parseStatCPU("4242 (copilot) S 1 2"); err == nil {
		t.Error("a short line parsed")
	}
}

func TestProcessCPUOfThisProcess(t *testing.T) {
	before, err := processCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(300 * time.Millisecond)
	x := 0
	for time.Now().Before(deadline) {
		x++
	}
	after, err := processCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if after-before < 50*time.Millisecond {
		t.Errorf("300 ms of spinning counted %v of CPU (x=%d)", after-before, x)
	}
}
