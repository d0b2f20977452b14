package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Frequencies an alert may have; "default" follows the user's digest_frequency preference
// (off → instant, daily, weekly).
var Frequencies = []string{"default", "instant", "daily", "weekly"}

// ChannelNames are the channels an alert may use.
var ChannelNames = []string{"inapp", "email", "webhook", "slack"}

// AlertInput is what a user sends to create or replace an alert.
type AlertInput struct {
	Name            string          `json:"name"`
	Query           string          `json:"query"`
	Filters         json.RawMessage `json:"filters"`
	MinScore        int             `json:"min_score"`
	Frequency       string          `json:"frequency"`
	Channels        []string        `json:"channels"`
	MaxPerCompany   int             `json:"max_per_company"`
	DigestHour      *int            `json:"digest_hour"`
	QuietHoursStart string          `json:"quiet_hours_start"`
	QuietHoursEnd   string          `json:"quiet_hours_end"`
	Enabled         *bool           `json:"enabled"`
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// clock parses "HH:MM" into minutes after midnight.
func clock(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return 0, false
	}
	return hh*60 + mm, true
}

// apply validates in and writes it onto a; every problem is reported at once.
func (in AlertInput) apply(a *store.Alert) error {
	var fe validate.Errors
	a.Name = strings.TrimSpace(in.Name)
	if a.Name == "" || len(a.Name) > 100 {
		fe.Add("name", "is required, at most 100 characters")
	}
	a.Query = strings.TrimSpace(in.Query)
	if len(a.Query) > 500 {
		fe.Add("query", "must be at most 500 characters")
	}
	a.Filters = json.RawMessage(`{}`)
	if len(in.Filters) > 0 && string(in.Filters) != "null" {
		var f Filters
		dec := json.NewDecoder(bytes.NewReader(in.Filters))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			fe.Add("filters", "must be an object of work_modes, countries, cities, seniorities, employment_types, companies, min_salary, salary_currency, salary_period")
		} else if bad := f.normalize(); len(bad) > 0 {
			fe = append(fe, bad...)
		} else {
			b, _ := json.Marshal(f)
			a.Filters = b
		}
	}
	if in.MinScore < 0 || in.MinScore > 100 {
		fe.Add("min_score", "must be from 0 to 100")
	}
	a.MinScore = in.MinScore
	a.Frequency = strings.ToLower(strings.TrimSpace(in.Frequency))
	if a.Frequency == "" {
		a.Frequency = "default"
	}
	if !contains(Frequencies, a.Frequency) {
		fe.Add("frequency", "must be one of "+strings.Join(Frequencies, ", "))
	}
	a.Channels = []string{}
	for _, c := range in.Channels {
		c = strings.ToLower(strings.TrimSpace(c))
		if !contains(ChannelNames, c) {
			fe.Add("channels", "must be among "+strings.Join(ChannelNames, ", "))
			break
		}
		if !contains(a.Channels, c) {
			a.Channels = append(a.Channels, c)
		}
	}
	if in.Channels == nil {
		a.Channels = []string{"inapp"}
	} else if len(a.Channels) == 0 && len(in.Channels) == 0 {
		fe.Add("channels", "needs at least one channel")
	}
	a.MaxPerCompany = in.MaxPerCompany
	if a.MaxPerCompany == 0 {
		a.MaxPerCompany = 3
	}
	if a.MaxPerCompany < 1 || a.MaxPerCompany > 50 {
		fe.Add("max_per_company", "must be from 1 to 50")
	}
	a.DigestHour = 8
	if in.DigestHour != nil {
		a.DigestHour = *in.DigestHour
	}
	if a.DigestHour < 0 || a.DigestHour > 23 {
		fe.Add("digest_hour", "must be an hour from 0 to 23")
	}
	a.QuietHoursStart, a.QuietHoursEnd = strings.TrimSpace(in.QuietHoursStart), strings.TrimSpace(in.QuietHoursEnd)
	if (a.QuietHoursStart == "") != (a.QuietHoursEnd == "") {
		fe.Add("quiet_hours_end", "quiet hours need both a start and an end, or neither")
	}
	for field, v := range map[string]string{"quiet_hours_start": a.QuietHoursStart, "quiet_hours_end": a.QuietHoursEnd} {
		if _, ok := clock(v); v != "" && !ok {
			fe.Add(field, "must be a time of day as HH:MM")
		}
	}
	a.Enabled = true
	if in.Enabled != nil {
		a.Enabled = *in.Enabled
	}
	if len(fe) > 0 {
		return fe
	}
	return nil
}

