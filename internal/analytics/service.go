package analytics

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/skills"
	"github.com/career-copilot/copilot/internal/store"
)

// Store is what analytics reads.
type Store interface {
	AnalyticsApplications(ctx context.Context, userID string) ([]store.AppFact, error)
	AnalyticsEvents(ctx context.Context, userID string) ([]store.EventFact, error)
	PostingSourceKinds(ctx context.Context, ids []string) (map[string]string, error)
	MarketPostings(ctx context.Context, since time.Time, withText bool) ([]store.MarketFact, error)
	ListApplications(ctx context.Context, userID string, f store.ApplicationFilter) ([]store.Application, error)
	Reminders(ctx context.Context, userID, applicationID string) ([]store.Reminder, error)
	Interviews(ctx context.Context, userID, applicationID string) ([]store.Interview, error)
	NewPostingsSince(ctx context.Context, since time.Time, limit int) ([]store.StoredPosting, error)
	Posting(ctx context.Context, id, userID string) (store.StoredPosting, error)
	PostingMarks(ctx context.Context, userID string) (map[string]store.PostingMark, error)
}

// Marks reads the postings a user saved or dismissed.
type Marks func(ctx context.Context, userID string) (map[string]store.PostingMark, error)

// Prefs reads a user's preferences (their time zone).
type Prefs interface {
	Preferences(ctx context.Context, userID string) (profile.Preferences, error)
}

// Scorer gives the user's match score (0–100) of each posting it can score.
type Scorer func(ctx context.Context, userID string, ps []store.StoredPosting) (map[string]int, error)

// Service answers the analytics and dashboard questions.
type Service struct {
	st     Store
	prefs  Prefs
	score  Scorer
	tax    *skills.Taxonomy
	now    func() time.Time
	ttl    time.Duration
	mu     sync.Mutex
	market *Market
	at     time.Time
	// dashScores keeps the dashboard's scores of today's postings for scoreTTL, fresh the postings first
	// seen since a midnight for freshTTL (neither in tests with a clock).
	dashScores *scoreCache
	fresh      *freshCache
	marks      Marks
}

// New builds the service; score may be nil (no score bands, no dashboard matches).
func New(st Store, prefs Prefs, score Scorer) *Service {
	return &Service{st: st, prefs: prefs, score: score, tax: skills.Default(), now: time.Now, ttl: 5 * time.Minute,
		dashScores: newScoreCache(scoreTTL), fresh: newFreshCache(freshTTL), marks: st.PostingMarks}
}

// UseMarks reads saved and dismissed postings through m, such as the matching service's
// short cache that every match and search request reads too, instead of the store.
func (s *Service) UseMarks(m Marks) { s.marks = m }

// SetClock sets the clock (tests); it also turns the market and dashboard caches off.
func (s *Service) SetClock(now func() time.Time) {
	s.now, s.ttl, s.dashScores, s.fresh = now, 0, newScoreCache(0), newFreshCache(0)
}

// CacheDashboard turns the dashboard's caches back on after SetClock (benchmarks of the steady state).
func (s *Service) CacheDashboard() {
	s.dashScores, s.fresh = newScoreCache(scoreTTL), newFreshCache(freshTTL)
}

// Forget drops the user's cached dashboard scores, after the user changed something.
func (s *Service) Forget(userID string) { s.dashScores.Forget(userID) }

