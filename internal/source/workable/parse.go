package workable

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body has no "jobs" array.
var ErrShape = errors.New("workable: body has no jobs array")

type location struct {
	Country     string `json:"country"`
	CountryCode string `json:"countryCode"`
	City        string `json:"city"`
	Region      string `json:"region"`
	Hidden      bool   `json:"hidden"`
}

type job struct {
	Title          string     `json:"title"`
	Shortcode      string     `json:"shortcode"`
	Code           string     `json:"code"`
	EmploymentType string     `json:"employment_type"`
	Telecommuting  *bool      `json:"telecommuting"`
	Workplace      string     `json:"workplace"`
	Department     string     `json:"department"`
	URL            string     `json:"url"`
	Shortlink      string     `json:"shortlink"`
	ApplicationURL string     `json:"application_url"`
	PublishedOn    string     `json:"published_on"`
	CreatedAt      string     `json:"created_at"`
	Country        string     `json:"country"`
	City           string     `json:"city"`
	State          string     `json:"state"`
	Education      string     `json:"education"`
	Experience     string     `json:"experience"`
	Function       string     `json:"function"`
	Industry       string     `json:"industry"`
	Locations      []location `json:"locations"`
	Description    string     `json:"description"`
}

// Parse reads a Workable widget or account body ({"name", "jobs": [...]}). The widget
// lists a job once per location, so entries sharing a shortcode become one draft
// with every location.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var env struct {
		Name string            `json:"name"`
		Jobs []json.RawMessage `json:"jobs"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("workable: decode: %w", err)
	}
	if env.Jobs == nil {
		return nil, nil, ErrShape
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	at := map[string]int{}
	for i, raw := range env.Jobs {
		var j job
		if err := json.Unmarshal(raw, &j); err != nil {
			var id struct {
				Shortcode atsutil.FlexString `json:"shortcode"`
			}
			_ = json.Unmarshal(raw, &id)
			errs = append(errs, posting.ItemError{Index: i, ID: string(id.Shortcode), Err: fmt.Sprintf("workable: decode job: %v", err)})
			continue
		}
		if j.Shortcode == "" || strings.TrimSpace(j.Title) == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: j.Shortcode, Err: "workable: job has no shortcode or title"})
			continue
		}
		if k, ok := at[j.Shortcode]; ok {
			drafts[k].Locations = atsutil.AppendUnique(drafts[k].Locations, locations(j)...)
			continue
		}
		at[j.Shortcode] = len(drafts)
		drafts = append(drafts, draft(env.Name, j))
	}
	return drafts, errs, nil
}

func locations(j job) []string {
	var out []string
	for _, l := range j.Locations {
		if !l.Hidden {
			out = atsutil.AppendUnique(out, atsutil.JoinNonEmpty(", ", l.City, l.Region, l.Country))
		}
	}
	if len(out) == 0 {
		out = atsutil.AppendUnique(out, atsutil.JoinNonEmpty(", ", j.City, j.State, j.Country))
	}
	return out
}

func draft(company string, j job) posting.Draft {
	d := posting.Draft{
		ExternalID:      j.Shortcode,
		Title:           j.Title,
		Company:         company,
		DescriptionHTML: j.Description,
		Locations:       locations(j),
		WorkplaceType:   j.Workplace,
		Remote:          j.Telecommuting,
		EmploymentType:  j.EmploymentType,
		Department:      j.Department,
		PostedRaw:       j.PublishedOn,
		ApplyURL:        j.ApplicationURL,
		URL:             j.URL,
	}
	if d.URL == "" {
		d.URL = j.Shortlink
	}
	for k, v := range map[string]string{
		"code": j.Code, "created_at": j.CreatedAt, "education": j.Education,
		"experience": j.Experience, "function": j.Function, "industry": j.Industry,
	} {
		d.Extra = atsutil.SetExtra(d.Extra, k, v)
	}
	return d
}
