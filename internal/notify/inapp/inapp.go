// Package inapp stores notifications in the app's notification list and wakes the user's open
// server-sent-event streams.
package inapp

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/store"
)

// Hub fans "something new" signals out to each user's live streams in this process. Streams also poll
// the database, so a notification stored by another replica still arrives, a little later.
type Hub struct {
	mu   sync.Mutex
	subs map[string]map[chan struct{}]bool
}

// NewHub returns an empty hub.
func NewHub() *Hub { return &Hub{subs: map[string]map[chan struct{}]bool{}} }

// Subscribe returns a channel signalled when the user gets a notification, and the function that ends it.
func (h *Hub) Subscribe(userID string) (<-chan struct{}, func()) {
	c := make(chan struct{}, 1)
	h.mu.Lock()
	if h.subs[userID] == nil {
		h.subs[userID] = map[chan struct{}]bool{}
	}
	h.subs[userID][c] = true
	h.mu.Unlock()
	return c, func() {
		h.mu.Lock()
		delete(h.subs[userID], c)
		if len(h.subs[userID]) == 0 {
			delete(h.subs, userID)
		}
		h.mu.Unlock()
	}
}

// Publish signals every stream of the user without blocking.
func (h *Hub) Publish(userID string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs[userID] {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

// Store is where in-app notifications live.
type Store interface {
	CreateNotification(ctx context.Context, n store.Notification) (bool, error)
}

// Channel delivers to the in-app list.
type Channel struct {
	st  Store
	hub *Hub
	now func() time.Time
}

// New returns the in-app channel.
func New(st Store, hub *Hub) *Channel { return &Channel{st: st, hub: hub, now: time.Now} }

// Name is "inapp".
func (*Channel) Name() string { return "inapp" }

// Send stores one notification per message; the dedup key makes a second send of the same message a no-op.
func (c *Channel) Send(ctx context.Context, e notify.Envelope) error {
	m := e.Message
	body := m.Text
	for i, it := range m.Items {
		if i == 0 && body != "" {
			body += "\n"
		} else if i > 0 {
			body += "\n"
		}
		body += fmt.Sprintf("%s — %s (match %d)", it.Title, it.Company, it.Score)
	}
	link := m.Link
	if len(m.Items) == 1 {
		link = m.Items[0].URL
	}
	n := store.Notification{ID: uuid.NewString(), UserID: m.UserID, Kind: m.Kind, Title: m.Subject, Body: body, Link: relative(link),
		DedupKey: m.DedupKey, CreatedAt: c.now().UTC()}
	ok, err := c.st.CreateNotification(ctx, n)
	if err != nil {
		return fmt.Errorf("inapp: %w", err)
	}
	if ok && c.hub != nil {
		c.hub.Publish(m.UserID)
	}
	return nil
}

// relative keeps the path of an app link, since the in-app list is opened inside the app.
func relative(link string) string {
	for i := 0; i+2 < len(link); i++ {
		if link[i] == '/' && link[i+1] == '/' {
			rest := link[i+2:]
			for j := 0; j < len(rest); j++ {
				if rest[j] == '/' {
					return rest[j:]
				}
			}
			return "/"
		}
	}
	return link
}
