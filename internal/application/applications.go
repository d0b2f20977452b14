package application

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Input is what a client may set on an application (create, or patch onto the current values).
type Input struct {
	PostingID       string               `json:"posting_id"`
	Company         string               `json:"company"`
	Title           string               `json:"title"`
	URL             string               `json:"url"`
	Location        string               `json:"location"`
	Salary          string               `json:"salary"`
	Stage           string               `json:"stage"`
	Priority        int                  `json:"priority"`
	Excitement      int                  `json:"excitement"`
	Tags            []string             `json:"tags"`
	ExpectedSalary  string               `json:"expected_salary"`
	OfferedSalary   string               `json:"offered_salary"`
	FoundVia        string               `json:"found_via"`
	Referral        string               `json:"referral"`
	AppliedAt       *time.Time           `json:"applied_at"`
	FirstResponseAt *time.Time           `json:"first_response_at"`
	StageDates      map[string]time.Time `json:"stage_dates"`
	Origin          string               `json:"origin"`
}

// InputOf is the editable part of a, for patching.
func InputOf(a Application) Input {
	return Input{PostingID: a.PostingID, Company: a.Company, Title: a.Title, URL: a.URL, Location: a.Location, Salary: a.Salary, Stage: a.Stage,
		Priority: a.Priority, Excitement: a.Excitement, Tags: append([]string{}, a.Tags...), ExpectedSalary: a.ExpectedSalary, OfferedSalary: a.OfferedSalary,
		FoundVia: a.FoundVia, Referral: a.Referral, AppliedAt: a.AppliedAt, FirstResponseAt: a.FirstResponseAt, StageDates: copyDates(a.StageDates)}
}

