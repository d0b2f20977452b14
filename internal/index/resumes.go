package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/store"
)

// Resume is a stored resume with its parsed document and the profile updates it suggests.
type Resume struct {
	ID          string          `json:"id"`
	Filename    string          `json:"filename"`
	Format      string          `json:"format"`
	SizeBytes   int64           `json:"size_bytes"`
	Primary     bool            `json:"primary"`
	CreatedAt   time.Time       `json:"created_at"`
	Parsed      ParsedResume    `json:"parsed"`
	Suggestions Suggestions     `json:"suggestions"`
	doc         resume.Document // the whole document, for matching
}

// ParsedResume is what the user reviews after an upload.
type ParsedResume struct {
	Contact         Contact          `json:"contact"`
	Summary         string           `json:"summary"`
	Experience      []Job            `json:"experience"`
	Education       []School         `json:"education"`
	Skills          []string         `json:"skills"`
	Evidence        []match.Evidence `json:"evidence"` // every recognised skill and the line that shows it
	YearsExperience float64          `json:"years_experience"`
	Lines           int              `json:"lines"`
}

// Suggestions are the profile updates a resume offers: only what the profile lacks.
type Suggestions struct {
	Skills          []string `json:"skills"`
	Titles          []string `json:"titles"`
	YearsExperience *float64 `json:"years_experience"`
}

// Accept names the suggestions a user takes; nil lists take them all.
type Accept struct {
	Skills          []string `json:"skills"`
	Titles          []string `json:"titles"`
	YearsExperience *bool    `json:"years_experience"`
}

