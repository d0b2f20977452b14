package greenhouse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body is none of the Greenhouse shapes Parse knows.
var ErrShape = posting.Shape("greenhouse", "body is not a jobs list, offices list or single job")

type named struct {
	ID       atsutil.FlexString `json:"id"`
	Name     string             `json:"name"`
	Location *string            `json:"location"`
}

type metadatum struct {
	Name  string          `json:"name"`
	Value json.RawMessage `json:"value"`
}

type payRange struct {
	MinCents *float64 `json:"min_cents"`
	MaxCents *float64 `json:"max_cents"`
	Currency string   `json:"currency_type"`
	Title    string   `json:"title"`
	Blurb    string   `json:"blurb"`
}

type job struct {
	ID             atsutil.FlexString `json:"id"`
	InternalJobID  atsutil.FlexString `json:"internal_job_id"`
	Title          string             `json:"title"`
	CompanyName    string             `json:"company_name"`
	UpdatedAt      string             `json:"updated_at"`
	FirstPublished string             `json:"first_published"`
	RequisitionID  atsutil.FlexString `json:"requisition_id"`
	Location       *struct {
		Name string `json:"name"`
	} `json:"location"`
	AbsoluteURL         string             `json:"absolute_url"`
	Language            string             `json:"language"`
	ApplicationDeadline atsutil.FlexString `json:"application_deadline"`
	Metadata            []metadatum        `json:"metadata"`
	Content             string             `json:"content"`
	Departments         []named            `json:"departments"`
	Offices             []named            `json:"offices"`
	PayInputRanges      []payRange         `json:"pay_input_ranges"`
	Questions           []struct {
		Label    string `json:"label"`
		Required bool   `json:"required"`
	} `json:"questions"` // the application form, on a single job asked ?questions=true
}

type office struct {
	named
	Departments []struct {
		named
		Jobs []json.RawMessage `json:"jobs"`
	} `json:"departments"`
}

