package teamtailor

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

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
}

func apiPage(data []json.RawMessage, next string) Page {
	pg := Page{Next: next}
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
		d.Extra = atsutil.SetExtra(d.Extra, "pitch", a.Pitch)
		d.Extra = atsutil.SetExtra(d.Extra, "status", a.Status)
		pg.Drafts = append(pg.Drafts, d)
	}
	return pg
}
