package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
)

// MaxItems caps how many postings one message lists.
const MaxItems = 50

// Pass counts what one evaluation pass did.
type Pass struct {
	Alerts     int
	Matched    int
	Batches    int
	Deliveries int
}

// Evaluate runs one pass: every enabled alert reads the postings first seen since its cursor, records
// those that match, and dispatches what is due (now for instant alerts outside quiet hours, at the
// digest slot for digests). Tracker reminders and interview notices fan out to the other channels too.
// Every step is idempotent, so a pass that dies half-way is simply run again.
func (s *Service) Evaluate(ctx context.Context) (Pass, error) {
	var p Pass
	alerts, err := s.st.EnabledAlerts(ctx)
	if err != nil {
		return p, fmt.Errorf("notify: evaluate: %w", err)
	}
	prefs := map[string]profile.Preferences{}
	var errs []error
	for _, a := range alerts {
		pr, ok := prefs[a.UserID]
		if !ok {
			if pr, err = s.prefs.Preferences(ctx, a.UserID); err != nil {
				errs = append(errs, err)
				continue
			}
			prefs[a.UserID] = pr
		}
		p.Alerts++
		n, err := s.evaluateAlert(ctx, a, pr)
		p.Matched += n
		if err != nil {
			errs = append(errs, fmt.Errorf("alert %s: %w", a.ID, err))
			continue
		}
		b, d, err := s.dispatch(ctx, a.ID, pr)
		p.Batches, p.Deliveries = p.Batches+b, p.Deliveries+d
		if err != nil {
			errs = append(errs, fmt.Errorf("alert %s: %w", a.ID, err))
		}
	}
	d, err := s.notices(ctx)
	p.Deliveries += d
	if err != nil {
		errs = append(errs, err)
	}
	if err := s.sweep(ctx); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return p, fmt.Errorf("notify: evaluate: %w", err)
	}
	return p, nil
}

// evaluateAlert records the alert's matches among the postings first seen since its cursor.
func (s *Service) evaluateAlert(ctx context.Context, a store.Alert, pr profile.Preferences) (int, error) {
	ps, err := s.st.NewPostingsSince(ctx, a.CursorAt, s.o.MaxPostings)
	if err != nil || len(ps) == 0 {
		return 0, err
	}
	cursor := a.CursorAt
	for _, p := range ps {
		if p.FirstSeenAt.After(cursor) {
			cursor = p.FirstSeenAt
		}
	}
	var ms []store.AlertMatch
	if pr.JobAlerts { // with job alerts off, the cursor still moves: nothing piles up to flood the user later
		scored, err := s.matcher.Match(ctx, a, ps)
		if err != nil {
			return 0, err
		}
		now := s.clock()
		for _, sc := range scored {
			ms = append(ms, store.AlertMatch{PostingID: sc.Posting.ID, UserID: a.UserID, CompanyKey: sc.Posting.CompanyKey, Score: sc.Score, MatchedAt: now})
		}
	}
	return s.st.AddAlertMatches(ctx, a.ID, ms, cursor)
}

func location(tz string) *time.Location {
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return time.UTC
	}
	return loc
}

// dispatch sends an alert's pending matches when they are due; it returns the batches and deliveries made.
func (s *Service) dispatch(ctx context.Context, alertID string, pr profile.Preferences) (int, int, error) {
	if !pr.JobAlerts {
		return 0, 0, nil
	}
	a, err := s.st.AlertByID(ctx, alertID) // reload: the cursor and digest time moved
	if err != nil {
		return 0, 0, err
	}
	now, loc := s.clock(), location(pr.Timezone)
	if InQuietHours(a.QuietHoursStart, a.QuietHoursEnd, now.In(loc)) {
		return 0, 0, nil
	}
	freq := EffectiveFrequency(a, pr.DigestFrequency)
	digest := freq != "instant"
	if digest && !DigestDue(a, freq, now, loc) {
		return 0, 0, nil
	}
	pending, err := s.st.AlertMatches(ctx, a.UserID, a.ID, "pending", 1000)
	if err != nil {
		return 0, 0, err
	}
	if len(pending) == 0 {
		if digest {
			return 0, 0, s.st.MarkDigestChecked(ctx, a.ID, now)
		}
		return 0, 0, nil
	}
	keep, drop := capPerCompany(pending, a.MaxPerCompany)
	if len(keep) > MaxItems {
		keep = keep[:MaxItems] // the rest stay pending for the next message
	}
	items := make([]Item, 0, len(keep))
	for _, m := range keep {
		p, err := s.st.Posting(ctx, m.PostingID, "")
		if err != nil {
			return 0, 0, err
		}
		items = append(items, s.item(p, m.Score))
	}
	batch := uuid.NewString()
	msg := s.alertMessage(a, freq, items, "alert:"+a.ID+":"+batch)
	ds, err := s.deliveriesFor(ctx, a.UserID, a.Channels, pr, msg, now)
	if err != nil {
		return 0, 0, err
	}
	b := store.AlertBatch{AlertID: a.ID, BatchID: batch, Digest: digest, Deliveries: ds, Now: now}
	for _, m := range keep {
		b.Send = append(b.Send, m.PostingID)
	}
	for _, m := range drop {
		b.Skip = append(b.Skip, m.PostingID)
	}
	if err := s.st.CommitAlertBatch(ctx, b); err != nil {
		return 0, 0, err
	}
	s.enqueue(ctx, ds)
	return 1, len(ds), nil
}

