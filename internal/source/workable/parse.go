package workable

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// ErrShape is returned when a body is none of the Workable shapes Parse knows.
var ErrShape = errors.New("workable: body has no jobs array")

// shortBase is the apply site's account-free job link, as the widget's "url" gives it.
const shortBase = "https://apply.workable.com/j/"

type location struct {
	Country     string `json:"country"`
	CountryCode string `json:"countryCode"`
	City        string `json:"city"`
	Region      string `json:"region"`
	Hidden      bool   `json:"hidden"`
	LocationStr string `json:"location_str"`
}

// text is the location as "city, region, country", or the location string it gives.
func (l *location) text() string {
	if s := atsutil.JoinNonEmpty(", ", l.City, l.Region, l.Country); s != "" {
		return s
	}
	return strings.TrimSpace(l.LocationStr)
}

type salary struct {
	From     atsutil.FlexFloat `json:"salary_from"`
	To       atsutil.FlexFloat `json:"salary_to"`
	Currency string            `json:"salary_currency"`
}

// job is one job of the widget ({"jobs"}) or of the apply site's v3 search and v2/v3 job answers, whose
// fields differ: "published"/"published_on", "type"/"employment_type", "remote"/"telecommuting".
type job struct {
	Title          string               `json:"title"`
	Shortcode      string               `json:"shortcode"`
	Code           string               `json:"code"`
	EmploymentType string               `json:"employment_type"`
	Type           string               `json:"type"`
	Telecommuting  *bool                `json:"telecommuting"`
	Remote         *bool                `json:"remote"`
	Workplace      string               `json:"workplace"`
	Department     boardutil.StringList `json:"department"` // the v3 answers give a list
	URL            string               `json:"url"`
	Shortlink      string               `json:"shortlink"`
	ApplicationURL string               `json:"application_url"`
	PublishedOn    string               `json:"published_on"`
	Published      string               `json:"published"`
	CreatedAt      string               `json:"created_at"`
	Country        string               `json:"country"`
	City           string               `json:"city"`
	State          string               `json:"state"`
	Education      string               `json:"education"`
	Experience     string               `json:"experience"`
	Function       string               `json:"function"`
	Industry       string               `json:"industry"`
	Location       *location            `json:"location"`
	Locations      []location           `json:"locations"`
	Description    string               `json:"description"`
	Requirements   string               `json:"requirements"`
	Benefits       string               `json:"benefits"`
	Salary         *salary              `json:"salary"`
}

// Parse reads a Workable body: the widget or account list ({"name", "jobs": [...]}), the apply site's
// v3 search ({"total", "results": [...], "nextPage"}) or one job object. The widget lists a job once per
// location, so entries sharing a shortcode become one draft with every location.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var env struct {
		Name      string            `json:"name"`
		Jobs      []json.RawMessage `json:"jobs"`
		Results   []json.RawMessage `json:"results"`
		Shortcode json.RawMessage   `json:"shortcode"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("workable: decode: %w", err)
	}
	raws := env.Jobs
	switch {
	case raws != nil:
	case env.Results != nil:
		raws = env.Results
	case env.Shortcode != nil:
		raws = []json.RawMessage{body}
	default:
		return nil, nil, ErrShape
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	at := map[string]int{}
	for i, raw := range raws {
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
			drafts[k].Locations = atsutil.AppendUnique(drafts[k].Locations, locations(&j)...)
			continue
		}
		at[j.Shortcode] = len(drafts)
		drafts = append(drafts, draft(env.Name, &j))
	}
	return drafts, errs, nil
}

// locations are the job's shown locations; without any, its one location object, else its flat
// city/state/country (v3's "state" is the job's state, "published", and there is no flat city or country).
func locations(j *job) []string {
	var out []string
	for i := range j.Locations {
		if l := &j.Locations[i]; !l.Hidden {
			out = atsutil.AppendUnique(out, l.text())
		}
	}
	if len(out) == 0 && j.Location != nil {
		out = atsutil.AppendUnique(out, j.Location.text())
	}
	// The widget's state is a region; the v3 answer's is the job's own ("published").
	state := j.State
	if jobStates[strings.ToLower(state)] {
		state = ""
	}
	if len(out) == 0 && (j.City != "" || state != "" || j.Country != "") {
		out = atsutil.AppendUnique(out, atsutil.JoinNonEmpty(", ", j.City, state, j.Country))
	}
	return out
}

// jobStates are the states of a job in Workable's v3 answers, which share the widget's "state" field.
var jobStates = map[string]bool{"published": true, "draft": true, "closed": true, "archived": true, "internal": true}

// typeNames are the v3 answers' employment type codes that are not words of their own.
var typeNames = map[string]string{"full": "Full-time", "part": "Part-time"}

func draft(company string, j *job) posting.Draft {
	d := posting.Draft{
		ExternalID:      j.Shortcode,
		Title:           j.Title,
		Company:         company,
		DescriptionHTML: description(j),
		Locations:       locations(j),
		WorkplaceType:   j.Workplace,
		Remote:          j.Telecommuting,
		EmploymentType:  j.EmploymentType,
		Department:      strings.Join(atsutil.AppendUnique(nil, j.Department...), ", "),
		PostedRaw:       j.PublishedOn,
		ApplyURL:        j.ApplicationURL,
		URL:             j.URL,
	}
	if d.Remote == nil {
		d.Remote = j.Remote
	}
	if d.EmploymentType == "" {
		if d.EmploymentType = typeNames[j.Type]; d.EmploymentType == "" {
			d.EmploymentType = j.Type
		}
	}
	if d.PostedRaw == "" {
		d.PostedRaw = j.Published
	}
	if d.URL == "" {
		d.URL = j.Shortlink
	}
	if d.URL == "" {
		d.URL = shortBase + j.Shortcode
	}
	if d.ApplyURL == "" && strings.HasPrefix(d.URL, shortBase) {
		d.ApplyURL = strings.TrimRight(d.URL, "/") + "/apply"
	}
	if s := j.Salary; s != nil && (s.From.Value != nil || s.To.Value != nil) {
		d.Compensation = []posting.Compensation{{Min: s.From.Value, Max: s.To.Value, Currency: s.Currency}}
	}
	for k, v := range map[string]string{
		"code": j.Code, "created_at": j.CreatedAt, "education": j.Education,
		"experience": j.Experience, "function": j.Function, "industry": j.Industry,
	} {
		d.Extra = atsutil.SetExtra(d.Extra, k, v)
	}
	return d
}

// description is the job's description, with the requirements and benefits a job answer gives apart.
func description(j *job) string {
	if j.Requirements == "" && j.Benefits == "" {
		return j.Description
	}
	var b strings.Builder
	b.WriteString(j.Description)
	if strings.TrimSpace(j.Requirements) != "" {
		b.WriteString("<h3>Requirements</h3>" + j.Requirements)
	}
	if strings.TrimSpace(j.Benefits) != "" {
		b.WriteString("<h3>Benefits</h3>" + j.Benefits)
	}
	return b.String()
}
