package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
)

// sourcesRoutes mounts the shared job sources: any user reads, adds and runs them; the creator or an admin changes them.
func (a *API) sourcesRoutes(r chi.Router) {
	if a.d.Ingest == nil {
		return
	}
	r.Method(http.MethodGet, "/sources", handler(a.listSources))
	r.Method(http.MethodPost, "/sources", handler(a.createSource))
	r.Method(http.MethodGet, "/sources/{id}", handler(a.getSource))
	r.Method(http.MethodPatch, "/sources/{id}", handler(a.patchSource))
	r.Method(http.MethodDelete, "/sources/{id}", handler(a.deleteSource))
	r.Method(http.MethodPost, "/sources/{id}/run", handler(a.runSource))
	r.Method(http.MethodGet, "/sources/{id}/runs", handler(a.listRuns))
}

type sourceJSON struct {
	ID                  string            `json:"id"`
	Kind                string            `json:"kind"`
	Name                string            `json:"name"`
	Params              map[string]string `json:"params"`
	IntervalMinutes     int               `json:"interval_minutes"`
	Enabled             bool              `json:"enabled"`
	CreatedBy           string            `json:"created_by,omitempty"`
	CanEdit             bool              `json:"can_edit"`
	LastRunAt           *time.Time        `json:"last_run_at"`
	LastSuccessAt       *time.Time        `json:"last_success_at"`
	LastError           string            `json:"last_error"`
	ConsecutiveFailures int               `json:"consecutive_failures"`
	NextRunAt           *time.Time        `json:"next_run_at"`
	CreatedAt           time.Time         `json:"created_at"`
	UpdatedAt           time.Time         `json:"updated_at"`
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func actorOf(r *http.Request) ingest.Actor {
	p, _ := principalOf(r)
	return ingest.Actor{UserID: p.Account.ID, Admin: p.Account.IsAdmin()}
}

// secretParams are the params that hold a credential (The Muse's and Teamtailor's API keys, Comeet's
// token): sources are shared, so the API never shows them back, to anyone, and shows secretMask instead.
var secretParams = map[string]bool{"api_key": true, "token": true, "secret": true, "password": true}

// secretMask stands for a stored secret param; a PATCH that sends it back keeps the stored value.
const secretMask = "********"

// masked returns params with every secret's value replaced by secretMask.
func masked(params map[string]string) map[string]string {
	out := make(map[string]string, len(params))
	for k, v := range params {
		if secretParams[k] && v != "" {
			v = secretMask
		}
		out[k] = v
	}
	return out
}

// unmasked returns params with each secret sent back as secretMask replaced by the stored value.
func unmasked(params, stored map[string]string) map[string]string {
	out := make(map[string]string, len(params))
	for k, v := range params {
		if secretParams[k] && v == secretMask {
			v = stored[k]
		}
		out[k] = v
	}
	return out
}

func toSourceJSON(s store.Source, a ingest.Actor) sourceJSON {
	return sourceJSON{ID: s.ID, Kind: s.Kind, Name: s.Name, Params: masked(s.Params), IntervalMinutes: int(s.Interval / time.Minute), Enabled: s.Enabled,
		CreatedBy: s.CreatedBy, CanEdit: s.Kind != ingest.FileKind && (a.Admin || s.CreatedBy == a.UserID), LastRunAt: timePtr(s.LastRunAt),
		LastSuccessAt: timePtr(s.LastSuccessAt), LastError: s.LastError, ConsecutiveFailures: s.ConsecutiveFailures, NextRunAt: timePtr(s.NextRunAt),
		CreatedAt: s.CreatedAt, UpdatedAt: s.UpdatedAt}
}

func (a *API) listSources(w http.ResponseWriter, r *http.Request) error {
	list, err := a.d.Ingest.Sources(r.Context())
	if err != nil {
		return err
	}
	out := make([]sourceJSON, 0, len(list))
	for _, s := range list {
		out = append(out, toSourceJSON(s, actorOf(r)))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"sources": out})
}