// Parse reads a Greenhouse Job Board API body: the jobs list ({"jobs": [...]}), the
// offices list ({"offices": [{departments: [{jobs}]}]}, where a job listed under
// several offices comes out once with every office) or a single job object.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	// One pass decodes the whole body into jobs; only when some job does not fit the job type (or
	// the body is not JSON) is it read again, job by job, so one odd job loses only itself.
	if jobs, ok := readJobsList(body); ok { // the jobs list, read by the fast reader
		return draftsOf(jobs)
	}
	var whole struct {
		Jobs    []job           `json:"jobs"`
		Offices []office        `json:"offices"`
		ID      json.RawMessage `json:"id"`
		Title   *string         `json:"title"`
	}
	if json.Unmarshal(body, &whole) == nil {
		switch {
		case whole.Jobs != nil:
			return draftsOf(whole.Jobs)
		case whole.ID != nil && whole.Title != nil:
			return parseSingle(body)
		case whole.Offices != nil:
			return parseOffices(whole.Offices)
		}
		return nil, nil, ErrShape
	}
	var env struct {
		Jobs    []json.RawMessage `json:"jobs"`
		Offices []office          `json:"offices"`
		ID      json.RawMessage   `json:"id"`
		Title   *string           `json:"title"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("greenhouse: decode: %w", err)
	}
	switch {
	case env.Jobs != nil:
		return parseJobs(env.Jobs)
	case env.ID != nil && env.Title != nil:
		return parseSingle(body)
	case env.Offices != nil:
		return parseOffices(env.Offices)
	}
	return nil, nil, ErrShape
}

// parseSingle reads a single job object. A single job also carries "offices", so it is tested before the offices list.
func parseSingle(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	d, err := parseJob(body)
	if err != nil {
		return nil, []posting.ItemError{{Index: 0, ID: atsutil.RawID(body), Err: err.Error()}}, nil
	}
	return []posting.Draft{d}, nil, nil
}

func draftsOf(jobs []job) ([]posting.Draft, []posting.ItemError, error) {
	drafts := make([]posting.Draft, 0, len(jobs))
	var errs []posting.ItemError
	for i := range jobs {
		d, err := jobDraft(&jobs[i])
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: string(jobs[i].ID), Err: err.Error()})
			continue
		}
		drafts = append(drafts, d)
	}
	return drafts, errs, nil
}

func parseJobs(raws []json.RawMessage) ([]posting.Draft, []posting.ItemError, error) {
	drafts := make([]posting.Draft, 0, len(raws))
	var errs []posting.ItemError
	for i, raw := range raws {
		d, err := parseJob(raw)
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: err.Error()})
			continue
		}
		drafts = append(drafts, d)
	}
	return drafts, errs, nil
}

func parseOffices(offices []office) ([]posting.Draft, []posting.ItemError, error) {
	var drafts []posting.Draft
	var errs []posting.ItemError
	seen := map[string]int{} // job id -> index in drafts
	n := 0
	for _, o := range offices {
		for _, dep := range o.Departments {
			for _, raw := range dep.Jobs {
				idx := n
				n++
				d, err := parseJob(raw)
				if err != nil {
					errs = append(errs, posting.ItemError{Index: idx, ID: atsutil.RawID(raw), Err: err.Error()})
					continue
				}
				at, ok := seen[d.ExternalID]
				if !ok {
					at = len(drafts)
					seen[d.ExternalID] = at
					drafts = append(drafts, d)
				}
				// Bucket id 0 is Greenhouse's "No Office" / "No Department".
				if string(o.ID) != "0" {
					drafts[at].Locations = atsutil.AppendUnique(drafts[at].Locations, o.Name)
				}
				if string(dep.ID) != "0" && drafts[at].Department == "" {
					drafts[at].Department = dep.Name
				}
			}
		}
	}
	return drafts, errs, nil
}

func parseJob(raw []byte) (posting.Draft, error) {
	var j job
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		return posting.Draft{}, fmt.Errorf("greenhouse: decode job: %w", err)
	}
	return jobDraft(&j)
}

func jobDraft(j *job) (posting.Draft, error) {
	if j.ID == "" {
		return posting.Draft{}, errors.New("greenhouse: job has no id")
	}
	if strings.TrimSpace(j.Title) == "" {
		return posting.Draft{}, errors.New("greenhouse: job has no title")
	}
	d := posting.Draft{
		ExternalID:      string(j.ID),
		Title:           j.Title,
		Company:         j.CompanyName,
		DescriptionHTML: j.Content,
		PostedRaw:       j.FirstPublished,
		UpdatedRaw:      j.UpdatedAt,
		URL:             j.AbsoluteURL,
		ApplyURL:        j.AbsoluteURL,
	}
	if j.Location != nil {
		d.Locations = atsutil.AppendUnique(d.Locations, j.Location.Name)
	}
	var officeLocs []string
	for _, o := range j.Offices {
		d.Locations = atsutil.AppendUnique(d.Locations, o.Name)
		if o.Location != nil {
			officeLocs = atsutil.AppendUnique(officeLocs, *o.Location)
		}
	}
	var deps []string
	for _, dep := range j.Departments {
		deps = atsutil.AppendUnique(deps, dep.Name)
	}
	d.Department = strings.Join(deps, ", ")
	for _, r := range j.PayInputRanges {
		c := posting.Compensation{Currency: r.Currency, Raw: r.Title}
		if r.MinCents != nil {
			v := *r.MinCents / 100
			c.Min = &v
		}
		if r.MaxCents != nil {
			v := *r.MaxCents / 100
			c.Max = &v
		}
		d.Compensation = append(d.Compensation, c)
		d.Extra = atsutil.SetExtra(d.Extra, "pay_blurb", r.Blurb)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "internal_job_id", string(j.InternalJobID))
	d.Extra = atsutil.SetExtra(d.Extra, "requisition_id", string(j.RequisitionID))
	d.Extra = atsutil.SetExtra(d.Extra, "language", j.Language)
	d.Extra = atsutil.SetExtra(d.Extra, "application_deadline", string(j.ApplicationDeadline))
	d.Extra = atsutil.SetExtra(d.Extra, "office_locations", strings.Join(officeLocs, " | "))
	var questions []string
	for _, q := range j.Questions {
		if q.Required {
			q.Label += " (required)"
		}
		questions = atsutil.AppendUnique(questions, q.Label)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "questions", strings.Join(questions, " | "))
	noPayRanges := len(d.Compensation) == 0
	for _, m := range j.Metadata {
		v, pay := metaValue(m.Value)
		d.Extra = atsutil.SetExtra(d.Extra, "meta."+m.Name, v)
		if d.EmploymentType == "" && isEmploymentType(strings.TrimSpace(m.Name)) {
			d.EmploymentType = v
		}
		if pay != nil && noPayRanges && isPayField(m.Name) {
			pay.Raw = m.Name
			d.Compensation = append(d.Compensation, *pay)
		}
	}
	return d, nil
}

// isEmploymentType reports whether a custom field's trimmed name is one that holds the employment type.
func isEmploymentType(name string) bool {
	return atsutil.LowerEqual(name, "employment type") || atsutil.LowerEqual(name, "time type") || atsutil.LowerEqual(name, "job type")
}