func copyDates(m map[string]time.Time) map[string]time.Time {
	out := make(map[string]time.Time, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func checkText(fe *validate.Errors, field, v string, max int, required bool) string {
	v = strings.TrimSpace(v)
	switch {
	case required && v == "":
		fe.Add(field, "is required")
	case utf8.RuneCountInString(v) > max:
		fe.Add(field, fmt.Sprintf("must be at most %d characters", max))
	}
	return v
}

func checkURL(fe *validate.Errors, field, v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return v
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(v) > 2048 {
		fe.Add(field, "must be an http or https URL")
	}
	return v
}

// normalize trims and checks every field (dates against now); the result has one entry per bad field.
func (in *Input) normalize(now time.Time) validate.Errors {
	var fe validate.Errors
	in.checkDates(&fe, now)
	in.PostingID = checkText(&fe, "posting_id", in.PostingID, 200, false)
	in.Company = checkText(&fe, "company", in.Company, 200, true)
	in.Title = checkText(&fe, "title", in.Title, 300, true)
	in.URL = checkURL(&fe, "url", in.URL)
	in.Location = checkText(&fe, "location", in.Location, 200, false)
	in.Salary = checkText(&fe, "salary", in.Salary, 100, false)
	in.ExpectedSalary = checkText(&fe, "expected_salary", in.ExpectedSalary, 100, false)
	in.OfferedSalary = checkText(&fe, "offered_salary", in.OfferedSalary, 100, false)
	in.FoundVia = checkText(&fe, "found_via", in.FoundVia, 200, false)
	in.Referral = checkText(&fe, "referral", in.Referral, 200, false)
	in.Stage = strings.ToLower(strings.TrimSpace(in.Stage))
	if in.Stage == "" {
		in.Stage = "saved"
	}
	if !IsStage(in.Stage) {
		fe.Add("stage", "must be one of "+strings.Join(Stages, ", "))
	}
	if in.Priority < 0 || in.Priority > 3 {
		fe.Add("priority", "must be 0 (none) to 3 (high)")
	}
	if in.Excitement < 0 || in.Excitement > 5 {
		fe.Add("excitement", "must be 0 to 5")
	}
	in.Tags = cleanTags(&fe, in.Tags)
	for k := range in.StageDates {
		if !IsStage(k) {
			fe.Add("stage_dates."+k, "is not a stage")
		}
	}
	if in.Origin == "" {
		in.Origin = OriginAPI
	}
	if !clientOrigins[in.Origin] && in.Origin != OriginImport {
		fe.Add("origin", "must be board, table, page or api")
	}
	return fe
}

func cleanTags(fe *validate.Errors, tags []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for i, t := range tags {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		if utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, ";,") {
			fe.Add(fmt.Sprintf("tags[%d]", i), "must be at most 40 characters, without commas or semicolons")
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	if len(out) > 20 {
		fe.Add("tags", "at most 20 tags")
	}
	return out
}

func (in Input) apply(a *Application) {
	a.PostingID, a.Company, a.CompanyKey, a.Title, a.URL, a.Location, a.Salary = in.PostingID, in.Company, companyKey(in.Company), in.Title, in.URL, in.Location, in.Salary
	a.Priority, a.Excitement, a.Tags = in.Priority, in.Excitement, in.Tags
	a.ExpectedSalary, a.OfferedSalary, a.FoundVia, a.Referral = in.ExpectedSalary, in.OfferedSalary, in.FoundVia, in.Referral
	a.AppliedAt, a.FirstResponseAt = utc(in.AppliedAt), utc(in.FirstResponseAt)
	if in.StageDates != nil {
		a.StageDates = map[string]time.Time{}
		for k, v := range in.StageDates {
			a.StageDates[k] = v.UTC().Truncate(time.Microsecond)
		}
	}
}

func companyKey(name string) string {
	if k := normalize.CompanyKey(name); k != "" {
		return k
	}
	return strings.ToLower(strings.TrimSpace(name))
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC().Truncate(time.Microsecond)
	return &u
}

// moveTo changes a's stage and returns the stage event, or nothing when the stage is the same.
// The date each stage is first reached is kept; the first response is the first move to a stage
// that means the company answered.
func moveTo(a *Application, to, origin string, at time.Time) []Event {
	if a.Stage == to {
		return nil
	}
	e := newEvent(EventStage, origin, "", at)
	e.FromStage, e.ToStage = a.Stage, to
	a.Stage, a.UpdatedAt = to, at
	if a.StageDates == nil {
		a.StageDates = map[string]time.Time{}
	}
	if _, ok := a.StageDates[to]; !ok {
		a.StageDates[to] = at
	}
	if to == "applied" && a.AppliedAt == nil {
		t := at
		a.AppliedAt = &t
	}
	if responseStages[to] && a.FirstResponseAt == nil && a.AppliedAt != nil {
		t := at
		a.FirstResponseAt = &t
	}
	return []Event{e}
}

// Create adds an application. With a posting id and no company, the posting's details are copied (Track).
func (s *Service) Create(ctx context.Context, userID string, in Input) (Application, error) {
	if in.PostingID != "" && in.Company == "" && in.Title == "" {
		if s.posting == nil {
			return Application{}, validate.Errors{{Field: "posting_id", Message: "postings cannot be looked up yet; send company and title"}}
		}
		d, err := s.posting(ctx, in.PostingID)
		if errors.Is(err, store.ErrNotFound) {
			return Application{}, validate.Errors{{Field: "posting_id", Message: "no such posting"}}
		}
		if err != nil {
			return Application{}, fmt.Errorf("application: look up posting: %w", err)
		}
		in.Company, in.Title, in.URL, in.Location, in.Salary = d.Company, d.Title, d.URL, d.Location, d.Salary
	}
	now := s.clock()
	if err := in.normalize(now).Err(); err != nil {
		return Application{}, err
	}
	a, events := s.build(userID, in, now)
	if err := s.st.CreateApplications(ctx, []store.NewApplication{{App: a, Events: events}}); err != nil {
		return Application{}, fmt.Errorf("application: create: %w", err)
	}
	return s.st.Application(ctx, userID, a.ID)
}

// build makes a new application in its stage; its first event is the move from nothing to that stage.
// Only facts are recorded: a given date applied or stage date is kept, a first response is never guessed.
func (s *Service) build(userID string, in Input, now time.Time) (Application, []Event) {
	a := Application{ID: uuid.NewString(), UserID: userID, StageDates: map[string]time.Time{}, CreatedAt: now, UpdatedAt: now}
	in.apply(&a)
	first := a.FirstResponseAt
	events := moveTo(&a, in.Stage, in.Origin, now)
	a.FirstResponseAt = first
	if a.AppliedAt != nil && in.Stage != "saved" {
		a.StageDates["applied"] = *a.AppliedAt
	}
	for k, v := range in.StageDates {
		a.StageDates[k] = v.UTC().Truncate(time.Microsecond)
	}
	return a, events
}

// Get loads one application.
func (s *Service) Get(ctx context.Context, userID, id string) (Application, error) {
	return s.st.Application(ctx, userID, id)
}

// List returns the user's applications matching f.
func (s *Service) List(ctx context.Context, userID string, f store.ApplicationFilter) ([]Application, error) {
	if f.CompanyKey != "" {
		f.CompanyKey = companyKey(f.CompanyKey)
	}
	return s.st.ListApplications(ctx, userID, f)
}

// Update saves in onto the application; a changed stage is a move with a timeline event.
func (s *Service) Update(ctx context.Context, userID, id string, patch func(*Input) error) (Application, error) {
	now := s.clock()
	var moved bool
	out, err := s.st.MutateApplications(ctx, userID, []string{id}, nil, func(a *Application) ([]Event, error) {
		in := InputOf(*a)
		if err := patch(&in); err != nil {
			return nil, err
		}
		if err := in.normalize(now).Err(); err != nil {
			return nil, err
		}
		in.apply(a)
		a.UpdatedAt = now
		ev := moveTo(a, in.Stage, in.Origin, now)
		moved = len(ev) > 0
		return ev, nil
	})
	if err != nil {
		return Application{}, err
	}
	if moved {
		s.afterMove(ctx, out[0], now)
	}
	return out[0], nil
}

// Move changes an application's stage and, when index is not nil, its place in the stage's column.
func (s *Service) Move(ctx context.Context, userID, id, stage, origin string, index *int) (Application, error) {
	if err := checkMove(stage, &origin); err != nil {
		return Application{}, err
	}
	now := s.clock()
	out, err := s.st.MutateApplications(ctx, userID, []string{id}, index, func(a *Application) ([]Event, error) {
		return moveTo(a, stage, origin, now), nil
	})
	if err != nil {
		return Application{}, err
	}
	s.afterMove(ctx, out[0], now)
	return out[0], nil
}

// MoveMany moves several applications to one stage in one transaction: all or none.
func (s *Service) MoveMany(ctx context.Context, userID string, ids []string, stage string) ([]Application, error) {
	origin := OriginBulk
	if err := checkMove(stage, &origin); err != nil {
		return nil, err
	}
	if len(ids) == 0 || len(ids) > 500 {
		return nil, validate.Errors{{Field: "ids", Message: "give 1 to 500 application ids"}}
	}
	now := s.clock()
	out, err := s.st.MutateApplications(ctx, userID, dedupe(ids), nil, func(a *Application) ([]Event, error) {
		return moveTo(a, stage, OriginBulk, now), nil
	})
	if err != nil {
		return nil, err
	}
	for _, a := range out {
		s.afterMove(ctx, a, now)
	}
	return out, nil
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func checkMove(stage string, origin *string) error {
	var fe validate.Errors
	if !IsStage(stage) {
		fe.Add("stage", "must be one of "+strings.Join(Stages, ", "))
	}
	if *origin == "" {
		*origin = OriginAPI
	}
	if !clientOrigins[*origin] && *origin != OriginBulk {
		fe.Add("origin", "must be board, table, page or api")
	}
	return fe.Err()
}

// afterMove closes the automatic follow-up once the application has left "applied".
func (s *Service) afterMove(ctx context.Context, a Application, now time.Time) {
	if a.Stage != "applied" {
		_ = s.st.CloseFollowUps(ctx, a.UserID, a.ID, now)
	}
}

// Delete removes an application and everything attached to it.
func (s *Service) Delete(ctx context.Context, userID, id string) error {
	return s.st.DeleteApplication(ctx, userID, id)
}

// Events is the application's timeline, oldest first.
func (s *Service) Events(ctx context.Context, userID, id string) ([]Event, error) {
	return s.st.Events(ctx, userID, id)
}
