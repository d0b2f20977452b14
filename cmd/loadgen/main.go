// Command loadgen measures Career Copilot under a mixed read workload (search, matches, applications,
// dashboard) with a closed loop of concurrent clients, next to a bare net/http handler answering JSON
// of the same size. It only ever talks to loopback addresses, and every run is bounded in time and count.
//
//	loadgen --copilot bin/copilot --dbs sqlite,postgres --postgres URL --clients 100,500,1000 --duration 20s FILE…
//	loadgen --target http://127.0.0.1:8000 --clients 100 --duration 10s
//	loadgen --bare --bare-size 4000 --clients 500
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Hard bounds of a run, whatever the flags say.
const (
	maxClients  = 5000
	maxDuration = 5 * time.Minute
)

type options struct {
	copilot     string
	target      string
	dbs         []string
	postgres    string
	redis       string
	clients     []int
	duration    time.Duration
	warmup      time.Duration
	think       time.Duration
	maxRequests int64
	apps        int
	email       string
	password    string
	bare        bool
	bareSize    int
	compare     bool
	files       []string
	synth       int
	fixtures    string
	routes      []route
	label       string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func parse(args []string, stderr io.Writer) (options, error) {
	var o options
	var dbs, clients, routes string
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.copilot, "copilot", "", "copilot binary to start on a fresh database per run (files to import are the arguments)")
	fs.StringVar(&o.target, "target", "", "an already running copilot on loopback (instead of --copilot)")
	fs.StringVar(&dbs, "dbs", "sqlite", "with --copilot: databases to run on, comma separated: sqlite, postgres")
	fs.StringVar(&o.postgres, "postgres", "", "PostgreSQL server on loopback for the postgres run; a fresh database is made and dropped")
	fs.StringVar(&o.redis, "redis", "", "Redis on loopback for the postgres run's shared rate limits (empty: in process)")
	fs.StringVar(&clients, "clients", "100,500,1000", "concurrent clients per level, comma separated")
	fs.DurationVar(&o.duration, "duration", 20*time.Second, "length of each level")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, "unmeasured load before the first level")
	fs.DurationVar(&o.think, "think", 0, "pause of each client after an answer (0: a pure closed loop)")
	fs.Int64Var(&o.maxRequests, "max-requests", 5_000_000, "most requests of one level")
	fs.IntVar(&o.apps, "apps", 40, "applications to track for the load user")
	fs.StringVar(&o.email, "email", "load@example.com", "account of the load user (registered when missing)")
	fs.StringVar(&o.password, "password", "closed-loop-7-mix", "password of the load user")
	fs.BoolVar(&o.bare, "bare", false, "only load an in-process bare net/http JSON handler of --bare-size bytes")
	fs.IntVar(&o.bareSize, "bare-size", 2048, "response size of --bare")
	fs.BoolVar(&o.compare, "compare-bare", true, "after each level, run it against a bare handler of the mean response size")
	fs.StringVar(&routes, "routes", "search,matches,applications,dashboard", "routes of the mix, comma separated, in equal parts")
	fs.StringVar(&o.label, "label", "", "suffix of the database column, to tell mixes apart")
	fs.IntVar(&o.synth, "synth", 0, "with --copilot: also import this many postings multiplied from the real captures of --fixtures (a copy of each at another company; the few captures that repeat a job are linked on import)")
	fs.StringVar(&o.fixtures, "fixtures", cmp.Or(os.Getenv("COPILOT_SHARED_FIXTURES"), filepath.Join("..", "shared", "fixtures")), "the shared fixtures, for --synth")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.files = fs.Args()
	for _, d := range strings.Split(dbs, ",") {
		switch d = strings.TrimSpace(d); d {
		case "sqlite", "postgres":
			o.dbs = append(o.dbs, d)
		case "":
		default:
			return o, fmt.Errorf("loadgen: --dbs: unknown database %q", d)
		}
	}
	for _, name := range strings.Split(routes, ",") {
		i := slices.IndexFunc(mix, func(r route) bool { return r.Name == strings.TrimSpace(name) })
		if i < 0 {
			return o, fmt.Errorf("loadgen: --routes: unknown route %q", name)
		}
		o.routes = append(o.routes, mix[i])
	}
	for _, c := range strings.Split(clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 || n > maxClients {
			return o, fmt.Errorf("loadgen: --clients: %q is not from 1 to %d", c, maxClients)
		}
		o.clients = append(o.clients, n)
	}
	if o.duration <= 0 || o.duration > maxDuration {
		return o, fmt.Errorf("loadgen: --duration must be above 0 and at most %s", maxDuration)
	}
	o.warmup = min(max(o.warmup, 0), maxDuration)
	if o.think < 0 || o.think > time.Minute {
		return o, errors.New("loadgen: --think must be from 0 to 1m")
	}
	if o.synth < 0 || o.synth > 1_000_000 || (o.synth > 0 && o.copilot == "") {
		return o, errors.New("loadgen: --synth takes from 0 to 1000000 postings, with --copilot")
	}
	if o.maxRequests < 1 {
		return o, errors.New("loadgen: --max-requests must be positive")
	}
	modes := 0
	for _, set := range []bool{o.copilot != "", o.target != "", o.bare} {
		if set {
			modes++
		}
	}
	if modes != 1 {
		return o, errors.New("loadgen: give exactly one of --copilot, --target or --bare")
	}
	for _, u := range []string{o.target, o.postgres, o.redis} {
		if u != "" {
			if err := checkLoopback(u); err != nil {
				return o, err
			}
		}
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parse(args, stderr)
	if err != nil {
		return err
	}
	rep := &report{out: stdout, log: stderr}
	switch {
	case o.bare:
		rep.header()
		for _, c := range o.clients {
			r, err := bareLevel(ctx, o, c, o.bareSize)
			if err != nil {
				return err
			}
			rep.bareRow(r)
		}
		return nil
	case o.target != "":
		rep.header()
		err := measure(ctx, o, "target", o.target, rep, nil, nil)
		rep.notesOut()
		return err
	}
	if o.synth > 0 {
		dir, err := os.MkdirTemp("", "copilot-load-corpus-")
		if err != nil {
			return fmt.Errorf("loadgen: corpus dir: %w", err)
		}
		defer os.RemoveAll(dir)
		seeds, err := readSeeds(o.fixtures)
		if err != nil {
			return err
		}
		files, err := writeSynth(seeds, o.synth, 10000, dir)
		if err != nil {
			return err
		}
		o.files = append(o.files, files...)
	}
	rep.header()
	for _, d := range o.dbs {
		if err := onFresh(ctx, o, d, rep); err != nil {
			return err
		}
	}
	rep.notesOut()
	return nil
}