// Store is what the alert service reads and writes.
type Store interface {
	CreateAlert(ctx context.Context, a store.Alert) error
	UpdateAlert(ctx context.Context, a store.Alert) error
	Alert(ctx context.Context, userID, id string) (store.Alert, error)
	AlertByID(ctx context.Context, id string) (store.Alert, error)
	Alerts(ctx context.Context, userID string) ([]store.Alert, error)
	EnabledAlerts(ctx context.Context) ([]store.Alert, error)
	DeleteAlert(ctx context.Context, userID, id string) error
	DisableAlertEmail(ctx context.Context, id string, now time.Time) error
	NewPostingsSince(ctx context.Context, since time.Time, limit int) ([]store.StoredPosting, error)
	AddAlertMatches(ctx context.Context, alertID string, ms []store.AlertMatch, cursor time.Time) (int, error)
	AlertMatches(ctx context.Context, userID, alertID, status string, limit int) ([]store.AlertMatch, error)
	CommitAlertBatch(ctx context.Context, b store.AlertBatch) error
	MarkDigestChecked(ctx context.Context, alertID string, now time.Time) error
	Posting(ctx context.Context, id, userID string) (store.StoredPosting, error)
	CreateChannel(ctx context.Context, c store.Channel) error
	Channels(ctx context.Context, userID string) ([]store.Channel, error)
	ChannelByID(ctx context.Context, id string) (store.Channel, error)
	DeleteChannel(ctx context.Context, userID, id string) error
	CreateDelivery(ctx context.Context, d store.Delivery) (bool, error)
	DeliveryByKey(ctx context.Context, channel, key string) (store.Delivery, error)
	Delivery(ctx context.Context, id string) (store.Delivery, error)
	MarkDeliverySent(ctx context.Context, id string, status int, now time.Time) error
	RecordDeliveryFailure(ctx context.Context, id string, status int, msg string, final bool) error
	PendingDeliveries(ctx context.Context, before time.Time, limit int) ([]store.Delivery, error)
	Deliveries(ctx context.Context, userID string, limit int) ([]store.Delivery, error)
	RecentNotifications(ctx context.Context, kind string, since time.Time, limit int) ([]store.Notification, error)
	InterviewsStarting(ctx context.Context, from, to time.Time, limit int) ([]store.UpcomingInterview, error)
	CreateNotification(ctx context.Context, n store.Notification) (bool, error)
	UserByID(ctx context.Context, id string) (store.User, error)
}

// Prefs reads a user's preferences.
type Prefs interface {
	Preferences(ctx context.Context, userID string) (profile.Preferences, error)
}

// Enqueuer starts the delivery task of a delivery (River in production).
type Enqueuer interface {
	EnqueueDelivery(ctx context.Context, deliveryID string) error
}

// URLChecker refuses webhook URLs that may not be called (fetch.Client.CheckURL).
type URLChecker func(ctx context.Context, rawURL string) error

// Options configure the service.
type Options struct {
	BaseURL     string // the app's public URL, for links in messages
	Tokens      Tokens
	EmailOn     bool // SMTP is configured
	CheckURL    URLChecker
	MaxPostings int // how many new postings one evaluation pass reads per alert (default 2000)
}

// Service owns alerts: CRUD, evaluation, dispatch and delivery.
type Service struct {
	st       Store
	prefs    Prefs
	matcher  *Matcher
	channels map[string]Channel
	queue    Enqueuer
	o        Options
	now      func() time.Time
}

// New builds the service; channels are keyed by Name().
func New(st Store, prefs Prefs, m *Matcher, chans []Channel, o Options) *Service {
	if o.MaxPostings <= 0 {
		o.MaxPostings = 2000
	}
	o.BaseURL = strings.TrimRight(o.BaseURL, "/")
	cm := map[string]Channel{}
	for _, c := range chans {
		cm[c.Name()] = c
	}
	return &Service{st: st, prefs: prefs, matcher: m, channels: cm, o: o, now: time.Now}
}

// SetQueue sets where delivery tasks go; without one, Evaluate delivers inline (tests, tools).
func (s *Service) SetQueue(q Enqueuer) { s.queue = q }

// SetClock sets the clock (tests).
func (s *Service) SetClock(now func() time.Time) {
	s.now = now
	if s.matcher != nil {
		s.matcher.now = now
	}
}

func (s *Service) clock() time.Time { return s.now().UTC() }

// Create validates and stores a new alert; it matches postings first seen from now on.
func (s *Service) Create(ctx context.Context, userID string, in AlertInput) (store.Alert, error) {
	now := s.clock()
	a := store.Alert{ID: uuid.NewString(), UserID: userID, CursorAt: now, LastDigestAt: &now, CreatedAt: now, UpdatedAt: now}
	if err := in.apply(&a); err != nil {
		return store.Alert{}, err
	}
	if err := s.st.CreateAlert(ctx, a); err != nil {
		return store.Alert{}, fmt.Errorf("notify: create alert: %w", err)
	}
	return a, nil
}

