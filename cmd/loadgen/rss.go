package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// processRSS reads a process's resident memory in bytes from /proc/PID/status.
func processRSS(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("loadgen: read rss: %w", err)
	}
	defer f.Close()
	return parseStatusRSS(f)
}

// parseStatusRSS takes the VmRSS line of a /proc/PID/status, given in kB.
func parseStatusRSS(r io.Reader) (int64, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("loadgen: parse rss %q: %w", rest, err)
		}
		return kb << 10, nil
	}
	return 0, fmt.Errorf("loadgen: parse rss: no VmRSS line")
}

// rssSample is the resident memory seen while a level ran.
type rssSample struct {
	Peak, Mean int64
}

// sampleRSS reads rss every interval until the returned stop is called, which gives the peak and mean seen.
func sampleRSS(rss func() (int64, error), every time.Duration) (stop func() rssSample) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var s rssSample
	wg.Add(1)
	go func() {
		defer wg.Done()
		var sum, n int64
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if v, err := rss(); err == nil {
				s.Peak = max(s.Peak, v)
				sum += v
				n++
				s.Mean = sum / n
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() rssSample {
		close(done)
		wg.Wait()
		return s
	}
}