// onFresh runs every level on a fresh database of the dialect: migrate, import, serve, seed, measure.
func onFresh(ctx context.Context, o options, dialect string, rep *report) error {
	env, cleanup, err := dbEnv(ctx, dialect, o.postgres, o.redis)
	if err != nil {
		return err
	}
	defer cleanup()
	if err := runCopilot(ctx, o.copilot, env, "migrate", "up"); err != nil {
		return err
	}
	if len(o.files) > 0 {
		// A file of an unsupported format fails the command after the others are imported: note it, go on.
		if err := runCopilot(ctx, o.copilot, env, append([]string{"import"}, o.files...)...); err != nil {
			rep.note(fmt.Sprintf("%s: %v (the other files were imported)", dialect, err))
		}
	}
	in, err := startCopilot(ctx, o.copilot, env)
	if err != nil {
		return err
	}
	defer in.Stop()
	if o.redis != "" && dialect == "postgres" {
		rep.note("postgres runs share rate-limit counters through Redis at " + redactURL(o.redis))
	}
	pid := in.cmd.Process.Pid
	return measure(ctx, o, dialect, in.URL, rep, func() (time.Duration, error) { return processCPU(pid) },
		func() (int64, error) { return processRSS(pid) })
}

// measure seeds the load user on the server and runs every level, each followed by its bare twin.
// cpu and rss, when given, read the server's CPU time and resident memory, to report its CPU per request
// and its memory under load.
func measure(ctx context.Context, o options, label, base string, rep *report, cpu func() (time.Duration, error), rss func() (int64, error)) error {
	a := &api{c: newClient(4), base: base}
	if err := a.login(ctx, o.email, o.password); err != nil {
		return err
	}
	n, err := a.seedUser(ctx, o.apps)
	if err != nil {
		return err
	}
	routes, notes := a.probe(ctx, o.routes)
	if o.label != "" {
		label += " " + o.label
	}
	for _, nt := range notes {
		rep.note(label + ": " + nt)
	}
	if len(routes) == 0 {
		return errors.New("loadgen: no route of the mix answers")
	}
	fmt.Fprintf(rep.log, "%s: %d applications tracked, mix %v\n", label, n, names(routes))
	c := newClient(maxInts(o.clients))
	if o.warmup > 0 {
		load(ctx, c, base, a.token, routes, min(50, o.clients[0]), o.warmup, o.maxRequests, o.think)
	}
	for _, cl := range o.clients {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var cpu0 time.Duration
		if cpu != nil {
			cpu0, _ = cpu()
		}
		loadAvg := loadAverage()
		stopRSS := func() rssSample { return rssSample{} }
		if rss != nil {
			stopRSS = sampleRSS(rss, 100*time.Millisecond)
		}
		r := load(ctx, c, base, a.token, routes, cl, o.duration, o.maxRequests, o.think)
		r.LoadAvg = loadAvg
		r.ServerRSS = stopRSS()
		if cpu != nil {
			if cpu1, err := cpu(); err == nil && r.Requests > 0 {
				r.ServerCPU = cpu1 - cpu0
			}
		}
		row := rep.row(label, r)
		if o.compare {
			b, err := bareLevel(ctx, o, cl, r.MeanBytes())
			if err != nil {
				return err
			}
			row.bare = &b
		}
		rep.print(row)
		c.CloseIdleConnections()
	}
	return nil
}

// bareLevel runs one level against a fresh bare handler answering size bytes.
func bareLevel(ctx context.Context, o options, clients, size int) (result, error) {
	b, err := startBare(size)
	if err != nil {
		return result{}, err
	}
	defer b.Close()
	c := newClient(clients)
	defer c.CloseIdleConnections()
	if o.warmup > 0 {
		load(ctx, c, b.URL, "", o.routes, min(50, clients), min(o.warmup, time.Second), o.maxRequests, o.think)
	}
	return load(ctx, c, b.URL, "", o.routes, clients, o.duration, o.maxRequests, o.think), nil
}

func names(rs []route) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	return out
}

func maxInts(xs []int) int {
	m := 1
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
