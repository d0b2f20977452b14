package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/redis/go-redis/v9"
	"github.com/riverqueue/river"

	"github.com/career-copilot/copilot/internal/analytics"
	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/apidocs"
	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/config"
	"github.com/career-copilot/copilot/internal/embed"
	"github.com/career-copilot/copilot/internal/fetch"
	featureflags "github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/memlimit"
	"github.com/career-copilot/copilot/internal/metrics"
	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/email"
	"github.com/career-copilot/copilot/internal/notify/inapp"
	"github.com/career-copilot/copilot/internal/notify/slack"
	"github.com/career-copilot/copilot/internal/notify/webhook"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/server"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/task"
	"github.com/career-copilot/copilot/internal/user"
	"github.com/career-copilot/copilot/internal/version"
	"github.com/career-copilot/copilot/internal/webui"
)

// serve runs the server, top to bottom: config, logging, database, schema, services, workers,
// HTTP; then waits for a signal and shuts down in reverse.
func (e env) serve(ctx context.Context, args []string) error {
	flags, err := serveFlags(args, e.stderr)
	if err != nil {
		return err
	}
	c, err := config.Load(e.lookup, flags)
	if err != nil {
		return err
	}
	setupLogging(c, e.stderr)
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if c.MemoryLimit > 0 && !runtimeLimitSet(e.lookup) {
		go memlimit.Run(ctx, c.MemoryLimit, 5*time.Second)
	}

	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := checkSchema(ctx, c, st, e.stderr); err != nil {
		return err
	}
	secret, err := jwtSecret(c)
	if err != nil {
		return err
	}
	var rdb *redis.Client
	if c.RedisURL != "" {
		opt, err := redis.ParseURL(c.RedisURL)
		if err != nil {
			return &config.Error{Env: "REDIS_URL", Value: "…", Reason: err.Error()}
		}
		rdb = redis.NewClient(opt)
		defer rdb.Close()
	}

	// One counter for every limit: shared through Redis when configured, in memory while Redis is away.
	counter := ratelimit.Counter(ratelimit.NewMemory(nil))
	if rdb != nil {
		counter = ratelimit.NewFallback(ratelimit.NewRedis(rdb, ratelimit.DefaultPrefix), nil, ratelimit.FallbackOptions{})
	}
	limiter := server.NewLimiter(counter, server.RateLimits{Auth: c.RateAuth, Writes: c.RateWrites, Reads: c.RateReads}, server.LimiterOptions{TrustProxy: c.TrustProxy})
	// Feature flags: the file when COPILOT_FLAGS_FILE is set, else the database table every replica polls.
	var flagSource featureflags.Source = featureflags.DB{St: st}
	if c.FlagsFile != "" {
		flagSource = featureflags.File{Path: c.FlagsFile}
	}
	featureFlags := featureflags.New(flagSource, featureflags.Options{})
	_ = featureFlags.Reload(ctx) // a bad source is logged and the defaults stand
	go featureFlags.Run(ctx)

	m := metrics.New(st.Stats)
	users := user.New(st, user.Config{Secret: secret, AccessTTL: c.AccessTokenTTL, RefreshTTL: c.RefreshTokenTTL, SessionTTL: c.SessionTTL,
		Registration: c.Registration, LoginMaxAttempts: c.LoginMaxAttempts, LoginWindow: c.LoginWindow}, counter)
	profiles := profile.NewService(st)
	tracker := application.NewService(st, profiles)
	// The match index: built from the database, then refreshed by polling so every replica converges.
	matching := index.New(st, profiles)
	if c.Role != "worker" {
		if err := matching.Load(ctx); err != nil {
			return err
		}
		go matching.Run(ctx, 3*time.Second)
	}
	// Hybrid ranking (advanced_matching) when an OpenAI-compatible embeddings endpoint is configured.
	if url, ok := e.lookup("COPILOT_EMBEDDINGS_URL"); ok && url != "" {
		model, _ := e.lookup("COPILOT_EMBEDDINGS_MODEL")
		key, _ := e.lookup("COPILOT_EMBEDDINGS_KEY")
		if err := matching.EnableEmbeddings(ctx, embed.NewOpenAI(url, model, key), func(userID string) bool {
			return featureFlags.Enabled(featureflags.AdvancedMatching, userID)
		}); err != nil {
			return err
		}
	}

	workers := river.NewWorkers()
	river.AddWorker(workers, &task.PruneWorker{Store: st})
	river.AddWorker(workers, &application.RemindersWorker{Service: tracker})
	ing := newIngest(st, c)
	river.AddWorker(workers, &task.IngestWorker{Ingest: ing})
	river.AddWorker(workers, &task.ScheduleWorker{Ingest: ing})
	// Alerts and notifications: one package per channel, one River task per delivery.
	hub := inapp.NewHub()
	hooks := webhook.HTTPClient(c.AllowPrivateFetch, 20*time.Second)
	alerts := notify.New(st, profiles, notify.NewResumeMatcher(matching), []notify.Channel{inapp.New(st, hub),
		email.New(email.Config{Host: c.SMTPHost, Port: c.SMTPPort, Username: c.SMTPUsername, Password: c.SMTPPassword, From: c.SMTPFrom, TLS: c.SMTPTLS}),
		webhook.New(hooks, "CareerCopilot-Webhook/"+version.Version), slack.New(hooks)},
		notify.Options{BaseURL: c.BaseURL, Tokens: notify.NewTokens(secret), EmailOn: c.SMTPHost != "", CheckURL: fetch.New(fetch.Options{AllowPrivate: c.AllowPrivateFetch}).CheckURL})
	river.AddWorker(workers, &notify.DeliverWorker{Service: alerts})
	river.AddWorker(workers, &notify.EvaluateWorker{Service: alerts})
	work := c.Role != "api"
	queue, err := task.New(st, task.Options{Work: work, Concurrency: c.WorkerConcurrency, Workers: workers,
		Periodic: []*river.PeriodicJob{task.PrunePeriodic(), task.SchedulePeriodic(0), application.RemindersPeriodic(), notify.EvaluatePeriodic(c.AlertInterval)}, Logger: slog.Default()})
	if err != nil {
		return err
	}
	alerts.SetQueue(notify.RiverQueue{Q: queue})
	ing.SetQueue(task.IngestQueue{Q: queue})
	if work {
		if err := queue.Start(ctx); err != nil {
			return fmt.Errorf("start workers: %w", err)
		}
	}
	go refreshGauges(ctx, st, m)

	a := api.New(api.Deps{Users: users, Profiles: profiles, Applications: tracker, Exporters: []api.Exporter{{Name: "tracker",
		Data: func(r *http.Request, userID string) (any, error) { return tracker.Export(r.Context(), userID) }},
		{Name: "resumes", Data: func(r *http.Request, userID string) (any, error) { return matching.Resumes(r.Context(), userID) }}}, CookieSecure: c.CookieSecure, SessionTTL: c.SessionTTL, TrustProxy: c.TrustProxy,
		Flags: featureFlags, RateLimit: limiter.Middleware, Ingest: ing, Matching: matching,
		Alerting: api.AlertingDeps{Alerts: alerts, Analytics: dashboardAnalytics(st, profiles, matching), Hub: hub, Notifications: st,
			Evaluate: notify.RiverQueue{Q: queue}.EnqueueEvaluate}})
	apiRoutes := a.Routes
	if c.Role == "worker" {
		apiRoutes = func(r chi.Router) {} // a worker serves health and metrics only
	}
	docs, err := apidocs.New() // the OpenAPI spec at /api/openapi.yaml and .json, its reference page at /docs
	if err != nil {
		return err
	}
	srv, err := server.New(server.Options{Addr: c.Addr, Metrics: m, API: apiRoutes, Extra: docs.Routes, Limit: limiter.Middleware, UI: webui.Handler(), Checks: checks(st, rdb, queue, work)})
	if err != nil {
		return err
	}
	slog.Info("career copilot started", "addr", srv.Addr(), "database", st.Dialect(), "role", c.Role, "redis", rdb != nil, "ui_built", webui.Built())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve() }()

	select {
	case <-ctx.Done():
	case err := <-errc:
		return err
	}
	slog.Info("shutting down", "timeout", c.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), c.ShutdownTimeout)
	defer cancel()
	err = srv.Shutdown(sctx)
	if work {
		err = errors.Join(err, queue.Stop(sctx))
	}
	slog.Info("stopped")
	return err
}

