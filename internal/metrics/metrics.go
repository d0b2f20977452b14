// Package metrics owns the Prometheus registry and the product's metrics.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the collectors the server and workers update.
type Metrics struct {
	Registry          *prometheus.Registry
	Requests          *prometheus.CounterVec
	Duration          *prometheus.HistogramVec
	ActiveConnections prometheus.Gauge
	IngestRuns        *prometheus.CounterVec
	IngestPostings    *prometheus.CounterVec
	SourceFailures    *prometheus.GaugeVec
	TaskBacklog       *prometheus.GaugeVec
	TaskFailures      *prometheus.CounterVec
	Notifications     *prometheus.CounterVec
}

// New registers every metric on a fresh registry with Go runtime and process collectors.
// dbStats reports database connections in use and the maximum.
func New(dbStats func() (inUse, maxOpen int)) *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{
		Registry: reg,
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "HTTP requests by method, route pattern and status."},
			[]string{"method", "endpoint", "status"}),
		Duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "http_request_duration_seconds", Help: "HTTP request latency by method and route pattern.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"method", "endpoint"}),
		ActiveConnections: prometheus.NewGauge(prometheus.GaugeOpts{Name: "active_connections", Help: "Open client connections."}),
		IngestRuns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ingest_runs_total", Help: "Source runs by kind and outcome (success, failure)."},
			[]string{"kind", "status"}),
		IngestPostings: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ingest_postings_total", Help: "Postings seen by ingestion, by outcome (new, updated, unchanged, closed)."},
			[]string{"outcome"}),
		SourceFailures: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ingest_source_consecutive_failures", Help: "Consecutive failed runs per source."},
			[]string{"source_id", "kind"}),
		TaskBacklog: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "task_backlog", Help: "Background tasks waiting to run, by queue."},
			[]string{"queue"}),
		TaskFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "task_failures_total", Help: "Background task attempts that failed, by kind."},
			[]string{"kind"}),
		Notifications: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "notifications_sent_total", Help: "Notification deliveries by channel and status."},
			[]string{"channel", "status"}),
	}
	reg.MustRegister(m.Requests, m.Duration, m.ActiveConnections, m.IngestRuns, m.IngestPostings, m.SourceFailures, m.TaskBacklog, m.TaskFailures, m.Notifications)
	reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "db_connections_active", Help: "Database connections in use."},
			func() float64 { n, _ := dbStats(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "db_connections_max", Help: "Maximum database connections."},
			func() float64 { _, n := dbStats(); return float64(n) }),
	)
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}
