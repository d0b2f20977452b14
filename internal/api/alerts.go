package api

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/analytics"
	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/inapp"
	"github.com/career-copilot/copilot/internal/store"
)

// NotificationStore is what the notification stream and "mark all read" read and write.
type NotificationStore interface {
	Notifications(ctx context.Context, userID string, unreadOnly bool, limit int) ([]store.Notification, error)
	UnreadNotifications(ctx context.Context, userID string) (int, error)
	MarkAllNotificationsRead(ctx context.Context, userID string, now time.Time) (int, error)
}

// AlertingDeps are the alert, analytics and live-notification services.
type AlertingDeps struct {
	Alerts        *notify.Service
	Analytics     *analytics.Service
	Hub           *inapp.Hub
	Notifications NotificationStore
	// Evaluate queues an alert evaluation pass now ("check now"); nil runs none.
	Evaluate func(ctx context.Context) error
}

// alertsRoutes mounts alerts, channels, deliveries, analytics, the dashboard and the notification stream.
func (a *API) alertsRoutes(r chi.Router) {
	if a.d.Alerting.Alerts == nil {
		return
	}
	r.Method(http.MethodGet, "/alerts", handler(a.listAlerts))
	r.Method(http.MethodPost, "/alerts", handler(a.createAlert))
	r.Method(http.MethodPost, "/alerts/check", handler(a.checkAlerts))
	r.Method(http.MethodGet, "/alerts/{id}", handler(a.getAlert))
	r.Method(http.MethodPut, "/alerts/{id}", handler(a.putAlert))
	r.Method(http.MethodDelete, "/alerts/{id}", handler(a.deleteAlert))
	r.Method(http.MethodGet, "/alerts/{id}/matches", handler(a.alertMatches))
	r.Method(http.MethodGet, "/notification-channels", handler(a.listChannels))
	r.Method(http.MethodPost, "/notification-channels", handler(a.createChannel))
	r.Method(http.MethodDelete, "/notification-channels/{id}", handler(a.deleteChannel))
	r.Method(http.MethodPost, "/notification-channels/{id}/test", handler(a.testChannel))
	r.Method(http.MethodGet, "/deliveries", handler(a.listDeliveries))
	r.Method(http.MethodGet, "/notifications/stream", handler(a.notificationStream))
	r.Method(http.MethodPost, "/notifications/read-all", handler(a.readAllNotifications))
	r.Method(http.MethodGet, "/analytics/pipeline", handler(a.analyticsPipeline))
	r.Method(http.MethodGet, "/analytics/market", handler(a.analyticsMarket))
	r.Method(http.MethodGet, "/dashboard", a.rank.wrap(a.dashboard))
}

// publicAlertRoutes mounts the unsubscribe link, which works without a session (its token is signed).
func (a *API) publicAlertRoutes(r chi.Router) {
	if a.d.Alerting.Alerts == nil {
		return
	}
	r.Method(http.MethodGet, "/unsubscribe", handler(a.unsubscribePage))
	r.Method(http.MethodPost, "/unsubscribe", handler(a.unsubscribe))
}

func (a *API) listAlerts(w http.ResponseWriter, r *http.Request) error {
	as, err := a.d.Alerting.Alerts.List(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"alerts": as})
}

func (a *API) createAlert(w http.ResponseWriter, r *http.Request) error {
	var in notify.AlertInput
	if err := decode(r, &in); err != nil {
		return err
	}
	al, err := a.d.Alerting.Alerts.Create(r.Context(), UserID(r), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, al)
}

func (a *API) getAlert(w http.ResponseWriter, r *http.Request) error {
	al, err := a.d.Alerting.Alerts.Get(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, al)
}

func (a *API) putAlert(w http.ResponseWriter, r *http.Request) error {
	var in notify.AlertInput
	if err := decode(r, &in); err != nil {
		return err
	}
	al, err := a.d.Alerting.Alerts.Update(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, al)
}

func (a *API) deleteAlert(w http.ResponseWriter, r *http.Request) error {
	if err := a.d.Alerting.Alerts.Delete(r.Context(), UserID(r), chi.URLParam(r, "id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) alertMatches(w http.ResponseWriter, r *http.Request) error {
	ms, err := a.d.Alerting.Alerts.Matches(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"matches": ms})
}

func (a *API) checkAlerts(w http.ResponseWriter, r *http.Request) error {
	if a.d.Alerting.Evaluate != nil {
		if err := a.d.Alerting.Evaluate(r.Context()); err != nil {
			return err
		}
	}
	return writeJSON(w, http.StatusAccepted, map[string]any{"queued": a.d.Alerting.Evaluate != nil})
}

func (a *API) listChannels(w http.ResponseWriter, r *http.Request) error {
	cs, err := a.d.Alerting.Alerts.Channels(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"channels": cs})
}

func (a *API) createChannel(w http.ResponseWriter, r *http.Request) error {
	var in notify.ChannelInput
	if err := decode(r, &in); err != nil {
		return err
	}
	c, err := a.d.Alerting.Alerts.AddChannel(r.Context(), UserID(r), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, c)
}

func (a *API) deleteChannel(w http.ResponseWriter, r *http.Request) error {
	if err := a.d.Alerting.Alerts.DeleteChannel(r.Context(), UserID(r), chi.URLParam(r, "id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) testChannel(w http.ResponseWriter, r *http.Request) error {
	d, err := a.d.Alerting.Alerts.Test(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusAccepted, d)
}

func (a *API) listDeliveries(w http.ResponseWriter, r *http.Request) error {
	ds, err := a.d.Alerting.Alerts.Deliveries(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"deliveries": ds})
}

var unsubscribeTpl = template.Must(template.New("u").Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Unsubscribe · Career Copilot</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">
{{if .Done}}<h1>Unsubscribed</h1><p>You will get no more email for the alert “{{.Name}}”. In-app notifications continue; change them on the Alerts page.</p>
{{else}}<h1>Unsubscribe from alert emails?</h1>
<p><a href="?token={{.Token}}&amp;confirm=1">Yes, unsubscribe</a></p>{{end}}
</body></html>`))

// unsubscribePage shows a confirmation link: the bare link from the email changes nothing, so mail
// scanners that open links cannot unsubscribe anyone; the confirmed link (or the one-click POST) does.
func (a *API) unsubscribePage(w http.ResponseWriter, r *http.Request) error {
	tok := r.URL.Query().Get("token")
	if tok == "" {
		return errNotFound
	}
	if r.URL.Query().Get("confirm") == "1" {
		return a.unsubscribe(w, r)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return unsubscribeTpl.Execute(w, map[string]any{"Token": tok})
}

// unsubscribe takes email off the alert of a signed token (the form, or a mail client's one-click POST).
func (a *API) unsubscribe(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	_ = r.ParseForm()
	tok := r.Form.Get("token")
	if tok == "" {
		tok = r.URL.Query().Get("token")
	}
	name, err := a.d.Alerting.Alerts.Unsubscribe(r.Context(), tok)
	if errors.Is(err, notify.ErrBadToken) {
		return problem(http.StatusBadRequest, "Invalid unsubscribe link", "The link is damaged or was not made by this server.")
	}
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return unsubscribeTpl.Execute(w, map[string]any{"Done": true, "Name": name})
}
