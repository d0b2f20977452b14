package inapp

import (
	"context"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/store"
)

type memStore struct{ got map[string]store.Notification }

func (m *memStore) CreateNotification(_ context.Context, n store.Notification) (bool, error) {
	if _, ok := m.got[n.UserID+"/"+n.DedupKey]; ok {
		return false, nil
	}
	m.got[n.UserID+"/"+n.DedupKey] = n
	return true, nil
}

func TestSendStoresOnceAndWakesStreams(t *testing.T) {
	st, hub := &memStore{got: map[string]store.Notification{}}, NewHub()
	c := New(st, hub)
	wake, stop := hub.Subscribe("u1")
	defer stop()
	other, stopOther := hub.Subscribe("u2")
	defer stopOther()
	e := notify.Envelope{Message: notify.Message{Kind: "alert", UserID: "u1", Subject: "1 new job for “Go”", DedupKey: "alert:a1:b1",
		Items: []notify.Item{{Title: "SRE", Company: "Acme", Score: 71, URL: "http://copilot.test/jobs/p1"}}}}
	for i := 0; i < 2; i++ {
		if err := c.Send(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	n, ok := st.got["u1/alert:a1:b1"]
	if len(st.got) != 1 || !ok || n.Body != "SRE — Acme (match 71)" || n.Link != "/jobs/p1" || n.Title != "1 new job for “Go”" {
		t.Fatalf("stored %+v", st.got)
	}
	select {
	case <-wake:
	case <-time.After(time.Second):
		t.Fatal("the user's stream was not woken")
	}
	select {
	case <-other:
		t.Fatal("another user's stream was woken")
	default:
	}
}

func TestRelative(t *testing.T) {
	for in, want := range map[string]string{"http://h.test/jobs/1?x=1": "/jobs/1?x=1", "https://h.test": "/", "/alerts": "/alerts", "": ""} {
		if got := relative(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
