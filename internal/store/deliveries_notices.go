package store

import (
	"context"
	"time"
)

// RecentNotifications lists in-app notifications of a kind created at or after since, oldest first.
func (s *Store) RecentNotifications(ctx context.Context, kind string, since time.Time, limit int) ([]Notification, error) {
	rows, err := s.query(ctx, s.read, `SELECT id, user_id, kind, title, body, link, dedup_key, created_at, read_at FROM notifications
		WHERE kind = ? AND created_at >= ? ORDER BY created_at, id LIMIT ?`, kind, since.UTC(), limit)
	if err != nil {
		return nil, wrap("recent notifications", err)
	}
	defer rows.Close()
	out := []Notification{}
	for rows.Next() {
		var n Notification
		if err := rows.Scan(&n.ID, &n.UserID, &n.Kind, &n.Title, &n.Body, &n.Link, &n.DedupKey, &n.CreatedAt, &n.ReadAt); err != nil {
			return nil, wrap("recent notifications", err)
		}
		n.CreatedAt, n.ReadAt = n.CreatedAt.UTC(), appUTC(n.ReadAt)
		out = append(out, n)
	}
	return out, wrap("recent notifications", rows.Err())
}

// UpcomingInterview is an interview of any user with its application's company and title.
type UpcomingInterview struct {
	Interview
	UserID  string
	Company string
	Title   string
}

// InterviewsStarting lists interviews of every user starting in [from, to), soonest first.
func (s *Store) InterviewsStarting(ctx context.Context, from, to time.Time, limit int) ([]UpcomingInterview, error) {
	rows, err := s.query(ctx, s.read, `SELECT i.id, i.user_id, i.application_id, i.kind, i.starts_at, i.ends_at, i.timezone, i.location, i.meeting_url,
		a.company, a.title FROM interviews i JOIN applications a ON a.id = i.application_id
		WHERE i.starts_at >= ? AND i.starts_at < ? ORDER BY i.starts_at, i.id LIMIT ?`, from.UTC(), to.UTC(), limit)
	if err != nil {
		return nil, wrap("interviews starting", err)
	}
	defer rows.Close()
	out := []UpcomingInterview{}
	for rows.Next() {
		var u UpcomingInterview
		if err := rows.Scan(&u.ID, &u.UserID, &u.ApplicationID, &u.Kind, &u.StartsAt, &u.EndsAt, &u.Timezone, &u.Location, &u.MeetingURL,
			&u.Company, &u.Title); err != nil {
			return nil, wrap("interviews starting", err)
		}
		u.Interview.UserID = u.UserID
		u.StartsAt, u.EndsAt = u.StartsAt.UTC(), u.EndsAt.UTC()
		out = append(out, u)
	}
	return out, wrap("interviews starting", rows.Err())
}

// MarkAllNotificationsRead marks every unread notification of the user read and says how many it marked.
func (s *Store) MarkAllNotificationsRead(ctx context.Context, userID string, now time.Time) (int, error) {
	res, err := s.exec(ctx, s.write, `UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL`, now.UTC(), userID)
	if err != nil {
		return 0, wrap("mark all notifications read", err)
	}
	n, err := res.RowsAffected()
	return int(n), wrap("mark all notifications read", err)
}
