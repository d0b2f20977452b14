package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Intervals of the notification stream.
var (
	streamPoll      = 5 * time.Second  // the database is re-read this often (notifications stored by other replicas)
	streamHeartbeat = 25 * time.Second // a comment line keeps proxies from closing an idle stream
)

// notificationStream is a server-sent-event stream: an "unread" event with the unread count on connect
// and on every change, and a "notification" event for each notification created after the stream opened.
func (a *API) notificationStream(w http.ResponseWriter, r *http.Request) error {
	ctx, uid := r.Context(), UserID(r)
	st := a.d.Alerting.Notifications
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(event string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b); err != nil {
			return err
		}
		return rc.Flush()
	}
	seen := map[string]bool{}
	if ns, err := st.Notifications(ctx, uid, false, 100); err == nil {
		for _, n := range ns {
			seen[n.ID] = true
		}
	}
	last := -1
	wake, stop := a.d.Alerting.Hub.Subscribe(uid)
	defer stop()
	poll, beat := time.NewTicker(streamPoll), time.NewTicker(streamHeartbeat)
	defer poll.Stop()
	defer beat.Stop()
	fmt.Fprint(w, "retry: 3000\n\n")
	for {
		ns, err := st.Notifications(ctx, uid, false, 50)
		if err != nil {
			return nil // the client reconnects
		}
		for i := len(ns) - 1; i >= 0; i-- { // oldest first
			if !seen[ns[i].ID] {
				seen[ns[i].ID] = true
				if send("notification", ns[i]) != nil {
					return nil
				}
			}
		}
		if n, err := st.UnreadNotifications(ctx, uid); err == nil && n != last {
			last = n
			if send("unread", map[string]int{"count": n}) != nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-poll.C:
		case <-beat.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil || rc.Flush() != nil {
				return nil
			}
		}
	}
}

func (a *API) readAllNotifications(w http.ResponseWriter, r *http.Request) error {
	n, err := a.d.Alerting.Notifications.MarkAllNotificationsRead(r.Context(), UserID(r), time.Now())
	if err != nil {
		return err
	}
	if a.d.Alerting.Hub != nil {
		a.d.Alerting.Hub.Publish(UserID(r))
	}
	return writeJSON(w, http.StatusOK, map[string]int{"marked": n})
}
