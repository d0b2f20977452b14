package store

import (
	"context"
	"fmt"
	"time"
)

// Delivery is one message on one channel. (Channel, DedupKey) is unique, so however often a task
// is retried or a batch re-dispatched the message exists, and is sent, once.
type Delivery struct {
	ID         string     `json:"id"`
	UserID     string     `json:"-"`
	Channel    string     `json:"channel"`    // inapp, email, webhook, slack
	ChannelID  string     `json:"channel_id"` // the notification_channels row for webhook and slack
	DedupKey   string     `json:"dedup_key"`
	Kind       string     `json:"kind"` // alert, digest, reminder, interview
	Payload    []byte     `json:"-"`    // the notify.Message as JSON
	Status     string     `json:"status"`
	Attempts   int        `json:"attempts"`
	LastError  string     `json:"last_error"`
	LastStatus int        `json:"last_status"`
	CreatedAt  time.Time  `json:"created_at"`
	SentAt     *time.Time `json:"sent_at"`
}

const deliveryCols = `id, user_id, channel, channel_id, dedup_key, kind, payload, status, attempts, last_error, last_status, created_at, sent_at`

func scanDelivery(row interface{ Scan(...any) error }) (Delivery, error) {
	var d Delivery
	var payload string
	err := row.Scan(&d.ID, &d.UserID, &d.Channel, &d.ChannelID, &d.DedupKey, &d.Kind, &payload, &d.Status, &d.Attempts, &d.LastError,
		&d.LastStatus, &d.CreatedAt, &d.SentAt)
	d.Payload = []byte(payload)
	d.CreatedAt, d.SentAt = d.CreatedAt.UTC(), appUTC(d.SentAt)
	return d, err
}

func (s *Store) insertDelivery(ctx context.Context, q querier, d Delivery) (bool, error) {
	if d.Status == "" {
		d.Status = "pending"
	}
	res, err := s.exec(ctx, q, `INSERT INTO deliveries (id, user_id, channel, channel_id, dedup_key, kind, payload, status, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel, dedup_key) DO NOTHING`,
		d.ID, d.UserID, d.Channel, d.ChannelID, d.DedupKey, d.Kind, string(d.Payload), d.Status, d.CreatedAt.UTC())
	if err != nil {
		return false, wrap("create delivery", err)
	}
	n, err := res.RowsAffected()
	return n == 1, wrap("create delivery", err)
}

// CreateDelivery stores d unless its (channel, dedup key) exists; it reports whether d was stored.
func (s *Store) CreateDelivery(ctx context.Context, d Delivery) (bool, error) {
	return s.insertDelivery(ctx, s.write, d)
}

// DeliveryByKey loads the delivery of a channel and dedup key.
func (s *Store) DeliveryByKey(ctx context.Context, channel, key string) (Delivery, error) {
	d, err := scanDelivery(s.queryRow(ctx, s.read, `SELECT `+deliveryCols+` FROM deliveries WHERE channel = ? AND dedup_key = ?`, channel, key))
	return d, wrap("get delivery", err)
}

// Delivery loads one delivery whoever owns it (for the delivery task).
func (s *Store) Delivery(ctx context.Context, id string) (Delivery, error) {
	if badID(id) {
		return Delivery{}, fmt.Errorf("store: get delivery: %w", ErrNotFound)
	}
	d, err := scanDelivery(s.queryRow(ctx, s.write, `SELECT `+deliveryCols+` FROM deliveries WHERE id = ?`, id))
	return d, wrap("get delivery", err)
}

// MarkDeliverySent records a successful send; it answers ErrNotFound when the delivery was already sent.
func (s *Store) MarkDeliverySent(ctx context.Context, id string, status int, now time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE deliveries SET status = 'sent', attempts = attempts + 1, last_status = ?, last_error = '', sent_at = ?
		WHERE id = ? AND status <> 'sent'`, status, now.UTC(), id)
	return mustAffect("mark delivery sent", res, err)
}

// RecordDeliveryFailure counts a failed attempt; final marks the delivery failed for good.
func (s *Store) RecordDeliveryFailure(ctx context.Context, id string, status int, msg string, final bool) error {
	st := "pending"
	if final {
		st = "failed"
	}
	if len(msg) > 500 {
		msg = msg[:500]
	}
	res, err := s.exec(ctx, s.write, `UPDATE deliveries SET status = ?, attempts = attempts + 1, last_status = ?, last_error = ? WHERE id = ? AND status <> 'sent'`,
		st, status, msg, id)
	return mustAffect("record delivery failure", res, err)
}

// PendingDeliveries lists deliveries still pending that were created before `before` (the sweeper re-enqueues them).
func (s *Store) PendingDeliveries(ctx context.Context, before time.Time, limit int) ([]Delivery, error) {
	return s.deliveries(ctx, `SELECT `+deliveryCols+` FROM deliveries WHERE status = 'pending' AND created_at < ? ORDER BY created_at, id LIMIT ?`, before.UTC(), limit)
}

// Deliveries lists the user's deliveries, newest first (the delivery log).
func (s *Store) Deliveries(ctx context.Context, userID string, limit int) ([]Delivery, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	return s.deliveries(ctx, `SELECT `+deliveryCols+` FROM deliveries WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ?`, userID, limit)
}

func (s *Store) deliveries(ctx context.Context, q string, args ...any) ([]Delivery, error) {
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, wrap("deliveries", err)
	}
	defer rows.Close()
	out := []Delivery{}
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, wrap("deliveries", err)
		}
		out = append(out, d)
	}
	return out, wrap("deliveries", rows.Err())
}