// UploadResume parses a resume file and stores it; unreadable files store nothing and
// return resume.ErrEmpty, resume.ErrUnsupported or resume.ErrTooLarge.
func (s *Service) UploadResume(ctx context.Context, userID, filename string, body []byte) (Resume, error) {
	doc, err := resume.Extract(ctx, body, filename, resume.WithNow(s.now()))
	if err != nil {
		return Resume{}, err
	}
	parsed, err := json.Marshal(doc)
	if err != nil {
		return Resume{}, fmt.Errorf("index: encode resume: %w", err)
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	name := filepath.Base(strings.ReplaceAll(filename, "\\", "/"))
	if name == "." || name == "/" || name == "" {
		name = "resume"
	}
	row, err := s.st.CreateResume(ctx, store.Resume{ID: uuid.NewString(), UserID: userID, Filename: name, Format: string(doc.Format),
		SizeBytes: int64(len(body)), Parsed: parsed, CreatedAt: now, UpdatedAt: now})
	if err != nil {
		return Resume{}, fmt.Errorf("index: save resume: %w", err)
	}
	if row.Primary {
		s.Invalidate(userID)
	}
	return s.view(ctx, userID, row)
}

func (s *Service) view(ctx context.Context, userID string, row store.Resume) (Resume, error) {
	var doc resume.Document
	if err := json.Unmarshal(row.Parsed, &doc); err != nil {
		return Resume{}, fmt.Errorf("index: decode resume: %w", err)
	}
	r := Resume{ID: row.ID, Filename: row.Filename, Format: row.Format, SizeBytes: row.SizeBytes, Primary: row.Primary,
		CreatedAt: row.CreatedAt, doc: doc}
	c := match.NewCandidate(profile.DefaultProfile(), &doc)
	r.Parsed = ParsedResume{Contact: Contact(doc.Contact), Summary: doc.Summary, Experience: jobsOf(doc.Experience),
		Education: schoolsOf(doc.Education), Skills: nonNil(doc.Skills), Evidence: c.Skills(),
		YearsExperience: math.Round(doc.YearsExperience*10) / 10, Lines: len(doc.Lines)}
	if s.profiles != nil {
		p, err := s.profiles.Profile(ctx, userID)
		if err != nil {
			return r, err
		}
		r.Suggestions = suggest(p, &doc, c)
	}
	return r, nil
}

// suggest lists the skills, titles and years the resume shows that the profile does not have.
func suggest(p profile.Profile, doc *resume.Document, c *match.Candidate) Suggestions {
	out := Suggestions{Skills: []string{}, Titles: []string{}}
	have := map[string]bool{}
	for _, sk := range p.Skills {
		have[strings.ToLower(match.CanonicalSkill(sk))] = true
	}
	for _, ev := range c.Skills() {
		if !have[strings.ToLower(ev.Skill)] && match.CountedSkill(ev.Skill) {
			out.Skills = append(out.Skills, ev.Skill)
		}
	}
	titles := map[string]bool{}
	for _, t := range p.DesiredTitles {
		titles[strings.ToLower(t)] = true
	}
	for i, j := range doc.Experience {
		if i >= 2 {
			break
		}
		if t := strings.TrimSpace(j.Title); t != "" && !titles[strings.ToLower(t)] {
			titles[strings.ToLower(t)] = true
			out.Titles = append(out.Titles, t)
		}
	}
	if y := math.Round(doc.YearsExperience*2) / 2; y > 0 && y != p.YearsExperience {
		out.YearsExperience = &y
	}
	return out
}

// Resumes lists the user's resumes, newest first.
func (s *Service) Resumes(ctx context.Context, userID string) ([]Resume, error) {
	rows, err := s.st.Resumes(ctx, userID)
	if err != nil {
		return nil, err
	}
	out := make([]Resume, 0, len(rows))
	for _, row := range rows {
		r, err := s.view(ctx, userID, row)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Resume returns one of the user's resumes.
func (s *Service) Resume(ctx context.Context, userID, id string) (Resume, error) {
	row, err := s.st.Resume(ctx, userID, id)
	if err != nil {
		return Resume{}, err
	}
	return s.view(ctx, userID, row)
}

// DeleteResume removes a resume; matching then reads the next primary one.
func (s *Service) DeleteResume(ctx context.Context, userID, id string) error {
	if err := s.st.DeleteResume(ctx, userID, id, s.now()); err != nil {
		return err
	}
	s.Invalidate(userID)
	return nil
}

// SetPrimary makes a resume the one matching reads.
func (s *Service) SetPrimary(ctx context.Context, userID, id string) (Resume, error) {
	if err := s.st.SetPrimaryResume(ctx, userID, id, s.now()); err != nil {
		return Resume{}, err
	}
	s.Invalidate(userID)
	return s.Resume(ctx, userID, id)
}

// AcceptSuggestions applies chosen suggestions of a resume to the user's profile and returns the saved profile.
func (s *Service) AcceptSuggestions(ctx context.Context, userID, id string, a Accept) (profile.Profile, error) {
	r, err := s.Resume(ctx, userID, id)
	if err != nil {
		return profile.Profile{}, err
	}
	p, err := s.profiles.Profile(ctx, userID)
	if err != nil {
		return p, err
	}
	p.Skills = append(p.Skills, pick(r.Suggestions.Skills, a.Skills)...)
	p.DesiredTitles = append(p.DesiredTitles, pick(r.Suggestions.Titles, a.Titles)...)
	if r.Suggestions.YearsExperience != nil && (a.YearsExperience == nil || *a.YearsExperience) {
		p.YearsExperience = *r.Suggestions.YearsExperience
	}
	p.UpdatedAt = nil
	return s.profiles.SaveProfile(ctx, userID, p)
}

// pick keeps the offered values the user chose (all of them when chosen is nil).
func pick(offered, chosen []string) []string {
	if chosen == nil {
		return offered
	}
	want := map[string]bool{}
	for _, c := range chosen {
		want[strings.ToLower(c)] = true
	}
	var out []string
	for _, o := range offered {
		if want[strings.ToLower(o)] {
			out = append(out, o)
		}
	}
	return out
}

// primaryDoc loads the user's primary resume document, nil when they have none.
func (s *Service) primaryDoc(ctx context.Context, userID string) (*resume.Document, error) {
	row, err := s.st.PrimaryResume(ctx, userID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc resume.Document
	if err := json.Unmarshal(row.Parsed, &doc); err != nil {
		return nil, fmt.Errorf("index: decode resume: %w", err)
	}
	return &doc, nil
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

// Contact is the resume's contact block.
type Contact struct {
	Name     string   `json:"name"`
	Email    string   `json:"email"`
	Phone    string   `json:"phone"`
	Location string   `json:"location"`
	Links    []string `json:"links"`
}

// Job is one parsed position.
type Job struct {
	Title    string   `json:"title"`
	Company  string   `json:"company"`
	Location string   `json:"location"`
	Start    string   `json:"start"`
	End      string   `json:"end"`
	Current  bool     `json:"current"`
	Bullets  []string `json:"bullets"`
}

// School is one parsed education entry.
type School struct {
	Institution string `json:"institution"`
	Degree      string `json:"degree"`
	Field       string `json:"field"`
	Start       string `json:"start"`
	End         string `json:"end"`
}

func jobsOf(v []resume.Job) []Job {
	out := make([]Job, 0, len(v))
	for _, j := range v {
		out = append(out, Job{Title: j.Title, Company: j.Company, Location: j.Location, Start: j.Start, End: j.End, Current: j.Current, Bullets: nonNil(j.Bullets)})
	}
	return out
}

func schoolsOf(v []resume.School) []School {
	out := make([]School, 0, len(v))
	for _, sc := range v {
		out = append(out, School(sc))
	}
	return out
}