func (s *Service) item(p store.StoredPosting, score int) Item {
	it := Item{PostingID: p.ID, Title: p.Title, Company: p.Company, Score: score, URL: s.o.BaseURL + "/jobs/" + p.ID, ApplyURL: p.ApplyURL}
	var locs []string
	for _, l := range p.Locations {
		if l.Raw != "" {
			locs = append(locs, l.Raw)
		}
	}
	it.Location = strings.Join(locs, "; ")
	if p.Salary.Raw != "" {
		it.Salary = p.Salary.Raw
	}
	return it
}

func (s *Service) alertMessage(a store.Alert, freq string, items []Item, key string) Message {
	noun := "new jobs"
	if len(items) == 1 {
		noun = "new job"
	}
	subj := fmt.Sprintf("%d %s for “%s”", len(items), noun, a.Name)
	kind := "alert"
	if freq != "instant" {
		kind = "digest"
		subj = fmt.Sprintf("Your %s digest: %s", freq, subj)
	}
	return Message{Kind: kind, UserID: a.UserID, AlertID: a.ID, AlertName: a.Name, Subject: subj, Items: items,
		Link: s.o.BaseURL + "/alerts", DedupKey: key,
		UnsubscribeURL: s.o.BaseURL + "/api/v1/unsubscribe?token=" + s.o.Tokens.Sign(a.ID)}
}

// deliveriesFor makes one delivery per channel the message goes to, honouring email_notifications.
func (s *Service) deliveriesFor(ctx context.Context, userID string, names []string, pr profile.Preferences, msg Message, now time.Time) ([]store.Delivery, error) {
	var out []store.Delivery
	add := func(channel, channelID string) error {
		m := msg
		if channel != "email" {
			m.UnsubscribeURL = ""
		}
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		key := msg.DedupKey
		if channelID != "" {
			key += ":" + channelID
		}
		out = append(out, store.Delivery{ID: uuid.NewString(), UserID: userID, Channel: channel, ChannelID: channelID, DedupKey: key,
			Kind: msg.Kind, Payload: b, Status: "pending", CreatedAt: now})
		return nil
	}
	var endpoints []store.Channel
	for _, n := range names {
		switch n {
		case "inapp":
			if err := add("inapp", ""); err != nil {
				return nil, err
			}
		case "email":
			if pr.EmailNotifications && s.o.EmailOn {
				if err := add("email", ""); err != nil {
					return nil, err
				}
			}
		case "webhook", "slack":
			if endpoints == nil {
				var err error
				if endpoints, err = s.st.Channels(ctx, userID); err != nil {
					return nil, err
				}
			}
			for _, c := range endpoints {
				if c.Kind == n && c.Enabled {
					if err := add(n, c.ID); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return out, nil
}

// enqueue starts the delivery tasks; one that fails to enqueue is picked up by the next pass's sweep.
func (s *Service) enqueue(ctx context.Context, ds []store.Delivery) {
	for _, d := range ds {
		var err error
		if s.queue != nil {
			err = s.queue.EnqueueDelivery(ctx, d.ID)
		} else {
			err = s.Deliver(ctx, d.ID, 1, true)
		}
		if err != nil {
			slog.WarnContext(ctx, "notify: delivery not started", "delivery_id", d.ID, "channel", d.Channel, "err", err)
		}
	}
}

// sweep re-enqueues deliveries left pending for a while (an enqueue lost to a crash); River's unique
// args keep a delivery that is still queued from being queued twice.
func (s *Service) sweep(ctx context.Context) error {
	if s.queue == nil {
		return nil
	}
	ds, err := s.st.PendingDeliveries(ctx, s.clock().Add(-10*time.Minute), 200)
	if err != nil {
		return err
	}
	s.enqueue(ctx, ds)
	return nil
}
