// Package arbeitnow reads the Arbeitnow job-board API (https://www.arbeitnow.com/api/job-board-api) into posting drafts.
package arbeitnow

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// page is one page of the Arbeitnow API.
type page struct {
	Data  *[]json.RawMessage `json:"data"`
	Links struct {
		Next string `json:"next"`
	} `json:"links"`
}

// job is one Arbeitnow job.
type job struct {
	Slug        string          `json:"slug"`
	CompanyName string          `json:"company_name"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Remote      *bool           `json:"remote"`
	URL         string          `json:"url"`
	Tags        []string        `json:"tags"`
	JobTypes    []string        `json:"job_types"`
	Location    string          `json:"location"`
	CreatedAt   json.RawMessage `json:"created_at"`
}

// Parse reads one Arbeitnow API page ({"data":[...],"links":{...}}).
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	drafts, errs, _, err := parsePage(body)
	return drafts, errs, err
}

// parsePage also returns the next page's URL ("" on the last page).
func parsePage(body []byte) ([]posting.Draft, []posting.ItemError, string, error) {
	var p page
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, nil, "", fmt.Errorf("arbeitnow: decode page: %w", err)
	}
	if p.Data == nil {
		return nil, nil, "", posting.Shape("arbeitnow", "page has no data array")
	}
	drafts, errs := boardutil.DecodeItems(*p.Data, Kind, "slug", func(j job) (posting.Draft, string, error) {
		id := j.Slug
		if id == "" || strings.TrimSpace(j.Title) == "" {
			return posting.Draft{}, id, errors.New("arbeitnow: job needs a slug and a title")
		}
		return toDraft(j), id, nil
	})
	return drafts, errs, p.Links.Next, nil
}

func toDraft(j job) posting.Draft {
	d := posting.Draft{
		ExternalID:      j.Slug,
		Title:           html.UnescapeString(j.Title),
		Company:         html.UnescapeString(j.CompanyName),
		DescriptionHTML: j.Description,
		Remote:          j.Remote,
		PostedRaw:       boardutil.RawString(j.CreatedAt),
		URL:             j.URL,
		Tags:            j.Tags,
	}
	if j.Location != "" {
		d.Locations = []string{j.Location}
	}
	// job_types mixes employment types and experience levels ("Berufserfahren", "Vollzeit"); several
	// employment types mean any of them, so the first is the posting's and all are kept.
	var level string
	d.EmploymentType, level = splitTypes(j.JobTypes)
	if level != "" || len(j.JobTypes) > 1 {
		d.Extra = map[string]string{}
		if level != "" {
			d.Extra["seniority"] = level
		}
		if len(j.JobTypes) > 1 {
			d.Extra["job_types"] = strings.Join(j.JobTypes, "; ")
		}
	}
	return d
}
