package store

import (
	"context"
	"time"
)

// Doc is a JSON document owned by one user (profile, preferences).
type Doc struct {
	Data      []byte
	UpdatedAt time.Time
}

func docTable(kind string) string {
	switch kind {
	case "profile":
		return "profiles"
	case "preferences":
		return "preferences"
	}
	panic("store: unknown document kind " + kind)
}

// GetDoc loads a user's document of a kind ("profile" or "preferences").
func (s *Store) GetDoc(ctx context.Context, kind, userID string) (Doc, error) {
	var d Doc
	var data string
	err := s.queryRow(ctx, s.read, `SELECT data, updated_at FROM `+docTable(kind)+` WHERE user_id = ?`, userID).Scan(&data, &d.UpdatedAt)
	d.Data = []byte(data)
	return d, wrap("get "+kind, err)
}

// PutDoc stores a user's document of a kind, replacing the previous one.
func (s *Store) PutDoc(ctx context.Context, kind, userID string, data []byte, now time.Time) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO `+docTable(kind)+` (user_id, data, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`, userID, string(data), now.UTC())
	return wrap("put "+kind, err)
}
