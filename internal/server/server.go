// Package server is the HTTP server: middleware, health, metrics, the API and the embedded UI.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/metrics"
	"github.com/career-copilot/copilot/internal/version"
)

// Check is one dependency probed by /health.
type Check struct {
	Name     string
	Required bool // a failing required check makes /health/ready answer 503
	Probe    func(ctx context.Context) error
}

// Options are what the server is built from.
type Options struct {
	Addr    string
	Metrics *metrics.Metrics
	API     func(r chi.Router)              // mounts /api/v1
	Extra   func(r chi.Router)              // other top-level routes (calendar feeds, docs)
	Limit   func(http.Handler) http.Handler // rate limit for the Extra routes (the API mounts its own after authentication)
	UI      http.Handler                    // the embedded web UI, served for every other path
	Checks  []Check
}

// Server is the running HTTP server.
type Server struct {
	http *http.Server
	ln   net.Listener
}

// Handler builds the root router.
func Handler(o Options) http.Handler {
	r := chi.NewRouter()
	r.Use(requestID, observe(o.Metrics), recoverer, securityHeaders)
	r.Get("/health", health(o.Checks, false))
	r.Get("/health/ready", health(o.Checks, true))
	r.Get("/health/live", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"status":"ok"}` + "\n"))
	})
	r.Method(http.MethodGet, "/metrics", o.Metrics.Handler())
	r.Route("/api/v1", o.API)
	if o.Extra != nil {
		r.Group(func(r chi.Router) {
			if o.Limit != nil {
				r.Use(o.Limit)
			}
			o.Extra(r)
		})
	}
	if o.UI != nil {
		r.Handle("/*", o.UI)
	}
	return r
}

// New listens on the address; the port is known (Addr) before Serve.
func New(o Options) (*Server, error) {
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return nil, fmt.Errorf("server: listen %s: %w", o.Addr, err)
	}
	hs := &http.Server{
		Handler:           Handler(o),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn),
		ConnState: func(_ net.Conn, s http.ConnState) {
			switch s {
			case http.StateNew:
				o.Metrics.ActiveConnections.Inc()
			case http.StateClosed, http.StateHijacked:
				o.Metrics.ActiveConnections.Dec()
			}
		},
	}
	return &Server{http: hs, ln: ln}, nil
}

// Addr is the address actually listened on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve answers requests until Shutdown.
func (s *Server) Serve() error {
	if err := s.http.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

// Shutdown stops accepting connections and waits for in-flight requests until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error { return s.http.Shutdown(ctx) }

type checkResult struct {
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}

func health(checks []Check, readyOnly bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		results := map[string]checkResult{}
		status, code := "ok", http.StatusOK
		for _, c := range checks {
			res := checkResult{Status: "ok"}
			if err := c.Probe(ctx); err != nil {
				// The probe's text stays in the log; the client learns only that the dependency is down.
				slog.WarnContext(ctx, "health check failed", "check", c.Name, "err", err)
				res = checkResult{Status: "down", Error: "unavailable"}
				status = "degraded"
				if c.Required {
					code = http.StatusServiceUnavailable
					status = "unavailable"
				}
			}
			results[c.Name] = res
		}
		body := map[string]any{"status": status, "checks": results}
		if !readyOnly {
			body["version"], body["commit"], body["build_date"] = version.Version, version.Commit, version.BuildDate
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(body)
	}
}
