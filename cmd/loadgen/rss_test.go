package main

import (
	"errors"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseStatusRSS(t *testing.T) {
	status := "Name:\tcopilot\nVmPeak:\t  900000 kB\nVmRSS:\t  153600 kB\nRssAnon:\t  100 kB\n"
	got, err := parseStatusRSS(strings.NewReader(status))
	if err != nil || got != 153600*1024 {
		t.Fatalf("parseStatusRSS = %d, %v; want %d", got, err, 153600*1024)
	}
	if _, err := parseStatusRSS(strings.NewReader("Name:\tx\n")); err == nil {
		t.Fatal("a status without VmRSS gave no error")
	}
}

func TestProcessRSSOfThisProcess(t *testing.T) {
	got, err := processRSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if got < 1<<20 {
		t.Fatalf("this process's RSS is %d bytes, below 1 MiB", got)
	}
}

func TestSampleRSSPeakAndMean(t *testing.T) {
	vals := []int64{100, 300, 200}
	var calls atomic.Int64
	stop := sampleRSS(func() (int64, error) {
		i := calls.Add(1) - 1
		if i >= int64(len(vals)) {
			return 0, errors.New("done") // later reads fail and must not count
		}
		return vals[i], nil
	}, time.Millisecond)
	for calls.Load() <= int64(len(vals)) {
		time.Sleep(time.Millisecond)
	}
	s := stop()
	if s.Peak != 300 || s.Mean != 200 {
		t.Fatalf("sample = %+v, want peak 300 mean 200", s)
	}
}
