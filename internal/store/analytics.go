package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// AppFact is the part of an application analytics reads.
type AppFact struct {
	ID              string
	PostingID       string
	Stage           string
	StageDates      map[string]time.Time
	FoundVia        string
	AppliedAt       *time.Time
	FirstResponseAt *time.Time
	CreatedAt       time.Time
}

// EventFact is one timeline event, for time in stage and the activity heatmap.
type EventFact struct {
	ApplicationID string
	Seq           int
	Kind          string
	FromStage     string
	ToStage       string
	OccurredAt    time.Time
}

// AnalyticsApplications lists every application of the user with the fields analytics needs.
func (s *Store) AnalyticsApplications(ctx context.Context, userID string) ([]AppFact, error) {
	rows, err := s.query(ctx, s.read, `SELECT id, COALESCE(posting_id, ''), stage, stage_dates, found_via, applied_at, first_response_at, created_at
		FROM applications WHERE user_id = ? ORDER BY created_at, id`, userID)
	if err != nil {
		return nil, wrap("analytics applications", err)
	}
	defer rows.Close()
	out := []AppFact{}
	for rows.Next() {
		var a AppFact
		var dates string
		if err := rows.Scan(&a.ID, &a.PostingID, &a.Stage, &dates, &a.FoundVia, &a.AppliedAt, &a.FirstResponseAt, &a.CreatedAt); err != nil {
			return nil, wrap("analytics applications", err)
		}
		if err := json.Unmarshal([]byte(dates), &a.StageDates); err != nil {
			return nil, fmt.Errorf("store: analytics applications: decode stage dates: %w", err)
		}
		for k, v := range a.StageDates {
			a.StageDates[k] = v.UTC()
		}
		a.AppliedAt, a.FirstResponseAt, a.CreatedAt = appUTC(a.AppliedAt), appUTC(a.FirstResponseAt), a.CreatedAt.UTC()
		out = append(out, a)
	}
	return out, wrap("analytics applications", rows.Err())
}

// AnalyticsEvents lists every timeline event of the user's applications, in order per application.
func (s *Store) AnalyticsEvents(ctx context.Context, userID string) ([]EventFact, error) {
	rows, err := s.query(ctx, s.read, `SELECT application_id, seq, kind, from_stage, to_stage, occurred_at FROM application_events
		WHERE user_id = ? ORDER BY application_id, seq`, userID)
	if err != nil {
		return nil, wrap("analytics events", err)
	}
	defer rows.Close()
	out := []EventFact{}
	for rows.Next() {
		var e EventFact
		if err := rows.Scan(&e.ApplicationID, &e.Seq, &e.Kind, &e.FromStage, &e.ToStage, &e.OccurredAt); err != nil {
			return nil, wrap("analytics events", err)
		}
		e.OccurredAt = e.OccurredAt.UTC()
		out = append(out, e)
	}
	return out, wrap("analytics events", rows.Err())
}

// PostingSourceKinds maps each of the given posting ids that exists to the kind of its oldest source link.
func (s *Store) PostingSourceKinds(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for _, id := range ids {
		if badID(id) {
			continue
		}
		var kind string
		err := s.queryRow(ctx, s.read, `SELECT src.kind FROM posting_sources l JOIN sources src ON src.id = l.source_id
			WHERE l.posting_id = ? ORDER BY l.first_seen_at, src.kind LIMIT 1`, id).Scan(&kind)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, wrap("posting source kinds", err)
		}
		out[id] = kind
	}
	return out, nil
}

// MarketFact is the part of a posting the market view reads.
type MarketFact struct {
	ID          string
	Title       string
	Company     string
	CompanyKey  string
	Text        string
	Tags        []string
	Locations   []posting.Location
	WorkMode    string
	SalaryMin   float64
	SalaryMax   float64
	Currency    string
	Period      string
	ListedAt    time.Time
	FirstSeenAt time.Time
}

// MarketPostings lists every posting listed at or after since (open or closed), for the market view.
func (s *Store) MarketPostings(ctx context.Context, since time.Time, withText bool) ([]MarketFact, error) {
	text := `''`
	if withText {
		text = `description_text`
	}
	rows, err := s.query(ctx, s.read, `SELECT id, title, company, company_key, `+text+`, tags, locations, work_mode, salary_min, salary_max,
		salary_currency, salary_period, listed_at, first_seen_at FROM postings WHERE listed_at >= ? ORDER BY listed_at, id`, since.UTC())
	if err != nil {
		return nil, wrap("market postings", err)
	}
	defer rows.Close()
	out := []MarketFact{}
	for rows.Next() {
		var m MarketFact
		var tags, locs string
		var smin, smax sql.NullFloat64
		if err := rows.Scan(&m.ID, &m.Title, &m.Company, &m.CompanyKey, &m.Text, &tags, &locs, &m.WorkMode, &smin, &smax,
			&m.Currency, &m.Period, &m.ListedAt, &m.FirstSeenAt); err != nil {
			return nil, wrap("market postings", err)
		}
		if err := json.Unmarshal([]byte(tags), &m.Tags); err != nil {
			return nil, fmt.Errorf("store: market postings: decode tags: %w", err)
		}
		if err := json.Unmarshal([]byte(locs), &m.Locations); err != nil {
			return nil, fmt.Errorf("store: market postings: decode locations: %w", err)
		}
		m.SalaryMin, m.SalaryMax = smin.Float64, smax.Float64
		m.ListedAt, m.FirstSeenAt = m.ListedAt.UTC(), m.FirstSeenAt.UTC()
		out = append(out, m)
	}
	return out, wrap("market postings", rows.Err())
}
