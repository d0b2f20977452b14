// Package api is the REST interface under /api/v1: one routes function, handlers that return errors,
// and one place that renders them.
package api

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/user"
)

// Deps are the services the API calls.
type Deps struct {
	Users        *user.Service
	Profiles     *profile.Service
	Applications *application.Service // the tracker
	Exporters    []Exporter           // each adds a section to the account export
	CookieSecure bool
	SessionTTL   time.Duration
	TrustProxy   bool
	Flags        *flags.Service                  // feature flags; nil mounts no flag routes
	RateLimit    func(http.Handler) http.Handler // runs after authentication so users are counted per account
	Ingest       *ingest.Service                 // sources, runs and postings; nil mounts no source or job routes
	Matching     *index.Service                  // resumes, matches, search and the skill gap; nil mounts none of them
	Alerting     AlertingDeps                    // alerts, channels, analytics, dashboard, notification stream; zero mounts none
	Ranking      int                             // ranking requests served at once, the rest queued; 0 is GOMAXPROCS
}

// Exporter contributes one named section of a user's data to the account export.
type Exporter struct {
	Name string
	Data func(r *http.Request, userID string) (any, error)
}

// API holds the handlers.
type API struct {
	d    Deps
	rank gate
}

// New builds the API.
func New(d Deps) *API { return &API{d: d, rank: newGate(d.Ranking)} }

// handler is an HTTP handler that returns an error for the one renderer.
type handler func(w http.ResponseWriter, r *http.Request) error

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		WriteProblem(w, r, err)
	}
}

// Routes mounts every /api/v1 route; the whole HTTP surface of the API is listed here.
func (a *API) Routes(r chi.Router) {
	r.Use(a.authenticate, a.rateLimit, csrf, a.forgetOnWrite)
	r.Method(http.MethodGet, "/auth/csrf", handler(a.csrfToken))
	r.Method(http.MethodPost, "/auth/register", handler(a.register))
	r.Method(http.MethodPost, "/auth/login", handler(a.login))
	r.Method(http.MethodPost, "/auth/refresh", handler(a.refresh))
	r.Method(http.MethodPost, "/auth/logout", handler(a.logout))
	a.calendarFeedRoutes(r)
	a.publicAlertRoutes(r)

	r.Group(func(r chi.Router) {
		r.Use(requireUser, pageOrigin)
		r.Method(http.MethodGet, "/auth/me", handler(a.me))
		r.Method(http.MethodPost, "/auth/password", handler(a.changePassword))

		r.Method(http.MethodGet, "/profile", handler(a.getProfile))
		r.Method(http.MethodPut, "/profile", handler(a.putProfile))
		r.Method(http.MethodPatch, "/profile", handler(a.patchProfile))
		r.Method(http.MethodGet, "/preferences", handler(a.getPreferences))
		r.Method(http.MethodPut, "/preferences", handler(a.putPreferences))
		r.Method(http.MethodPatch, "/preferences", handler(a.patchPreferences))

		r.Method(http.MethodGet, "/account/export", handler(a.exportAccount))
		r.Method(http.MethodDelete, "/account", handler(a.deleteAccount))
		a.applicationsRoutes(r)
		a.resumesRoutes(r)
		a.matchesRoutes(r)
		a.flagsRoutes(r)
		a.sourcesRoutes(r)
		a.jobsRoutes(r)
		a.alertsRoutes(r)

		r.Group(func(r chi.Router) {
			r.Use(requireAdmin)
			r.Method(http.MethodPost, "/admin/invites", handler(a.createInvite))
		})
	})
	r.NotFound(handler(func(w http.ResponseWriter, r *http.Request) error { return errNotFound }).ServeHTTP)
	r.MethodNotAllowed(handler(func(w http.ResponseWriter, r *http.Request) error {
		return problem(http.StatusMethodNotAllowed, "Method not allowed", "")
	}).ServeHTTP)
}
