package ashby

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body has no "jobs" array.
var ErrShape = posting.Shape("ashby", "body has no jobs array")

type address struct {
	PostalAddress struct {
		Locality string `json:"addressLocality"`
		Region   string `json:"addressRegion"`
		Country  string `json:"addressCountry"`
	} `json:"postalAddress"`
}

type component struct {
	Summary  string            `json:"summary"`
	Type     string            `json:"compensationType"`
	Interval string            `json:"interval"`
	Currency string            `json:"currencyCode"`
	Min      atsutil.FlexFloat `json:"minValue"`
	Max      atsutil.FlexFloat `json:"maxValue"`
}

type compensation struct {
	TierSummary       string      `json:"compensationTierSummary"`
	ScrapeableSummary string      `json:"scrapeableCompensationSalarySummary"`
	Tiers             []tier      `json:"compensationTiers"`
	SummaryComponents []component `json:"summaryComponents"`
}

// tier and secondaryLocation are aliases, not named types, so decode errors name the fields as before.
type tier = struct {
	TierSummary string      `json:"tierSummary"`
	Title       string      `json:"title"`
	Components  []component `json:"components"`
}

type secondaryLocation = struct {
	Location string  `json:"location"`
	Address  address `json:"address"`
}

type job struct {
	ID                 string              `json:"id"`
	Title              string              `json:"title"`
	Department         string              `json:"department"`
	Team               string              `json:"team"`
	EmploymentType     string              `json:"employmentType"`
	Location           string              `json:"location"`
	SecondaryLocations []secondaryLocation `json:"secondaryLocations"`
	PublishedAt        string              `json:"publishedAt"`
	UpdatedAt          string              `json:"updatedAt"`
	IsListed           *bool               `json:"isListed"`
	IsRemote           *bool               `json:"isRemote"`
	WorkplaceType      string              `json:"workplaceType"`
	Address            *address            `json:"address"`
	JobURL             string              `json:"jobUrl"`
	ApplyURL           string              `json:"applyUrl"`
	DescriptionHTM     string              `json:"descriptionHtml"`
	DescriptionTxt     string              `json:"descriptionPlain"`
	Compensation       *compensation       `json:"compensation"`
	ShouldDisplay      *bool               `json:"shouldDisplayCompensationOnJobPostings"`
}

// Parse reads an Ashby posting-api job-board body ({"jobs": [...]}); jobs with
// isListed=false are left out, as the board does not show them.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	// One pass decodes the whole body (the fast reader, else encoding/json); only when some job does not
	// fit the job type (or the body is not JSON) is it read again, job by job, so one odd job loses only itself.
	jobs, ok := readBoard(body)
	if !ok {
		var whole struct {
			Jobs []job `json:"jobs"`
		}
		ok = json.Unmarshal(body, &whole) == nil && whole.Jobs != nil
		jobs = whole.Jobs
	}
	if ok {
		l := listing{drafts: make([]posting.Draft, 0, len(jobs))}
		for i := range jobs {
			l.add(i, jobs[i])
		}
		return l.drafts, l.errs, nil
	}
	var env struct {
		Jobs []json.RawMessage `json:"jobs"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("ashby: decode: %w", err)
	}
	if env.Jobs == nil {
		return nil, nil, ErrShape
	}
	l := listing{drafts: make([]posting.Draft, 0, len(env.Jobs))}
	for i, raw := range env.Jobs {
		var j job
		if err := json.Unmarshal(raw, &j); err != nil {
			l.errs = append(l.errs, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: fmt.Sprintf("ashby: decode job: %v", err)})
			continue
		}
		l.add(i, j)
	}
	return l.drafts, l.errs, nil
}

// listing collects the drafts and rejects of one body.
type listing struct {
	drafts []posting.Draft
	errs   []posting.ItemError
}

// add keeps job i unless the board hides it (isListed=false) or it lacks an id or title.
func (l *listing) add(i int, j job) {
	if j.IsListed != nil && !*j.IsListed {
		return
	}
	if j.ID == "" || strings.TrimSpace(j.Title) == "" {
		l.errs = append(l.errs, posting.ItemError{Index: i, ID: j.ID, Err: "ashby: job has no id or title"})
		return
	}
	l.drafts = append(l.drafts, draft(j))
}

func draft(j job) posting.Draft {
	d := posting.Draft{
		ExternalID:      j.ID,
		Title:           j.Title,
		DescriptionHTML: j.DescriptionHTM,
		WorkplaceType:   j.WorkplaceType,
		Remote:          j.IsRemote,
		EmploymentType:  j.EmploymentType,
		Department:      j.Department,
		PostedRaw:       j.PublishedAt,
		UpdatedRaw:      j.UpdatedAt,
		ApplyURL:        j.ApplyURL,
		URL:             j.JobURL,
	}
	if d.DescriptionHTML == "" {
		d.DescriptionText = j.DescriptionTxt
	}
	d.Locations = atsutil.AppendUnique(d.Locations, j.Location)
	for _, s := range j.SecondaryLocations {
		d.Locations = atsutil.AppendUnique(d.Locations, s.Location)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "team", j.Team)
	if a := j.Address; a != nil {
		pa := a.PostalAddress
		d.Extra = atsutil.SetExtra(d.Extra, "address", atsutil.JoinNonEmpty(", ", pa.Locality, pa.Region, pa.Country))
	}
	if j.ShouldDisplay != nil && !*j.ShouldDisplay {
		d.Extra = atsutil.SetExtra(d.Extra, "compensation_hidden", "true")
	}
	if c := j.Compensation; c != nil {
		d.Compensation, d.Extra = pay(c, d.Extra)
		d.SalaryText = c.TierSummary
		d.Extra = atsutil.SetExtra(d.Extra, "compensation_summary", c.ScrapeableSummary)
	}
	return d
}

// pay turns every salary component of every tier into a Compensation; equity, bonus, commission and
// components without a range go into extra as their summaries.
func pay(c *compensation, extra map[string]string) ([]posting.Compensation, map[string]string) {
	var comps []component
	for _, t := range c.Tiers {
		comps = append(comps, t.Components...)
	}
	if len(comps) == 0 {
		comps = c.SummaryComponents
	}
	var out []posting.Compensation
	var other []string
	for _, k := range comps {
		if (k.Min.Value == nil && k.Max.Value == nil) || !isSalary(k.Type) {
			label := k.Summary
			if k.Type != "" {
				label = atsutil.JoinNonEmpty(" ", k.Summary, "("+k.Type+")")
			}
			other = atsutil.AppendUnique(other, label)
			continue
		}
		out = append(out, posting.Compensation{
			Min: k.Min.Value, Max: k.Max.Value, Currency: k.Currency, Period: k.Interval, Raw: k.Summary,
		})
	}
	extra = atsutil.SetExtra(extra, "compensation_other", strings.Join(other, "; "))
	return out, extra
}

// isSalary reports whether a component's compensationType is the base pay: "Salary", or none given.
func isSalary(kind string) bool {
	return kind == "" || atsutil.LowerEqual(kind, "salary")
}
