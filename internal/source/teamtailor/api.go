package teamtailor

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ref is a JSON:API resource identifier.
type ref struct {
	Type string             `json:"type"`
	ID   atsutil.FlexString `json:"id"`
}

// apiJob is one resource of the JSON:API /v1/jobs listing (attributes are kebab-case).
type apiJob struct {
	ID         atsutil.FlexString `json:"id"`
	Attributes struct {
		Title          string   `json:"title"`
		Body           string   `json:"body"`
		Pitch          string   `json:"pitch"`
		CreatedAt      string   `json:"created-at"`
		UpdatedAt      string   `json:"updated-at"`
		Status         string   `json:"status"`
		RemoteStatus   string   `json:"remote-status"`
		EmploymentType string   `json:"employment-type"`
		ApplyURL       string   `json:"apply-button-url"`
		Tags           []string `json:"tags"`
	} `json:"attributes"`
	Links struct {
		CareersiteURL string `json:"careersite-job-url"`
		ApplyURL      string `json:"careersite-job-apply-url"`
	} `json:"links"`
	Relationships struct {
		Department struct {
			Data *ref `json:"data"`
		} `json:"department"`
		Locations struct {
			Data []ref `json:"data"`
		} `json:"locations"`
	} `json:"relationships"`
}

// resource is an included resource's attributes that name a location or a department.
type resource struct {
	Name    string `json:"name"`
	City    string `json:"city"`
	Country string `json:"country"`
}

// included indexes a page's included resources by type and id.
func included(raws []json.RawMessage) map[ref]resource {
	if len(raws) == 0 {
		return nil
	}
	out := make(map[ref]resource, len(raws))
	for _, raw := range raws {
		var r struct {
			ref
			Attributes resource `json:"attributes"`
		}
		if json.Unmarshal(raw, &r) == nil {
			out[r.ref] = r.Attributes
		}
	}
	return out
}

// place is a location resource as "city, country", or its name when it has neither.
func (r resource) place() string {
	if s := atsutil.JoinNonEmpty(", ", r.City, r.Country); s != "" {
		return s
	}
	return strings.TrimSpace(r.Name)
}

// remoteStatus maps the board's remote-status words to workplace types; "temporary" (remote for now) is kept.
var remoteStatus = map[string]string{"fully": "remote", "none": "on-site"}

func apiPage(data, inc []json.RawMessage, next string) Page {
	pg := Page{Next: next}
	res := included(inc)
	for i, raw := range data {
		var j apiJob
		if err := json.Unmarshal(raw, &j); err != nil {
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: fmt.Sprintf("teamtailor: decode job: %v", err)})
			continue
		}
		a := j.Attributes
		if j.ID == "" || strings.TrimSpace(a.Title) == "" {
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: string(j.ID), Err: "teamtailor: job has no id or title"})
			continue
		}
		d := posting.Draft{
			ExternalID:      string(j.ID),
			Title:           a.Title,
			DescriptionHTML: a.Body,
			WorkplaceType:   a.RemoteStatus,
			EmploymentType:  a.EmploymentType,
			PostedRaw:       a.CreatedAt,
			UpdatedRaw:      a.UpdatedAt,
			URL:             j.Links.CareersiteURL,
			ApplyURL:        firstNonEmpty(j.Links.ApplyURL, a.ApplyURL, j.Links.CareersiteURL),
			Tags:            a.Tags,
		}
		if w, ok := remoteStatus[strings.ToLower(a.RemoteStatus)]; ok {
			d.WorkplaceType = w
			d.Extra = atsutil.SetExtra(d.Extra, "remote_status", a.RemoteStatus)
		}
		for _, l := range j.Relationships.Locations.Data {
			if r, ok := res[l]; ok {
				d.Locations = atsutil.AppendUnique(d.Locations, r.place())
			}
		}
		if dep := j.Relationships.Department.Data; dep != nil {
			d.Department = strings.TrimSpace(res[*dep].Name)
		}
		d.Extra = atsutil.SetExtra(d.Extra, "pitch", a.Pitch)
		d.Extra = atsutil.SetExtra(d.Extra, "status", a.Status)
		pg.Drafts = append(pg.Drafts, d)
	}
	return pg
}
