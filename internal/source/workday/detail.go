package workday

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// Detail is what a job's detail (GET .../wday/cxs/{tenant}/{site}{externalPath}) adds to its
// search entry.
type Detail struct {
	DescriptionHTML string
	Locations       []string // the primary location first, then the additional ones
	StartDate       string   // the day the posting opened ("2026-07-09"), more exact than "Posted 3 Days Ago"
	TimeType        string
	RemoteType      string
	Company         string // hiringOrganization.name
	ExternalURL     string
	Country         string
}

type detailJSON struct {
	JobPostingInfo *struct {
		JobDescription      string   `json:"jobDescription"`
		Location            string   `json:"location"`
		AdditionalLocations []string `json:"additionalLocations"`
		StartDate           string   `json:"startDate"`
		TimeType            string   `json:"timeType"`
		RemoteType          string   `json:"remoteType"`
		ExternalURL         string   `json:"externalUrl"`
		Country             struct {
			Descriptor string `json:"descriptor"`
		} `json:"country"`
	} `json:"jobPostingInfo"`
	HiringOrganization struct {
		Name string `json:"name"`
	} `json:"hiringOrganization"`
}

// ParseDetail reads a job's detail answer.
func ParseDetail(body []byte) (Detail, error) {
	var d detailJSON
	if err := json.Unmarshal(body, &d); err != nil {
		return Detail{}, fmt.Errorf("workday: decode detail: %w", err)
	}
	info := d.JobPostingInfo
	if info == nil {
		return Detail{}, errors.New("workday: detail has no jobPostingInfo")
	}
	return Detail{
		DescriptionHTML: info.JobDescription,
		Locations:       atsutil.AppendUnique(nil, append([]string{info.Location}, info.AdditionalLocations...)...),
		StartDate:       strings.TrimSpace(info.StartDate),
		TimeType:        info.TimeType,
		RemoteType:      info.RemoteType,
		Company:         strings.TrimSpace(d.HiringOrganization.Name),
		ExternalURL:     info.ExternalURL,
		Country:         info.Country.Descriptor,
	}, nil
}

// Apply copies what the detail has onto a draft. The detail's locations replace the one read
// from the path, and its start date the relative "Posted ..." text, which stays in
// Extra["posted_on"]. The URL is left as built, so it does not change with the detail's luck.
func (dt Detail) Apply(d *posting.Draft) {
	if dt.DescriptionHTML != "" {
		d.DescriptionHTML = dt.DescriptionHTML
	}
	if len(dt.Locations) > 0 {
		d.Locations = dt.Locations
	}
	if dt.StartDate != "" {
		d.Extra = atsutil.SetExtra(d.Extra, "posted_on", d.PostedRaw)
		d.PostedRaw = dt.StartDate
	}
	if d.EmploymentType == "" {
		d.EmploymentType = dt.TimeType
	}
	if d.WorkplaceType == "" {
		d.WorkplaceType = dt.RemoteType
	}
	if d.Company == "" {
		d.Company = dt.Company
	}
	d.Extra = atsutil.SetExtra(d.Extra, "external_url", dt.ExternalURL)
	d.Extra = atsutil.SetExtra(d.Extra, "country", dt.Country)
}

// fillDetails reads the detail of each draft without a description, at most limit of them, and
// stops after maxDetailFailures failures in a row; each failure or skip is an item error.
func (s site) fillDetails(ctx context.Context, g source.Getter, drafts []posting.Draft, limit int) []posting.ItemError {
	var errs []posting.ItemError
	asked, failures := 0, 0
	for i := range drafts {
		d := &drafts[i]
		if d.DescriptionHTML != "" {
			continue
		}
		path := d.Extra["external_path"]
		var err error
		switch {
		case !validPath(path):
			err = fmt.Errorf("externalPath %q cannot be joined to the site's URL", path)
		case ctx.Err() != nil:
			err = ctx.Err()
		case failures >= maxDetailFailures:
			err = fmt.Errorf("not asked after %d failures in a row", failures)
		case asked >= limit:
			err = fmt.Errorf("not asked: the run's %d details were used", limit)
		default:
			asked++
			err = s.detail(ctx, g, d)
			if err != nil {
				failures++
			} else {
				failures = 0
			}
		}
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: d.ExternalID, Err: "workday: detail: " + err.Error()})
		}
	}
	return errs
}

func (s site) detail(ctx context.Context, g source.Getter, d *posting.Draft) error {
	u := s.detailURL(d.Extra["external_path"])
	resp, err := boardutil.Get(ctx, g, fetch.Request{URL: u, Header: s.header()}, "get "+u)
	if err != nil {
		return err
	}
	dt, err := ParseDetail(resp.Body)
	if err != nil {
		return err
	}
	dt.Apply(d)
	return nil
}
