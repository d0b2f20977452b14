package apidocs

import (
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/notify"
)

// chiParam matches a chi path parameter, with or without a regexp ({id} or {id:[0-9]+}).
var chiParam = regexp.MustCompile(`\{([^}:]+)(:[^}]*)?\}`)

// registeredRoutes walks the real API router and returns "METHOD /path" for every route under /api/v1,
// with the /api/v1 prefix removed (the spec's server URL) and chi parameters written the OpenAPI way.
// The services are non-nil zero values: routes are mounted only when their service exists, and
// walking never calls a handler.
func registeredRoutes(t *testing.T) []string {
	t.Helper()
	a := api.New(api.Deps{Flags: &flags.Service{}, Ingest: &ingest.Service{}, Matching: &index.Service{},
		Alerting: api.AlertingDeps{Alerts: &notify.Service{}}})
	r := chi.NewRouter()
	r.Route("/api/v1", a.Routes)
	seen := map[string]bool{}
	err := chi.Walk(r, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		path, ok := strings.CutPrefix(route, "/api/v1")
		if !ok {
			return nil
		}
		seen[method+" "+normalizePath(path)] = true
		return nil
	})
	if err != nil {
		t.Fatalf("walk routes: %v", err)
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// normalizePath drops chi's parameter regexps and the trailing slash a subrouter's "/" adds.
func normalizePath(p string) string {
	p = chiParam.ReplaceAllString(p, "{$1}")
	p = strings.ReplaceAll(p, "/*/", "/")
	if len(p) > 1 {
		p = strings.TrimSuffix(p, "/")
	}
	if p == "" {
		p = "/"
	}
	return p
}

func TestNormalizePath(t *testing.T) {
	for in, want := range map[string]string{
		"/applications/{id}/":      "/applications/{id}",
		"/jobs/{id:[0-9a-f-]+}":    "/jobs/{id}",
		"/calendar/{token}.ics":    "/calendar/{token}.ics",
		"/applications/{id}/notes": "/applications/{id}/notes",
		"/":                        "/",
	} {
		if got := normalizePath(in); got != want {
			t.Errorf("normalizePath(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEveryRouteIsDocumented compares the router and the spec both ways.
func TestEveryRouteIsDocumented(t *testing.T) {
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, op := range doc.Operations() {
		documented[op.Method+" "+op.Path] = true
	}
	registered := registeredRoutes(t)
	if len(registered) < 50 {
		t.Fatalf("walked only %d routes; the router was not built with every service", len(registered))
	}
	var undocumented []string
	for _, k := range registered {
		if !documented[k] {
			undocumented = append(undocumented, k)
		}
		delete(documented, k)
	}
	var missing []string
	for k := range documented {
		missing = append(missing, k)
	}
	sort.Strings(missing)
	if len(undocumented) > 0 {
		t.Errorf("%d route(s) registered but not in internal/apidocs/openapi.yaml:\n  %s", len(undocumented), strings.Join(undocumented, "\n  "))
	}
	if len(missing) > 0 {
		t.Errorf("%d operation(s) in internal/apidocs/openapi.yaml that no route serves:\n  %s", len(missing), strings.Join(missing, "\n  "))
	}
	t.Logf("%d routes, all documented", len(registered))
}
