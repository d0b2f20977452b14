// Package remotive reads the Remotive public API (https://remotive.com/api/remote-jobs) into posting drafts.
package remotive

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// envelope is the Remotive answer; it also carries "0-legal-notice" and "job-count".
type envelope struct {
	Jobs *[]json.RawMessage `json:"jobs"`
}

// job is one Remotive job.
type job struct {
	ID                        json.RawMessage `json:"id"`
	URL                       string          `json:"url"`
	Title                     string          `json:"title"`
	CompanyName               string          `json:"company_name"`
	Category                  string          `json:"category"`
	Tags                      []string        `json:"tags"`
	JobType                   string          `json:"job_type"`
	PublicationDate           string          `json:"publication_date"`
	CandidateRequiredLocation string          `json:"candidate_required_location"`
	Salary                    string          `json:"salary"`
	Description               string          `json:"description"`
}

// Parse reads a Remotive API body ({"jobs":[...]}).
//
// One pass decodes the whole body (the fast reader, else encoding/json); only when some job does not fit
// the job type (or the body is not JSON) is it read again, job by job, so one odd job loses only itself.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	if jobs, ok := readJobs(body); ok {
		drafts, errs := boardutil.ConvertItems(jobs, convert)
		return drafts, errs, nil
	}
	var whole struct {
		Jobs *[]job `json:"jobs"`
	}
	if json.Unmarshal(body, &whole) == nil && whole.Jobs != nil {
		drafts, errs := boardutil.ConvertItems(*whole.Jobs, convert)
		return drafts, errs, nil
	}
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("remotive: decode body: %w", err)
	}
	if env.Jobs == nil {
		return nil, nil, posting.Shape("remotive", "body has no jobs array")
	}
	drafts, errs := boardutil.DecodeItems(*env.Jobs, Kind, "id", convert)
	return drafts, errs, nil
}

func convert(j job) (posting.Draft, string, error) {
	d, err := toDraft(j)
	return d, d.ExternalID, err
}

func toDraft(j job) (posting.Draft, error) {
	remote := true // Remotive lists remote jobs only
	d := posting.Draft{
		ExternalID:      boardutil.RawString(j.ID),
		Title:           html.UnescapeString(j.Title),
		Company:         html.UnescapeString(j.CompanyName),
		DescriptionHTML: j.Description,
		Remote:          &remote,
		EmploymentType:  j.JobType,
		SalaryText:      j.Salary,
		PostedRaw:       j.PublicationDate,
		URL:             j.URL,
		Tags:            j.Tags,
	}
	if d.ExternalID == "" {
		return d, errors.New("remotive: job has no id")
	}
	if strings.TrimSpace(d.Title) == "" {
		return d, errors.New("remotive: job has no title")
	}
	if j.CandidateRequiredLocation != "" {
		d.Locations = []string{j.CandidateRequiredLocation}
	}
	if j.Category != "" {
		d.Extra = map[string]string{"category": j.Category}
	}
	return d, nil
}
