package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestAlertsOwnershipAndDeliveriesOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, ctx := storetest.Open(t, d), context.Background()
		u, other := newUser(t, s, "a@x.test"), newUser(t, s, "b@x.test")
		a := store.Alert{ID: uuid.NewString(), UserID: u.ID, Name: "Go", Query: "go", Frequency: "instant", Channels: []string{"inapp", "email"},
			MaxPerCompany: 3, DigestHour: 8, Enabled: true, CursorAt: t0, CreatedAt: t0, UpdatedAt: t0}
		if err := s.CreateAlert(ctx, a); err != nil {
			t.Fatal(err)
		}
		got, err := s.Alert(ctx, u.ID, a.ID)
		if err != nil || got.Name != "Go" || len(got.Channels) != 2 || string(got.Filters) != "{}" || !got.CursorAt.Equal(t0) {
			t.Fatalf("alert %+v %v", got, err)
		}
		if _, err := s.Alert(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's alert: %v", err)
		}
		if err := s.DeleteAlert(ctx, other.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other user's delete: %v", err)
		}
		if err := s.DisableAlertEmail(ctx, a.ID, t0); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Alert(ctx, u.ID, a.ID); len(got.Channels) != 1 || got.Channels[0] != "inapp" {
			t.Fatalf("after unsubscribe %v", got.Channels)
		}

		dl := store.Delivery{ID: uuid.NewString(), UserID: u.ID, Channel: "email", DedupKey: "alert:x:1", Kind: "alert", Payload: []byte(`{"subject":"s"}`), CreatedAt: t0}
		if ok, err := s.CreateDelivery(ctx, dl); !ok || err != nil {
			t.Fatalf("create %v %v", ok, err)
		}
		dup := dl
		dup.ID = uuid.NewString()
		if ok, err := s.CreateDelivery(ctx, dup); ok || err != nil {
			t.Fatalf("duplicate (channel, dedup_key) stored: %v %v", ok, err)
		}
		other2 := dl
		other2.ID, other2.Channel = uuid.NewString(), "inapp"
		if ok, _ := s.CreateDelivery(ctx, other2); !ok {
			t.Fatal("the same key on another channel must be stored")
		}
		if err := s.RecordDeliveryFailure(ctx, dl.ID, 421, "try later", false); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkDeliverySent(ctx, dl.ID, 250, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkDeliverySent(ctx, dl.ID, 250, t0.Add(2*time.Minute)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("second mark sent: %v", err)
		}
		got2, _ := s.Delivery(ctx, dl.ID)
		if got2.Status != "sent" || got2.Attempts != 2 || got2.LastError != "" || got2.SentAt == nil || !got2.SentAt.Equal(t0.Add(time.Minute)) {
			t.Fatalf("delivery %+v", got2)
		}
		if ds, _ := s.Deliveries(ctx, other.ID, 10); len(ds) != 0 {
			t.Fatalf("other user's log %v", ds)
		}
		if ps, _ := s.PendingDeliveries(ctx, t0.Add(time.Hour), 10); len(ps) != 1 || ps[0].ID != other2.ID {
			t.Fatalf("pending %v", ps)
		}
		// A batch naming a match that is not pending changes nothing.
		if err := s.CommitAlertBatch(ctx, store.AlertBatch{AlertID: a.ID, BatchID: "b", Send: []string{uuid.NewString()}, Now: t0}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("batch of unknown match: %v", err)
		}
	})
}
