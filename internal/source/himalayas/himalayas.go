// Package himalayas reads the Himalayas jobs API (https://himalayas.app/jobs/api) into posting drafts.
package himalayas

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// page is one page of the Himalayas API.
type page struct {
	Offset     int                `json:"offset"`
	Limit      int                `json:"limit"`
	TotalCount int                `json:"totalCount"`
	NextCursor json.RawMessage    `json:"nextCursor"` // cursor paging; null or "" on the last page
	Jobs       *[]json.RawMessage `json:"jobs"`
}

// job is one Himalayas job.
type job struct {
	Title                string               `json:"title"`
	Excerpt              string               `json:"excerpt"`
	CompanyName          string               `json:"companyName"`
	CompanySlug          string               `json:"companySlug"`
	EmploymentType       string               `json:"employmentType"`
	MinSalary            boardutil.Amount     `json:"minSalary"` // a number, or text ("120,000", "" for none)
	MaxSalary            boardutil.Amount     `json:"maxSalary"`
	SalaryPeriod         string               `json:"salaryPeriod"`
	Currency             *string              `json:"currency"`
	Seniority            boardutil.StringList `json:"seniority"` // strings, one string or objects with a name
	LocationRestrictions boardutil.StringList `json:"locationRestrictions"`
	TimezoneRestrictions json.RawMessage      `json:"timezoneRestrictions"` // UTC offsets: numbers, text, or one of them
	Categories           boardutil.StringList `json:"categories"`
	Description          string               `json:"description"`
	PubDate              json.RawMessage      `json:"pubDate"`
	ExpiryDate           json.RawMessage      `json:"expiryDate"`
	ApplicationLink      string               `json:"applicationLink"`
	GUID                 string               `json:"guid"`
}

// Parse reads one Himalayas API page ({"jobs":[...],"totalCount":N,...}).
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	drafts, errs, _, err := parsePage(body)
	return drafts, errs, err
}

func parsePage(body []byte) ([]posting.Draft, []posting.ItemError, page, error) {
	var p page
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, nil, p, fmt.Errorf("himalayas: decode page: %w", err)
	}
	if p.Jobs == nil {
		return nil, nil, p, posting.Shape("himalayas", "page has no jobs array")
	}
	drafts, errs := boardutil.DecodeItems(*p.Jobs, Kind, "guid", func(j job) (posting.Draft, string, error) {
		id := j.GUID
		if id == "" || strings.TrimSpace(j.Title) == "" {
			return posting.Draft{}, id, errors.New("himalayas: job needs a guid and a title")
		}
		return toDraft(j), id, nil
	})
	return drafts, errs, p, nil
}

func toDraft(j job) posting.Draft {
	remote := true // Himalayas lists remote jobs only
	d := posting.Draft{
		ExternalID:      j.GUID,
		Title:           html.UnescapeString(j.Title),
		Company:         html.UnescapeString(j.CompanyName),
		DescriptionHTML: j.Description,
		Locations:       j.LocationRestrictions,
		Remote:          &remote,
		EmploymentType:  j.EmploymentType,
		PostedRaw:       boardutil.RawString(j.PubDate),
		ApplyURL:        j.ApplicationLink,
		URL:             j.GUID,
		Tags:            j.Categories,
		Extra:           map[string]string{},
	}
	// The API has answered with the placeholder "name" instead of the employer's
	// name; the slug is then the only real trace of the company.
	if d.Company == "" || d.Company == "name" {
		d.Company = j.CompanySlug
	}
	if d.DescriptionHTML == "" {
		d.DescriptionText = j.Excerpt
	}
	if j.CompanySlug != "" {
		d.Extra["company_slug"] = j.CompanySlug
	}
	if len(j.Seniority) > 0 {
		d.Extra["seniority"] = strings.Join(j.Seniority, ", ")
	}
	if exp := boardutil.RawString(j.ExpiryDate); exp != "" {
		d.Extra["expires"] = exp
	}
	if tz := timezones(j.TimezoneRestrictions); tz != "" {
		d.Extra["timezones"] = tz
	}
	if j.MinSalary.V != nil || j.MaxSalary.V != nil {
		c := posting.Compensation{Min: j.MinSalary.V, Max: j.MaxSalary.V, Period: j.SalaryPeriod}
		if j.Currency != nil {
			c.Currency = *j.Currency
		}
		d.Compensation = []posting.Compensation{c}
	}
	return d
}

// timezones returns a job's time zones as comma-separated text: each number or text of a list, or the one
// value sent; objects and nulls are none.
func timezones(raw json.RawMessage) string {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		list = []json.RawMessage{raw}
	}
	var tz []string
	for _, z := range list {
		if s := strings.TrimSpace(boardutil.RawString(z)); s != "" {
			tz = append(tz, s)
		}
	}
	return strings.Join(tz, ",")
}