// Update replaces an alert's settings, keeping what it has already matched and sent.
func (s *Service) Update(ctx context.Context, userID, id string, in AlertInput) (store.Alert, error) {
	a, err := s.st.Alert(ctx, userID, id)
	if err != nil {
		return store.Alert{}, fmt.Errorf("notify: update alert: %w", err)
	}
	if err := in.apply(&a); err != nil {
		return store.Alert{}, err
	}
	a.UpdatedAt = s.clock()
	if err := s.st.UpdateAlert(ctx, a); err != nil {
		return store.Alert{}, fmt.Errorf("notify: update alert: %w", err)
	}
	return a, nil
}

// Get loads one of the user's alerts.
func (s *Service) Get(ctx context.Context, userID, id string) (store.Alert, error) {
	a, err := s.st.Alert(ctx, userID, id)
	if err != nil {
		return a, fmt.Errorf("notify: %w", err)
	}
	return a, nil
}

// List lists the user's alerts.
func (s *Service) List(ctx context.Context, userID string) ([]store.Alert, error) {
	return s.st.Alerts(ctx, userID)
}

// Delete removes one of the user's alerts.
func (s *Service) Delete(ctx context.Context, userID, id string) error {
	return s.st.DeleteAlert(ctx, userID, id)
}

// Matches lists what an alert matched (sent, skipped and pending), best first.
func (s *Service) Matches(ctx context.Context, userID, id string) ([]store.AlertMatch, error) {
	if _, err := s.st.Alert(ctx, userID, id); err != nil {
		return nil, fmt.Errorf("notify: %w", err)
	}
	return s.st.AlertMatches(ctx, userID, id, "", 500)
}

// Unsubscribe verifies a signed link and takes email off its alert; it returns the alert's name.
func (s *Service) Unsubscribe(ctx context.Context, token string) (string, error) {
	id, err := s.o.Tokens.Verify(token)
	if err != nil {
		return "", err
	}
	a, err := s.st.AlertByID(ctx, id)
	if err != nil {
		return "", ErrBadToken
	}
	if err := s.st.DisableAlertEmail(ctx, id, s.clock()); err != nil {
		return "", fmt.Errorf("notify: unsubscribe: %w", err)
	}
	return a.Name, nil
}

// ChannelInput is a webhook or Slack endpoint to register.
type ChannelInput struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	URL  string `json:"url"`
}

// AddChannel validates and stores a webhook or Slack endpoint; webhooks get a generated signing secret.
func (s *Service) AddChannel(ctx context.Context, userID string, in ChannelInput) (store.Channel, error) {
	var fe validate.Errors
	c := store.Channel{ID: uuid.NewString(), UserID: userID, Kind: strings.ToLower(strings.TrimSpace(in.Kind)), Name: strings.TrimSpace(in.Name),
		URL: strings.TrimSpace(in.URL), Enabled: true, CreatedAt: s.clock()}
	if c.Kind != "webhook" && c.Kind != "slack" {
		fe.Add("kind", "must be webhook or slack")
	}
	if c.Name == "" {
		c.Name = c.Kind
	}
	if len(c.Name) > 100 {
		fe.Add("name", "must be at most 100 characters")
	}
	if c.URL == "" || len(c.URL) > 2000 {
		fe.Add("url", "is required")
	} else if s.o.CheckURL != nil {
		if err := s.o.CheckURL(ctx, c.URL); err != nil {
			fe.Add("url", "must be a public http(s) URL")
		}
	}
	if len(fe) > 0 {
		return store.Channel{}, fe
	}
	if c.Kind == "webhook" {
		c.Secret = strings.ReplaceAll(uuid.NewString()+uuid.NewString(), "-", "")
	}
	if err := s.st.CreateChannel(ctx, c); err != nil {
		return store.Channel{}, fmt.Errorf("notify: add channel: %w", err)
	}
	return c, nil
}

// Channels lists the user's endpoints.
func (s *Service) Channels(ctx context.Context, userID string) ([]store.Channel, error) {
	return s.st.Channels(ctx, userID)
}

// DeleteChannel removes one of the user's endpoints.
func (s *Service) DeleteChannel(ctx context.Context, userID, id string) error {
	return s.st.DeleteChannel(ctx, userID, id)
}

// Deliveries is the user's delivery log, newest first.
func (s *Service) Deliveries(ctx context.Context, userID string) ([]store.Delivery, error) {
	return s.st.Deliveries(ctx, userID, 200)
}
