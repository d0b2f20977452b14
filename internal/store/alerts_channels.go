package store

import (
	"context"
	"fmt"
	"time"
)

// Channel is a webhook or Slack endpoint a user registered for notifications.
type Channel struct {
	ID        string    `json:"id"`
	UserID    string    `json:"-"`
	Kind      string    `json:"kind"` // webhook or slack
	Name      string    `json:"name"`
	URL       string    `json:"url"`
	Secret    string    `json:"secret,omitempty"` // the webhook signing key
	Enabled   bool      `json:"enabled"`
	CreatedAt time.Time `json:"created_at"`
}

const channelCols = `id, user_id, kind, name, url, secret, enabled, created_at`

func scanChannel(row interface{ Scan(...any) error }) (Channel, error) {
	var c Channel
	err := row.Scan(&c.ID, &c.UserID, &c.Kind, &c.Name, &c.URL, &c.Secret, &c.Enabled, &c.CreatedAt)
	c.CreatedAt = c.CreatedAt.UTC()
	return c, err
}

// CreateChannel inserts a channel.
func (s *Store) CreateChannel(ctx context.Context, c Channel) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO notification_channels (`+channelCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		c.ID, c.UserID, c.Kind, c.Name, c.URL, c.Secret, c.Enabled, c.CreatedAt.UTC())
	return wrap("create channel", err)
}

// Channels lists the user's channels, oldest first.
func (s *Store) Channels(ctx context.Context, userID string) ([]Channel, error) {
	rows, err := s.query(ctx, s.read, `SELECT `+channelCols+` FROM notification_channels WHERE user_id = ? ORDER BY created_at, id`, userID)
	if err != nil {
		return nil, wrap("channels", err)
	}
	defer rows.Close()
	out := []Channel{}
	for rows.Next() {
		c, err := scanChannel(rows)
		if err != nil {
			return nil, wrap("channels", err)
		}
		out = append(out, c)
	}
	return out, wrap("channels", rows.Err())
}

// ChannelByID loads a channel whoever owns it (for the delivery task).
func (s *Store) ChannelByID(ctx context.Context, id string) (Channel, error) {
	if badID(id) {
		return Channel{}, fmt.Errorf("store: get channel: %w", ErrNotFound)
	}
	c, err := scanChannel(s.queryRow(ctx, s.read, `SELECT `+channelCols+` FROM notification_channels WHERE id = ?`, id))
	return c, wrap("get channel", err)
}

// DeleteChannel removes one of the user's channels.
func (s *Store) DeleteChannel(ctx context.Context, userID, id string) error {
	if badID(id) {
		return fmt.Errorf("store: delete channel: %w", ErrNotFound)
	}
	res, err := s.exec(ctx, s.write, `DELETE FROM notification_channels WHERE id = ? AND user_id = ?`, id, userID)
	return mustAffect("delete channel", res, err)
}