func serveFlags(args []string, out io.Writer) (map[string]string, error) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(out)
	envOf := map[string]string{}
	for _, s := range config.Settings {
		if s.Flag != "" {
			fs.String(s.Flag, s.Default, s.Description+" (env "+s.Env+")")
			envOf[s.Flag] = s.Env
		}
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	flags := map[string]string{}
	fs.Visit(func(f *flag.Flag) { flags[envOf[f.Name]] = f.Value.String() })
	return flags, nil
}

func setupLogging(c *config.Config, w io.Writer) {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(c.LogLevel))
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if c.LogFormat == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	slog.SetDefault(slog.New(h))
}

// checkSchema applies migrations on SQLite; on PostgreSQL it refuses a stale schema unless told to migrate.
func checkSchema(ctx context.Context, c *config.Config, st *store.Store, out io.Writer) error {
	if !c.Postgres() || c.AutoMigrate {
		n, err := st.MigrateUp(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			slog.Info("applied migrations", "count", n)
		}
		return nil
	}
	n, err := st.Pending(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("the database has %d pending migration(s); run `copilot migrate up` (with the same DATABASE_URL), or set COPILOT_AUTO_MIGRATE=true", n)
	}
	return nil
}

func checks(st *store.Store, rdb *redis.Client, q task.Queue, work bool) []server.Check {
	cs := []server.Check{
		{Name: "database", Required: true, Probe: st.Ping},
		{Name: "queue", Probe: func(ctx context.Context) error {
			_, err := st.TaskBacklog(ctx)
			return err
		}},
	}
	if rdb != nil {
		cs = append(cs, server.Check{Name: "redis", Probe: func(ctx context.Context) error { return rdb.Ping(ctx).Err() }})
	}
	return cs
}

// refreshGauges updates the gauges that come from the database every 15 seconds.
func refreshGauges(ctx context.Context, st *store.Store, m *metrics.Metrics) {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		if b, err := st.TaskBacklog(ctx); err == nil {
			m.TaskBacklog.Reset()
			for q, n := range b {
				m.TaskBacklog.WithLabelValues(q).Set(float64(n))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// dashboardAnalytics builds analytics that scores with the resume matcher and reads marks through
// the matching service's cache.
func dashboardAnalytics(st *store.Store, profiles *profile.Service, matching *index.Service) *analytics.Service {
	a := analytics.New(st, profiles, notify.NewResumeMatcher(matching).Scores)
	a.UseMarks(matching.Marks)
	return a
}

// runtimeLimitSet reports whether GOMEMLIMIT sets the runtime's limit itself, which then wins over
// COPILOT_MEMORY_LIMIT; the runtime takes an empty one as unset.
func runtimeLimitSet(lookup func(string) (string, bool)) bool {
	v, _ := lookup("GOMEMLIMIT")
	return strings.TrimSpace(v) != ""
}
