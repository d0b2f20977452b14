package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// route is one request of the mix; path may hold %s for a search term.
type route struct {
	Name string
	Path string
}

// mix is the read workload: search, matches, applications and dashboard in equal parts.
var mix = []route{
	{"search", "/api/v1/search?q=%s"},
	{"matches", "/api/v1/jobs/matches"},
	{"applications", "/api/v1/applications"},
	{"dashboard", "/api/v1/dashboard"},
}

// terms are the search words, cycled by every client.
var terms = []string{"engineer", "python", "sales", "remote", "data", "product manager", "golang", "marketing", "design", "senior backend",
	"kubernetes", "customer success", "react", "account executive", "machine learning", "support"}

// result is what one load level measured.
type result struct {
	Clients   int
	Think     time.Duration
	Duration  time.Duration
	Requests  int
	Errors    int
	Bytes     int64
	P50       time.Duration
	P90       time.Duration
	P99       time.Duration
	Max       time.Duration
	ErrorKind map[string]int // route → errors
	PerRoute  map[string]int // route → requests
	Routes    map[string]routeStats
	ServerCPU time.Duration // CPU the server process used during the level, when known
	LoadAvg   string        // the machine's one-minute load average when the level started, when known
	ServerRSS rssSample     // the server process's resident memory during the level, when known
}

// routeStats are one route's latencies within a level.
type routeStats struct {
	Requests      int
	P50, P99, Max time.Duration
	MeanBytes     int
}

// RPS is completed requests per second of wall time.
func (r result) RPS() float64 { return float64(r.Requests) / r.Duration.Seconds() }

// MeanBytes is the mean body size of the successful responses.
func (r result) MeanBytes() int {
	if ok := r.Requests - r.Errors; ok > 0 {
		return int(r.Bytes / int64(ok))
	}
	return 0
}

// newClient returns one keep-alive client whose pool holds a connection per concurrent client.
func newClient(clients int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = clients * 2
	tr.MaxIdleConnsPerHost = clients * 2
	tr.IdleConnTimeout = 2 * time.Minute
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

// load runs a closed loop: clients goroutines each send a request, wait for the answer (and think, when
// think > 0) and send the next, over the routes in turn, until the duration is up or maxRequests were
// sent in total. With think time the clients start spread evenly over one think time.
func load(ctx context.Context, c *http.Client, base, token string, routes []route, clients int, d time.Duration, maxRequests int64, think time.Duration) result {
	type sample struct {
		lat   []time.Duration
		byRt  map[string][]time.Duration
		bytes int64
		rtB   map[string]int64
		errs  map[string]int
		reqs  map[string]int
	}
	samples := make([]sample, clients)
	var sent atomic.Int64
	// The deadline stops new requests; those in flight finish (within the client's timeout) and count,
	// so slow answers are measured rather than cut off.
	stop, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	auth := "Bearer " + token
	var wg sync.WaitGroup
	start := time.Now()
	for w := range clients {
		wg.Go(func() {
			s := &samples[w]
			s.lat = make([]time.Duration, 0, 1024)
			s.errs, s.reqs = map[string]int{}, map[string]int{}
			s.byRt, s.rtB = map[string][]time.Duration{}, map[string]int64{}
			if think > 0 { // users arrive one after another, not all in the same instant
				select {
				case <-stop.Done():
				case <-time.After(stagger(w, clients, think)):
				}
			}
			for i := w; stop.Err() == nil && sent.Add(1) <= maxRequests; i++ {
				rt := routes[i%len(routes)]
				path := rt.Path
				if rt.Name == "search" {
					path = fmt.Sprintf(rt.Path, url.QueryEscape(terms[(i/len(routes))%len(terms)]))
				}
				t0 := time.Now()
				n, ok := get(ctx, c, base+path, auth)
				if ctx.Err() != nil {
					break // the whole generator was interrupted
				}
				lat := time.Since(t0)
				s.lat = append(s.lat, lat)
				s.byRt[rt.Name] = append(s.byRt[rt.Name], lat)
				s.reqs[rt.Name]++
				if think > 0 {
					select { // a user reading the page before the next click
					case <-stop.Done():
					case <-time.After(think):
					}
				}
				if !ok {
					s.errs[rt.Name]++
					continue
				}
				s.bytes += n
				s.rtB[rt.Name] += n
			}
		})
	}
	wg.Wait()
	res := result{Clients: clients, Think: think, Duration: time.Since(start), ErrorKind: map[string]int{}, PerRoute: map[string]int{}, Routes: map[string]routeStats{}}
	var all []time.Duration
	byRt, rtB := map[string][]time.Duration{}, map[string]int64{}
	for _, s := range samples {
		for k, v := range s.byRt {
			byRt[k] = append(byRt[k], v...)
			rtB[k] += s.rtB[k]
		}
		all = append(all, s.lat...)
		res.Bytes += s.bytes
		for k, v := range s.errs {
			res.ErrorKind[k] += v
			res.Errors += v
		}
		for k, v := range s.reqs {
			res.PerRoute[k] += v
		}
	}
	for k, v := range byRt {
		slices.Sort(v)
		st := routeStats{Requests: len(v), P50: quantile(v, 0.5), P99: quantile(v, 0.99), Max: v[len(v)-1]}
		if ok := len(v) - res.ErrorKind[k]; ok > 0 {
			st.MeanBytes = int(rtB[k] / int64(ok))
		}
		res.Routes[k] = st
	}
	res.Requests = len(all)
	slices.Sort(all)
	res.P50, res.P90, res.P99 = quantile(all, 0.50), quantile(all, 0.90), quantile(all, 0.99)
	if len(all) > 0 {
		res.Max = all[len(all)-1]
	}
	return res
}

// get sends one GET and reads the whole body; ok is false for a transport error or a status ≥ 400.
func get(ctx context.Context, c *http.Client, u, auth string) (int64, bool) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, false
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := c.Do(req)
	if err != nil {
		return 0, false
	}
	n, err := io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return n, err == nil && res.StatusCode < 400
}

// quantile is the nearest-rank quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// stagger is when client w of n sends its first request: spread evenly over one think time, so that
// n thinking users offer n/think requests a second from the start instead of n at once every think.
func stagger(w, n int, think time.Duration) time.Duration {
	if n <= 0 {
		return 0
	}
	return think * time.Duration(w) / time.Duration(n)
}