func (a *API) createSource(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		URL             string            `json:"url"`
		Kind            string            `json:"kind"`
		Params          map[string]string `json:"params"`
		Name            string            `json:"name"`
		IntervalMinutes int               `json:"interval_minutes"`
		Enabled         *bool             `json:"enabled"`
	}
	if err := decode(r, &in); err != nil {
		return err
	}
	src, err := a.d.Ingest.CreateSource(r.Context(), actorOf(r), ingest.NewSource{URL: in.URL, Kind: in.Kind, Params: in.Params, Name: in.Name,
		Interval: time.Duration(in.IntervalMinutes) * time.Minute, Enabled: in.Enabled})
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/sources/"+src.ID)
	return writeJSON(w, http.StatusCreated, toSourceJSON(src, actorOf(r)))
}

func (a *API) getSource(w http.ResponseWriter, r *http.Request) error {
	src, err := a.d.Ingest.Source(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, toSourceJSON(src, actorOf(r)))
}

func (a *API) patchSource(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name            *string           `json:"name"`
		Params          map[string]string `json:"params"`
		IntervalMinutes *int              `json:"interval_minutes"`
		Enabled         *bool             `json:"enabled"`
	}
	if err := decode(r, &in); err != nil {
		return err
	}
	if in.Params != nil {
		stored, err := a.d.Ingest.Source(r.Context(), chi.URLParam(r, "id"))
		if err != nil {
			return err
		}
		in.Params = unmasked(in.Params, stored.Params)
	}
	p := ingest.SourcePatch{Name: in.Name, Params: in.Params, Enabled: in.Enabled}
	if in.IntervalMinutes != nil {
		d := time.Duration(*in.IntervalMinutes) * time.Minute
		p.Interval = &d
	}
	src, err := a.d.Ingest.UpdateSource(r.Context(), actorOf(r), chi.URLParam(r, "id"), p)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, toSourceJSON(src, actorOf(r)))
}

func (a *API) deleteSource(w http.ResponseWriter, r *http.Request) error {
	if err := a.d.Ingest.DeleteSource(r.Context(), actorOf(r), chi.URLParam(r, "id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) runSource(w http.ResponseWriter, r *http.Request) error {
	id, err := a.d.Ingest.QueueRun(r.Context(), chi.URLParam(r, "id"), "manual")
	if err != nil {
		return err
	}
	run, err := a.d.Ingest.GetRun(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusAccepted, toRunJSON(run))
}

type runJSON struct {
	ID         string          `json:"id"`
	SourceID   string          `json:"source_id"`
	Reason     string          `json:"reason"`
	Status     string          `json:"status"`
	QueuedAt   time.Time       `json:"queued_at"`
	StartedAt  *time.Time      `json:"started_at"`
	FinishedAt *time.Time      `json:"finished_at"`
	Fetched    int             `json:"fetched"`
	New        int             `json:"new"`
	Linked     int             `json:"linked"`
	Updated    int             `json:"updated"`
	Unchanged  int             `json:"unchanged"`
	Closed     int             `json:"closed"`
	Complete   bool            `json:"complete"`
	Error      string          `json:"error"`
	Errors     []itemErrorJSON `json:"errors"`
}

// itemErrorJSON is one item of a run that could not be read or stored.
type itemErrorJSON struct {
	Index int    `json:"index"`
	ID    string `json:"id"`
	Error string `json:"error"`
}

func toRunJSON(r store.Run) runJSON {
	errs := make([]itemErrorJSON, 0, len(r.ItemErrors))
	for _, e := range r.ItemErrors {
		errs = append(errs, itemErrorJSON{Index: e.Index, ID: e.ID, Error: e.Err})
	}
	return runJSON{ID: r.ID, SourceID: r.SourceID, Reason: r.Reason, Status: r.Status, QueuedAt: r.QueuedAt, StartedAt: timePtr(r.StartedAt),
		FinishedAt: timePtr(r.FinishedAt), Fetched: r.Fetched, New: r.Created, Linked: r.Linked, Updated: r.Updated, Unchanged: r.Unchanged,
		Closed: r.Closed, Complete: r.Complete, Error: r.Error, Errors: errs}
}

func (a *API) listRuns(w http.ResponseWriter, r *http.Request) error {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 || limit > 200 {
		limit = 20
	}
	runs, err := a.d.Ingest.Runs(r.Context(), chi.URLParam(r, "id"), limit)
	if err != nil {
		return err
	}
	out := make([]runJSON, 0, len(runs))
	for _, run := range runs {
		out = append(out, toRunJSON(run))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"runs": out})
}
