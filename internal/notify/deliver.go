package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
)

// ErrPermanent wraps a delivery failure that retrying cannot fix; the task gives up on it.
var ErrPermanent = errors.New("notify: permanent delivery failure")

// Deliver sends one delivery once: a delivery already sent (or given up) is left alone, so a retried
// or duplicated task never sends twice. final says this is the last attempt.
func (s *Service) Deliver(ctx context.Context, id string, attempt int, final bool) error {
	d, err := s.st.Delivery(ctx, id)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil // the user or alert was deleted
		}
		return fmt.Errorf("notify: deliver: %w", err)
	}
	if d.Status != "pending" {
		return nil
	}
	var msg Message
	if err := json.Unmarshal(d.Payload, &msg); err != nil {
		return s.giveUp(ctx, d, 0, fmt.Errorf("notify: decode payload: %w", err))
	}
	ch := s.channels[d.Channel]
	if ch == nil {
		return s.giveUp(ctx, d, 0, fmt.Errorf("notify: channel %q is not configured", d.Channel))
	}
	env := Envelope{DeliveryID: d.ID, Attempt: attempt, Message: msg}
	switch d.Channel {
	case "email":
		u, err := s.st.UserByID(ctx, d.UserID)
		if err != nil {
			return s.giveUp(ctx, d, 0, fmt.Errorf("notify: recipient: %w", err))
		}
		env.Target.Email = u.Email
	case "webhook", "slack":
		c, err := s.st.ChannelByID(ctx, d.ChannelID)
		if err != nil || !c.Enabled {
			return s.giveUp(ctx, d, 0, errors.New("notify: the endpoint was removed or disabled"))
		}
		env.Target.URL, env.Target.Secret = c.URL, c.Secret
	}
	if err := ch.Send(ctx, env); err != nil {
		if IsPermanent(err) || final {
			return s.giveUp(ctx, d, StatusOf(err), err)
		}
		if rerr := s.st.RecordDeliveryFailure(ctx, d.ID, StatusOf(err), err.Error(), false); rerr != nil {
			return errors.Join(err, rerr)
		}
		return fmt.Errorf("notify: deliver %s on %s: %w", d.ID, d.Channel, err)
	}
	if err := s.st.MarkDeliverySent(ctx, d.ID, 0, s.clock()); err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("notify: mark sent: %w", err)
	}
	return nil
}

func (s *Service) giveUp(ctx context.Context, d store.Delivery, status int, cause error) error {
	if err := s.st.RecordDeliveryFailure(ctx, d.ID, status, cause.Error(), true); err != nil {
		return errors.Join(cause, err)
	}
	return fmt.Errorf("%w: %v", ErrPermanent, cause)
}

// noticeWindow is how far back reminder notifications are fanned out, and how far ahead interviews are announced.
const noticeWindow = 24 * time.Hour

// notices carries tracker reminders (already in the in-app list) to email, webhooks and Slack, and
// announces interviews starting within a day on every channel. The notification's dedup key is the
// delivery's, so each goes out once per channel.
func (s *Service) notices(ctx context.Context) (int, error) {
	now := s.clock()
	made := 0
	rs, err := s.st.RecentNotifications(ctx, "reminder", now.Add(-noticeWindow), 1000)
	if err != nil {
		return 0, err
	}
	for _, n := range rs {
		msg := Message{Kind: "reminder", UserID: n.UserID, Subject: n.Title, Text: n.Body, Link: s.o.BaseURL + n.Link, DedupKey: n.DedupKey}
		k, err := s.fanOut(ctx, msg, []string{"email", "webhook", "slack"}, now)
		if err != nil {
			return made, err
		}
		made += k
	}
	ivs, err := s.st.InterviewsStarting(ctx, now, now.Add(noticeWindow), 1000)
	if err != nil {
		return made, err
	}
	for _, iv := range ivs {
		pr, err := s.prefs.Preferences(ctx, iv.UserID)
		if err != nil {
			return made, err
		}
		loc := location(iv.Timezone)
		if iv.Timezone == "" {
			loc = location(pr.Timezone)
		}
		key := fmt.Sprintf("interview:%s:%d", iv.ID, iv.StartsAt.Unix())
		msg := Message{Kind: "interview", UserID: iv.UserID, Subject: fmt.Sprintf("Interview with %s on %s", iv.Company, iv.StartsAt.In(loc).Format("Mon 2 Jan 15:04 MST")),
			Text: fmt.Sprintf("%s interview for %s at %s.", iv.Kind, iv.Title, iv.Company), Link: s.o.BaseURL + "/applications/" + iv.ApplicationID, DedupKey: key}
		if iv.MeetingURL != "" {
			msg.Text += " Join: " + iv.MeetingURL
		}
		k, err := s.fanOut(ctx, msg, []string{"inapp", "email", "webhook", "slack"}, now)
		if err != nil {
			return made, err
		}
		made += k
	}
	return made, nil
}

// fanOut stores and starts the deliveries of a notice on the channels that do not have it yet.
func (s *Service) fanOut(ctx context.Context, msg Message, names []string, now time.Time) (int, error) {
	pr, err := s.prefs.Preferences(ctx, msg.UserID)
	if err != nil {
		return 0, err
	}
	ds, err := s.deliveriesFor(ctx, msg.UserID, names, pr, msg, now)
	if err != nil {
		return 0, err
	}
	var fresh []store.Delivery
	for _, d := range ds {
		ok, err := s.st.CreateDelivery(ctx, d)
		if err != nil {
			return len(fresh), err
		}
		if ok {
			fresh = append(fresh, d)
		}
	}
	s.enqueue(ctx, fresh)
	return len(fresh), nil
}

// Test sends a test message on one of the user's endpoints now, outside any alert (the "send test" button).
func (s *Service) Test(ctx context.Context, userID, channelID string) (store.Delivery, error) {
	c, err := s.st.ChannelByID(ctx, channelID)
	if err != nil || c.UserID != userID {
		return store.Delivery{}, fmt.Errorf("notify: test: %w", store.ErrNotFound)
	}
	now := s.clock()
	msg := Message{Kind: "test", UserID: userID, Subject: "Career Copilot test message", Text: "This endpoint receives your alerts.",
		Link: s.o.BaseURL + "/alerts", DedupKey: "test:" + uuid.NewString()}
	b, _ := json.Marshal(msg)
	d := store.Delivery{ID: uuid.NewString(), UserID: userID, Channel: c.Kind, ChannelID: c.ID, DedupKey: msg.DedupKey, Kind: "test", Payload: b, CreatedAt: now}
	if _, err := s.st.CreateDelivery(ctx, d); err != nil {
		return store.Delivery{}, fmt.Errorf("notify: test: %w", err)
	}
	s.enqueue(ctx, []store.Delivery{d})
	return d, nil
}
