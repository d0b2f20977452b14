package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
)

// Filters are an alert's search filters (the same names as GET /api/v1/jobs takes).
type Filters struct {
	WorkModes       []string `json:"work_modes,omitempty"`
	Countries       []string `json:"countries,omitempty"`
	Cities          []string `json:"cities,omitempty"`
	Seniorities     []string `json:"seniorities,omitempty"`
	EmploymentTypes []string `json:"employment_types,omitempty"`
	Companies       []string `json:"companies,omitempty"` // company keys
	MinSalary       float64  `json:"min_salary,omitempty"`
	SalaryCurrency  string   `json:"salary_currency,omitempty"`
	SalaryPeriod    string   `json:"salary_period,omitempty"`
}

func (f Filters) search() search.Filter {
	return search.Filter{WorkModes: f.WorkModes, Countries: f.Countries, Cities: f.Cities, Seniorities: f.Seniorities,
		EmploymentTypes: f.EmploymentTypes, Companies: f.Companies, MinSalary: f.MinSalary, SalaryCurrency: f.SalaryCurrency,
		SalaryPeriod: f.SalaryPeriod, Status: "open"}
}

// Profiles reads a user's profile, which the match score is computed against.
type Profiles interface {
	Profile(ctx context.Context, userID string) (profile.Profile, error)
}

// Candidates prepares a user's profile and primary resume for scoring (index.Service.Candidate).
type Candidates interface {
	Candidate(ctx context.Context, userID string) (*match.Candidate, error)
}

// Matcher runs an alert's query, filters and minimum score over a set of postings with the search
// package's BM25 and the match package's score, in a small index of just those postings.
type Matcher struct {
	profiles Profiles
	cands    Candidates
	now      func() time.Time
}

// NewMatcher returns a matcher that scores against the users' profiles alone.
func NewMatcher(p Profiles) *Matcher { return &Matcher{profiles: p, now: time.Now} }

// NewResumeMatcher returns a matcher that scores against profile and primary resume, as the matches page does.
func NewResumeMatcher(c Candidates) *Matcher { return &Matcher{cands: c, now: time.Now} }

// Scored is a posting an alert matched, with its match score (0–100).
type Scored struct {
	Posting store.StoredPosting
	Score   int
}

func (m *Matcher) candidate(ctx context.Context, userID string) (*match.Candidate, error) {
	if m.cands != nil {
		c, err := m.cands.Candidate(ctx, userID)
		if err != nil {
			return nil, fmt.Errorf("notify: candidate: %w", err)
		}
		return c, nil
	}
	p, err := m.profiles.Profile(ctx, userID)
	if err != nil {
		return nil, fmt.Errorf("notify: profile: %w", err)
	}
	return match.NewCandidate(p, nil), nil
}

func index(ps []store.StoredPosting, now time.Time) *search.Index {
	ix := search.New()
	ix.SetClock(func() time.Time { return now })
	for _, p := range ps {
		ix.Upsert(search.Doc{ID: p.ID, Posting: p.Posting, Closed: !p.ClosedAt.IsZero()})
	}
	return ix
}

func all(ix *search.Index, q search.Query) ([]search.Hit, error) {
	var out []search.Hit
	q.Limit = 200
	for {
		res, err := ix.Search(q)
		if err != nil {
			return nil, fmt.Errorf("notify: search: %w", err)
		}
		out = append(out, res.Hits...)
		if res.NextCursor == "" {
			return out, nil
		}
		q.Cursor = res.NextCursor
	}
}

// Match returns the postings of ps that satisfy the alert, best first.
func (m *Matcher) Match(ctx context.Context, a store.Alert, ps []store.StoredPosting) ([]Scored, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	var f Filters
	if len(a.Filters) > 0 {
		if err := json.Unmarshal(a.Filters, &f); err != nil {
			return nil, fmt.Errorf("notify: alert %s filters: %w", a.ID, err)
		}
	}
	c, err := m.candidate(ctx, a.UserID)
	if err != nil {
		return nil, err
	}
	hits, err := all(index(ps, m.now()), search.Query{Text: a.Query, Filter: f.search(), Candidate: c, Sort: search.SortScore})
	if err != nil {
		return nil, err
	}
	byID := map[string]store.StoredPosting{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	var out []Scored
	for _, h := range hits {
		s := int(math.Round(h.Score))
		if s >= a.MinScore {
			out = append(out, Scored{Posting: byID[h.ID], Score: s})
		}
	}
	return out, nil
}

// Scores gives the user's match score of each posting (for analytics' score bands and the dashboard).
func (m *Matcher) Scores(ctx context.Context, userID string, ps []store.StoredPosting) (map[string]int, error) {
	out := map[string]int{}
	if len(ps) == 0 {
		return out, nil
	}
	c, err := m.candidate(ctx, userID)
	if err != nil {
		return nil, err
	}
	hits, err := all(index(ps, m.now()), search.Query{Filter: search.Filter{Status: "all"}, Candidate: c, Sort: search.SortScore})
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		out[h.ID] = int(math.Round(h.Score))
	}
	return out, nil
}
