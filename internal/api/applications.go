package api

import (
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// applicationsRoutes mounts the tracker: applications and everything around them, notifications and the calendar settings.
func (a *API) applicationsRoutes(r chi.Router) {
	r.Method(http.MethodGet, "/applications", handler(a.listApplications))
	r.Method(http.MethodPost, "/applications", handler(a.createApplication))
	r.Method(http.MethodPost, "/applications/bulk/stage", handler(a.bulkStage))
	r.Method(http.MethodGet, "/applications/export.csv", handler(a.exportApplicationsCSV))
	r.Method(http.MethodPost, "/applications/import", handler(a.importApplicationsCSV))
	r.Route("/applications/{id}", func(r chi.Router) {
		r.Method(http.MethodGet, "/", handler(a.getApplication))
		r.Method(http.MethodPatch, "/", handler(a.patchApplication))
		r.Method(http.MethodDelete, "/", handler(a.deleteApplication))
		r.Method(http.MethodPost, "/stage", handler(a.moveApplication))
		r.Method(http.MethodGet, "/events", handler(a.applicationEvents))
		r.Method(http.MethodGet, "/notes", handler(a.listNotes))
		r.Method(http.MethodPost, "/notes", handler(a.createNote))
		r.Method(http.MethodPatch, "/notes/{nid}", handler(a.patchNote))
		r.Method(http.MethodDelete, "/notes/{nid}", handler(a.deleteNote))
		r.Method(http.MethodGet, "/contacts", handler(a.listContacts))
		r.Method(http.MethodPost, "/contacts", handler(a.createContact))
		r.Method(http.MethodPatch, "/contacts/{cid}", handler(a.patchContact))
		r.Method(http.MethodDelete, "/contacts/{cid}", handler(a.deleteContact))
		r.Method(http.MethodGet, "/interviews", handler(a.listInterviews))
		r.Method(http.MethodPost, "/interviews", handler(a.createInterview))
		r.Method(http.MethodGet, "/interviews/{iid}", handler(a.getInterview))
		r.Method(http.MethodPatch, "/interviews/{iid}", handler(a.patchInterview))
		r.Method(http.MethodDelete, "/interviews/{iid}", handler(a.deleteInterview))
		r.Method(http.MethodGet, "/interviews/{iid}/ics", handler(a.interviewICS))
		r.Method(http.MethodGet, "/reminders", handler(a.listReminders))
		r.Method(http.MethodPost, "/reminders", handler(a.createReminder))
		r.Method(http.MethodPatch, "/reminders/{rid}", handler(a.patchReminder))
		r.Method(http.MethodDelete, "/reminders/{rid}", handler(a.deleteReminder))
		r.Method(http.MethodGet, "/documents", handler(a.listDocuments))
		r.Method(http.MethodPost, "/documents", handler(a.createDocument))
		r.Method(http.MethodGet, "/documents/{did}/content", handler(a.documentContent))
		r.Method(http.MethodDelete, "/documents/{did}", handler(a.deleteDocument))
	})
	r.Method(http.MethodGet, "/notifications", handler(a.listNotifications))
	r.Method(http.MethodGet, "/notifications/unread-count", handler(a.unreadNotifications))
	r.Method(http.MethodPost, "/notifications/{id}/read", handler(a.readNotification))
	r.Method(http.MethodGet, "/calendar", handler(a.calendarStatus))
	r.Method(http.MethodPost, "/calendar/token", handler(a.newCalendarToken))
	r.Method(http.MethodDelete, "/calendar/token", handler(a.revokeCalendarToken))
}

// calendarFeedRoutes mounts the public, token-addressed feed that calendar apps poll without a session.
func (a *API) calendarFeedRoutes(r chi.Router) {
	r.Method(http.MethodGet, "/calendar/{token}.ics", handler(a.calendarFeed))
}

// readJSON reads a JSON body (checked like decode) for decoding later, inside a transaction.
func readJSON(r *http.Request) ([]byte, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, _ := mime.ParseMediaType(ct); mt != "application/json" && !strings.HasSuffix(mt, "+json") {
			return nil, problem(http.StatusUnsupportedMediaType, "Unsupported media type", "Send application/json.")
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxBody))
	if err != nil {
		return nil, problem(http.StatusRequestEntityTooLarge, "Request body too large", "The limit is 1 MiB.")
	}
	return body, nil
}