func (s *Service) location(ctx context.Context, userID string) *time.Location {
	if s.prefs == nil {
		return time.UTC
	}
	p, err := s.prefs.Preferences(ctx, userID)
	if err != nil {
		return time.UTC
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Pipeline computes the user's application analytics.
func (s *Service) Pipeline(ctx context.Context, userID string) (Pipeline, error) {
	apps, err := s.st.AnalyticsApplications(ctx, userID)
	if err != nil {
		return Pipeline{}, fmt.Errorf("analytics: %w", err)
	}
	events, err := s.st.AnalyticsEvents(ctx, userID)
	if err != nil {
		return Pipeline{}, fmt.Errorf("analytics: %w", err)
	}
	var ids []string
	for _, a := range apps {
		if a.PostingID != "" {
			ids = append(ids, a.PostingID)
		}
	}
	sources, err := s.st.PostingSourceKinds(ctx, ids)
	if err != nil {
		return Pipeline{}, fmt.Errorf("analytics: %w", err)
	}
	scores := map[string]int{}
	if s.score != nil && len(ids) > 0 {
		var ps []store.StoredPosting
		for _, id := range ids {
			if p, err := s.st.Posting(ctx, id, ""); err == nil {
				ps = append(ps, p)
			}
		}
		if scores, err = s.score(ctx, userID, ps); err != nil {
			return Pipeline{}, fmt.Errorf("analytics: score: %w", err)
		}
	}
	return ComputePipeline(apps, events, sources, scores, s.location(ctx, userID), s.now()), nil
}

// Market computes the market view, cached for a few minutes since it is the same for every user.
func (s *Service) Market(ctx context.Context) (Market, error) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.market != nil && s.ttl > 0 && now.Sub(s.at) < s.ttl {
		return *s.market, nil
	}
	since := WeekStart(now.UTC(), time.UTC).AddDate(0, 0, -7*(MarketWeeks-1))
	ps, err := s.st.MarketPostings(ctx, since, true)
	if err != nil {
		return Market{}, fmt.Errorf("analytics: %w", err)
	}
	m := ComputeMarket(ps, s.tax, now)
	s.market, s.at = &m, now
	return m, nil
}

// DashItem is one line of a dashboard list.
type DashItem struct {
	ID            string    `json:"id"`
	ApplicationID string    `json:"application_id,omitempty"`
	Title         string    `json:"title"`
	Company       string    `json:"company"`
	At            time.Time `json:"at"`
	Score         *int      `json:"score,omitempty"`
	Kind          string    `json:"kind,omitempty"`
}

// Dashboard is the home page: what is new today and what is coming.
type Dashboard struct {
	NewMatches         []DashItem     `json:"new_matches"`
	NewPostingsToday   int            `json:"new_postings_today"`
	RemindersDue       []DashItem     `json:"reminders_due"`
	UpcomingInterviews []DashItem     `json:"upcoming_interviews"`
	Pipeline           map[string]int `json:"pipeline"` // applications per current stage
	Funnel             []FunnelStep   `json:"funnel"`
}

// DashboardMatches is how many of today's best new postings the dashboard lists.
const DashboardMatches = 10

// dashboardApps is the most applications the dashboard's pipeline counts.
const dashboardApps = 10000

// Dashboard gathers the user's home page. Reminders are those open and due by the end of today,
// interviews those starting in the next 14 days, new matches the best-scored postings first seen today.
func (s *Service) Dashboard(ctx context.Context, userID string) (Dashboard, error) {
	loc, now := s.location(ctx, userID), s.now()
	y, m, d := now.In(loc).Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, loc)
	out := Dashboard{NewMatches: []DashItem{}, RemindersDue: []DashItem{}, UpcomingInterviews: []DashItem{}, Pipeline: map[string]int{}}
	facts, err := s.st.AnalyticsApplications(ctx, userID)
	if err != nil {
		return out, fmt.Errorf("analytics: dashboard: %w", err)
	}
	if err := s.agenda(ctx, userID, facts, midnight, now, &out); err != nil {
		return out, err
	}
	fresh, err := freshSince(ctx, s.fresh, s.st, midnight, 2000, now)
	if err != nil {
		return out, fmt.Errorf("analytics: dashboard: %w", err)
	}
	out.NewPostingsToday = len(fresh)
	if s.score != nil && len(fresh) > 0 {
		scores, err := cachedScorer(s.dashScores, s.score, s.now)(ctx, userID, fresh)
		if err != nil {
			return out, fmt.Errorf("analytics: dashboard: %w", err)
		}
		marks, err := s.marks(ctx, userID)
		if err != nil {
			return out, fmt.Errorf("analytics: dashboard: %w", err)
		}
		for _, p := range fresh {
			if sc, ok := scores[p.ID]; ok && marks[p.ID].DismissedAt.IsZero() {
				out.NewMatches = append(out.NewMatches, DashItem{ID: p.ID, Title: p.Title, Company: p.Company, At: p.FirstSeenAt, Score: &sc})
			}
		}
		sort.SliceStable(out.NewMatches, func(i, j int) bool { return *out.NewMatches[i].Score > *out.NewMatches[j].Score })
		if len(out.NewMatches) > DashboardMatches {
			out.NewMatches = out.NewMatches[:DashboardMatches]
		}
	}
	out.Funnel = ComputePipeline(facts, nil, nil, nil, loc, now).Funnel
	return out, nil
}

// agenda fills the dashboard's pipeline, due reminders and upcoming interviews. The pipeline counts
// the facts; the applications themselves are read only to name due items.
func (s *Service) agenda(ctx context.Context, userID string, facts []store.AppFact, midnight, now time.Time, out *Dashboard) error {
	rs, err := s.st.Reminders(ctx, userID, "")
	if err != nil {
		return fmt.Errorf("analytics: dashboard: %w", err)
	}
	is, err := s.st.Interviews(ctx, userID, "")
	if err != nil {
		return fmt.Errorf("analytics: dashboard: %w", err)
	}
	var due []store.Reminder
	for _, r := range rs {
		if r.DoneAt == nil && r.DueAt.Before(midnight.AddDate(0, 0, 1)) {
			due = append(due, r)
		}
	}
	var soon []store.Interview
	for _, i := range is {
		if !i.EndsAt.Before(now) && i.StartsAt.Before(now.Add(14*24*time.Hour)) {
			soon = append(soon, i)
		}
	}
	byID := map[string]store.Application{}
	if len(due) > 0 || len(soon) > 0 || len(facts) > dashboardApps {
		apps, err := s.st.ListApplications(ctx, userID, store.ApplicationFilter{Limit: dashboardApps})
		if err != nil {
			return fmt.Errorf("analytics: dashboard: %w", err)
		}
		for _, a := range apps {
			byID[a.ID] = a
		}
		if len(facts) > dashboardApps {
			for _, a := range apps {
				out.Pipeline[a.Stage]++
			}
		}
	}
	if len(facts) <= dashboardApps {
		for _, f := range facts {
			out.Pipeline[f.Stage]++
		}
	}
	for _, r := range due {
		a := byID[r.ApplicationID]
		out.RemindersDue = append(out.RemindersDue, DashItem{ID: r.ID, ApplicationID: r.ApplicationID, Title: r.Title, Company: a.Company, At: r.DueAt, Kind: r.Kind})
	}
	for _, i := range soon {
		a := byID[i.ApplicationID]
		out.UpcomingInterviews = append(out.UpcomingInterviews, DashItem{ID: i.ID, ApplicationID: i.ApplicationID, Title: a.Title, Company: a.Company, At: i.StartsAt, Kind: i.Kind})
	}
	return nil
}
