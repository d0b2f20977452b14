// Package remoteok reads the RemoteOK public API (https://remoteok.com/api) into posting drafts.
package remoteok

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// job is one element of the RemoteOK API array.
type job struct {
	ID          json.RawMessage      `json:"id"`
	Slug        string               `json:"slug"`
	Epoch       json.RawMessage      `json:"epoch"`
	Date        string               `json:"date"`
	Company     string               `json:"company"`
	Position    string               `json:"position"`
	Tags        boardutil.StringList `json:"tags"`
	Description string               `json:"description"`
	Location    string               `json:"location"`
	ApplyURL    string               `json:"apply_url"`
	CompanyLogo string               `json:"company_logo"`
	SalaryMin   boardutil.Amount     `json:"salary_min"` // a number, or text ("70000", "" for none)
	SalaryMax   boardutil.Amount     `json:"salary_max"`
	URL         string               `json:"url"`
	Legal       string               `json:"legal"`
}

// Parse reads a RemoteOK API body: a JSON array whose first element is a legal
// notice (skipped), followed by one object per job.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(body, &items); err != nil {
		return nil, nil, fmt.Errorf("remoteok: decode array: %w", err)
	}
	drafts, errs := boardutil.DecodeItems(items, Kind, "id", func(j job) (posting.Draft, string, error) {
		id := boardutil.RawString(j.ID)
		if id == "" && (j.Legal != "" || j.notice()) {
			return posting.Draft{}, "", boardutil.ErrSkip // the legal notice RemoteOK puts first
		}
		d, err := toDraft(j, id)
		return d, id, err
	})
	return drafts, errs, nil
}

func toDraft(j job, id string) (posting.Draft, error) {
	if id == "" {
		return posting.Draft{}, errors.New("remoteok: job has no id")
	}
	if strings.TrimSpace(j.Position) == "" {
		return posting.Draft{}, errors.New("remoteok: job has no position")
	}
	remote := true // every RemoteOK listing is posted as remote
	d := posting.Draft{
		ExternalID:      id,
		Title:           html.UnescapeString(j.Position),
		Company:         html.UnescapeString(j.Company),
		DescriptionHTML: j.Description,
		Remote:          &remote,
		PostedRaw:       j.Date,
		ApplyURL:        j.ApplyURL,
		URL:             j.URL,
		Tags:            j.Tags,
	}
	if loc := boardutil.TrimSeparators(j.Location); loc != "" {
		d.Locations = []string{loc}
	}
	if d.PostedRaw == "" {
		d.PostedRaw = boardutil.RawString(j.Epoch)
	}
	if j.Slug != "" || j.CompanyLogo != "" {
		d.Extra = map[string]string{}
		if j.Slug != "" {
			d.Extra["slug"] = j.Slug
		}
		if j.CompanyLogo != "" {
			d.Extra["company_logo"] = j.CompanyLogo
		}
	}
	// RemoteOK publishes salaries as yearly USD; 0 means not given.
	min, max := j.SalaryMin.Positive(), j.SalaryMax.Positive()
	if min != nil || max != nil {
		d.Compensation = []posting.Compensation{{Min: min, Max: max, Currency: "USD", Period: "year"}}
	}
	return d, nil
}

// notice reports whether the element carries none of a job's fields: the terms notice RemoteOK
// puts first, whatever its keys.
func (j job) notice() bool {
	return j.Slug == "" && j.Position == "" && j.Company == "" && j.URL == "" && j.Description == ""
}
