// Package jobicy reads the Jobicy public API (https://jobicy.com/api/v2/remote-jobs) into posting drafts.
package jobicy

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// envelope is the Jobicy answer; it also carries apiVersion, jobCount and notices.
type envelope struct {
	Jobs *[]json.RawMessage `json:"jobs"`
}

// job is one Jobicy job.
type job struct {
	ID             json.RawMessage      `json:"id"`
	URL            string               `json:"url"`
	JobSlug        string               `json:"jobSlug"`
	JobTitle       string               `json:"jobTitle"`
	CompanyName    string               `json:"companyName"`
	JobIndustry    boardutil.StringList `json:"jobIndustry"`
	JobType        boardutil.StringList `json:"jobType"`
	JobGeo         string               `json:"jobGeo"`
	JobLevel       string               `json:"jobLevel"`
	JobExcerpt     string               `json:"jobExcerpt"`
	JobDescription string               `json:"jobDescription"`
	PubDate        string               `json:"pubDate"`
	SalaryMin      boardutil.Amount     `json:"salaryMin"`
	SalaryMax      boardutil.Amount     `json:"salaryMax"`
	AnnualMin      boardutil.Amount     `json:"annualSalaryMin"` // the documented v2 names, yearly by definition
	AnnualMax      boardutil.Amount     `json:"annualSalaryMax"`
	SalaryCurrency string               `json:"salaryCurrency"`
	SalaryPeriod   string               `json:"salaryPeriod"`
}

// Parse reads a Jobicy API body ({"jobs":[...]}).
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("jobicy: decode body: %w", err)
	}
	if env.Jobs == nil {
		return nil, nil, posting.Shape("jobicy", "body has no jobs array")
	}
	drafts, errs := boardutil.DecodeItems(*env.Jobs, Kind, "id", func(j job) (posting.Draft, string, error) {
		id := boardutil.RawString(j.ID)
		if id == "" || strings.TrimSpace(j.JobTitle) == "" {
			return posting.Draft{}, id, errors.New("jobicy: job needs an id and a title")
		}
		return toDraft(j, id), id, nil
	})
	return drafts, errs, nil
}

func toDraft(j job, id string) posting.Draft {
	remote := true // Jobicy lists remote jobs only
	d := posting.Draft{
		ExternalID:      id,
		Title:           html.UnescapeString(j.JobTitle),
		Company:         html.UnescapeString(j.CompanyName),
		DescriptionHTML: j.JobDescription,
		Remote:          &remote,

		PostedRaw: j.PubDate,
		URL:       j.URL,
		Extra:     map[string]string{},
	}
	if d.DescriptionHTML == "" {
		d.DescriptionText = j.JobExcerpt
	}
	if j.JobGeo != "" {
		d.Locations = []string{j.JobGeo}
	}
	// jobIndustry values arrive entity-escaped ("Product &amp; Operations").
	var industries []string
	for _, s := range j.JobIndustry {
		industries = append(industries, html.UnescapeString(s))
	}
	if len(industries) > 0 {
		d.Tags = industries
		d.Extra["industry"] = strings.Join(industries, "; ")
	}
	boardutil.SetEmploymentTypes(&d, j.JobType)
	if j.JobLevel != "" && !strings.EqualFold(j.JobLevel, "any") { // "Any" is the API's "no level"
		d.Extra["seniority"] = j.JobLevel
	}
	if j.JobSlug != "" {
		d.Extra["slug"] = j.JobSlug
	}
	switch {
	case j.SalaryMin.V != nil || j.SalaryMax.V != nil:
		d.Compensation = []posting.Compensation{{Min: j.SalaryMin.V, Max: j.SalaryMax.V, Currency: j.SalaryCurrency, Period: j.SalaryPeriod}}
	case j.AnnualMin.V != nil || j.AnnualMax.V != nil:
		d.Compensation = []posting.Compensation{{Min: j.AnnualMin.V, Max: j.AnnualMax.V, Currency: j.SalaryCurrency, Period: "year"}}
	}
	return d
}
