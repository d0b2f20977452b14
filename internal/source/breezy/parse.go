package breezy

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

type idName struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type place struct {
	Name          string  `json:"name"`
	City          string  `json:"city"`
	State         *idName `json:"state"`
	Country       *idName `json:"country"`
	IsRemote      *bool   `json:"is_remote"`
	RemoteDetails *struct {
		Value string `json:"value"`
		Label string `json:"label"`
	} `json:"remote_details"`
	StreetAddress *struct {
		Location string `json:"location"`
	} `json:"streetAddress"`
}

type position struct {
	ID            atsutil.FlexString `json:"id"`
	FriendlyID    string             `json:"friendly_id"`
	Name          string             `json:"name"`
	URL           string             `json:"url"`
	PublishedDate string             `json:"published_date"`
	Type          *idName            `json:"type"`
	Location      place              `json:"location"`
	Locations     []place            `json:"locations"`
	Department    string             `json:"department"`
	Salary        string             `json:"salary"`
	Description   string             `json:"description"`
	Company       struct {
		Name       string `json:"name"`
		FriendlyID string `json:"friendly_id"`
	} `json:"company"`
}

// Parse reads a Breezy HR careers-site JSON answer: a bare array of positions.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, nil, fmt.Errorf("breezy: decode body (want an array of positions): %w", err)
	}
	drafts := make([]posting.Draft, 0, len(raws))
	var errs []posting.ItemError
	for i, raw := range raws {
		var p position
		if err := json.Unmarshal(raw, &p); err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: fmt.Sprintf("breezy: decode position: %v", err)})
			continue
		}
		if p.ID == "" || strings.TrimSpace(p.Name) == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: string(p.ID), Err: "breezy: position has no id or name"})
			continue
		}
		drafts = append(drafts, draft(p))
	}
	return drafts, errs, nil
}

func draft(p position) posting.Draft {
	l := p.Location
	d := posting.Draft{
		ExternalID:      string(p.ID),
		Title:           p.Name,
		Company:         p.Company.Name,
		DescriptionHTML: p.Description,
		Remote:          l.IsRemote,
		Department:      p.Department,
		SalaryText:      strings.TrimSpace(p.Salary),
		PostedRaw:       p.PublishedDate,
		URL:             p.URL,
		ApplyURL:        p.URL,
	}
	if p.Type != nil {
		d.EmploymentType = p.Type.Name
		d.Extra = atsutil.SetExtra(d.Extra, "type_id", p.Type.ID)
	}
	// "locations" lists every place of a multi-location position; "location" is its primary one.
	for _, pl := range append([]place{l}, p.Locations...) {
		d.Locations = atsutil.AppendUnique(d.Locations, placeName(pl))
	}
	switch {
	case l.RemoteDetails != nil && l.RemoteDetails.Value != "":
		d.WorkplaceType = l.RemoteDetails.Value
		d.Extra = atsutil.SetExtra(d.Extra, "remote_details", l.RemoteDetails.Label)
	case l.IsRemote != nil && *l.IsRemote:
		d.WorkplaceType = "remote"
	}
	if l.Country != nil {
		d.Extra = atsutil.SetExtra(d.Extra, "country_code", l.Country.ID)
	}
	if l.StreetAddress != nil {
		d.Extra = atsutil.SetExtra(d.Extra, "street_address", l.StreetAddress.Location)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "friendly_id", p.FriendlyID)
	d.Extra = atsutil.SetExtra(d.Extra, "company_friendly_id", p.Company.FriendlyID)
	return d
}

// placeName is a place's own name, or its city, state and country joined.
func placeName(pl place) string {
	if strings.TrimSpace(pl.Name) != "" {
		return pl.Name
	}
	var state, country string
	if pl.State != nil {
		state = pl.State.Name
	}
	if pl.Country != nil {
		country = pl.Country.Name
	}
	return atsutil.JoinNonEmpty(", ", pl.City, state, country)
}
