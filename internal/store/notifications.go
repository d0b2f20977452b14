package store

import (
	"context"
	"time"
)

// Notification is an in-app message to a user; DedupKey is unique per user so a cause notifies once.
type Notification struct {
	ID        string     `json:"id"`
	UserID    string     `json:"-"`
	Kind      string     `json:"kind"`
	Title     string     `json:"title"`
	Body      string     `json:"body"`
	Link      string     `json:"link"`
	DedupKey  string     `json:"-"`
	CreatedAt time.Time  `json:"created_at"`
	ReadAt    *time.Time `json:"read_at"`
}

func (s *Store) insertNotification(ctx context.Context, q querier, n Notification) (bool, error) {
	res, err := s.exec(ctx, q, `INSERT INTO notifications (id, user_id, kind, title, body, link, dedup_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (user_id, dedup_key) DO NOTHING`, n.ID, n.UserID, n.Kind, n.Title, n.Body, n.Link, n.DedupKey, n.CreatedAt.UTC())
	if err != nil {
		return false, wrap("create notification", err)
	}
	k, err := res.RowsAffected()
	return k == 1, wrap("create notification", err)
}

// CreateNotification stores n unless the user already has one with its dedup key; it reports whether n was stored.
func (s *Store) CreateNotification(ctx context.Context, n Notification) (bool, error) {
	return s.insertNotification(ctx, s.write, n)
}

// Notifications lists the user's notifications, newest first.
func (s *Store) Notifications(ctx context.Context, userID string, unreadOnly bool, limit int) ([]Notification, error) {
	q := `SELECT id, kind, title, body, link, dedup_key, created_at, read_at FROM notifications WHERE user_id = ?`
	if unreadOnly {
		q += ` AND read_at IS NULL`
	}
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.query(ctx, s.read, q+` ORDER BY created_at DESC, id LIMIT ?`, userID, limit)
	if err != nil {
		return nil, wrap("notifications", err)
	}
	defer rows.Close()
	out := []Notification{}
	for rows.Next() {
		n := Notification{UserID: userID}
		if err := rows.Scan(&n.ID, &n.Kind, &n.Title, &n.Body, &n.Link, &n.DedupKey, &n.CreatedAt, &n.ReadAt); err != nil {
			return nil, wrap("notifications", err)
		}
		n.CreatedAt, n.ReadAt = n.CreatedAt.UTC(), appUTC(n.ReadAt)
		out = append(out, n)
	}
	return out, wrap("notifications", rows.Err())
}

// UnreadNotifications counts the user's unread notifications.
func (s *Store) UnreadNotifications(ctx context.Context, userID string) (int, error) {
	var n int
	err := s.queryRow(ctx, s.read, `SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL`, userID).Scan(&n)
	return n, wrap("unread notifications", err)
}

// MarkNotificationRead sets read_at on one of the user's notifications (keeping the first read time).
func (s *Store) MarkNotificationRead(ctx context.Context, userID, id string, now time.Time) error {
	res, err := s.exec(ctx, s.write, `UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?`, now.UTC(), id, userID)
	return mustAffect("mark notification read", res, err)
}