func (a *API) listApplications(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := store.ApplicationFilter{Tag: q.Get("tag"), CompanyKey: q.Get("company"), Query: strings.TrimSpace(q.Get("q")), Sort: q.Get("sort")}
	var fe validate.Errors
	if s := q.Get("stage"); s != "" {
		for _, st := range strings.Split(s, ",") {
			if !application.IsStage(st) {
				fe.Add("stage", "unknown stage "+strconv.Quote(st))
			}
			f.Stages = append(f.Stages, st)
		}
	}
	if _, ok := store.ApplicationSorts[f.Sort]; f.Sort != "" && !ok {
		fe.Add("sort", "must be one of position, created_at, updated_at, applied_at, company, title, priority, excitement (prefix - to reverse)")
	}
	for _, p := range []struct {
		name string
		dst  **time.Time
	}{{"applied_after", &f.AppliedAfter}, {"applied_before", &f.AppliedBefore}} {
		if v := q.Get(p.name); v != "" {
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				if t, err = time.Parse(time.RFC3339, v); err != nil {
					fe.Add(p.name, "must be a date (2026-01-31) or an RFC 3339 time")
					continue
				}
			}
			*p.dst = &t
		}
	}
	for _, p := range []struct {
		name string
		dst  *int
	}{{"limit", &f.Limit}, {"offset", &f.Offset}} {
		if v := q.Get(p.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || (p.name == "limit" && n > 1000) {
				fe.Add(p.name, "must be a whole number (limit at most 1000)")
			}
			*p.dst = n
		}
	}
	if err := fe.Err(); err != nil {
		return err
	}
	list, err := a.d.Applications.List(r.Context(), UserID(r), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"applications": list, "stages": application.Stages})
}

func (a *API) createApplication(w http.ResponseWriter, r *http.Request) error {
	var in application.Input
	if err := decode(r, &in); err != nil {
		return err
	}
	app, created, err := a.d.Applications.Track(r.Context(), UserID(r), in)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/applications/"+app.ID)
	if !created {
		return writeJSON(w, http.StatusOK, app) // this posting is tracked already
	}
	return writeJSON(w, http.StatusCreated, app)
}

func (a *API) getApplication(w http.ResponseWriter, r *http.Request) error {
	app, err := a.d.Applications.Get(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, app)
}

func (a *API) patchApplication(w http.ResponseWriter, r *http.Request) error {
	body, err := readJSON(r)
	if err != nil {
		return err
	}
	app, err := a.d.Applications.Update(r.Context(), UserID(r), chi.URLParam(r, "id"), func(in *application.Input) error {
		in.Origin = ""
		return decodeBytes(body, in)
	})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, app)
}

func (a *API) deleteApplication(w http.ResponseWriter, r *http.Request) error {
	if err := a.d.Applications.Delete(r.Context(), UserID(r), chi.URLParam(r, "id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) moveApplication(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		Stage    string `json:"stage"`
		Position *int   `json:"position"`
		Origin   string `json:"origin"`
	}
	if err := decode(r, &body); err != nil {
		return err
	}
	app, err := a.d.Applications.Move(r.Context(), UserID(r), chi.URLParam(r, "id"), body.Stage, body.Origin, body.Position)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, app)
}

func (a *API) bulkStage(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		IDs   []string `json:"ids"`
		Stage string   `json:"stage"`
	}
	if err := decode(r, &body); err != nil {
		return err
	}
	apps, err := a.d.Applications.MoveMany(r.Context(), UserID(r), body.IDs, body.Stage)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"applications": apps})
}

func (a *API) applicationEvents(w http.ResponseWriter, r *http.Request) error {
	ev, err := a.d.Applications.Events(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"events": ev})
}
