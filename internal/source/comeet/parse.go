package comeet

import (
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

type position struct {
	UID             string  `json:"uid"`
	Name            string  `json:"name"`
	Department      *string `json:"department"`
	CompanyName     string  `json:"company_name"`
	EmploymentType  *string `json:"employment_type"`
	ExperienceLevel *string `json:"experience_level"`
	WorkplaceType   *string `json:"workplace_type"`
	Email           string  `json:"email"`
	HostedPage      string  `json:"url_comeet_hosted_page"`
	ActivePage      string  `json:"url_active_page"`
	TimeUpdated     string  `json:"time_updated"`
	Location        *struct {
		Name        string `json:"name"`
		Country     string `json:"country"`
		City        string `json:"city"`
		State       string `json:"state"`
		LocationUID string `json:"location_uid"`
		IsRemote    *bool  `json:"is_remote"`
		Timezone    string `json:"timezone"`
	} `json:"location"`
	Details []struct {
		Name  string  `json:"name"`
		Value *string `json:"value"`
		Order int     `json:"order"`
	} `json:"details"`
}

// Parse reads a Comeet careers API positions answer: a bare array of positions. Comeet repeats a
// position once per extra location, with the location's uid appended to the position's
// ("18.767-9B.20A"); those copies come out as one draft listing every location.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, nil, fmt.Errorf("comeet: decode body (want an array of positions): %w", err)
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	at := map[string]int{} // position uid -> index in drafts
	for i, raw := range raws {
		var p position
		if err := json.Unmarshal(raw, &p); err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: peekUID(raw), Err: fmt.Sprintf("comeet: decode position: %v", err)})
			continue
		}
		if strings.TrimSpace(p.UID) == "" || strings.TrimSpace(p.Name) == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: p.UID, Err: "comeet: position has no uid or name"})
			continue
		}
		d := draft(p)
		if j, ok := at[d.ExternalID]; ok {
			drafts[j].Locations = atsutil.AppendUnique(drafts[j].Locations, d.Locations...)
			uids := atsutil.JoinNonEmpty(",", drafts[j].Extra["location_uids"], d.Extra["location_uids"])
			drafts[j].Extra = atsutil.SetExtra(drafts[j].Extra, "location_uids", uids)
			continue
		}
		at[d.ExternalID] = len(drafts)
		drafts = append(drafts, d)
	}
	return drafts, errs, nil
}

func draft(p position) posting.Draft {
	d := posting.Draft{
		ExternalID:      p.UID,
		Title:           p.Name,
		Company:         p.CompanyName,
		DescriptionHTML: detailsHTML(p),
		WorkplaceType:   deref(p.WorkplaceType),
		EmploymentType:  deref(p.EmploymentType),
		Department:      deref(p.Department),
		UpdatedRaw:      p.TimeUpdated,
		URL:             p.HostedPage,
		ApplyURL:        p.HostedPage,
	}
	if l := p.Location; l != nil {
		d.ExternalID = strings.TrimSuffix(p.UID, "-"+l.LocationUID)
		d.Remote = l.IsRemote
		d.Locations = atsutil.AppendUnique(nil, atsutil.JoinNonEmpty(", ", l.City, l.State, l.Country))
		if len(d.Locations) == 0 {
			d.Locations = atsutil.AppendUnique(nil, l.Name)
		}
		d.Extra = atsutil.SetExtra(d.Extra, "location_uids", l.LocationUID)
		d.Extra = atsutil.SetExtra(d.Extra, "office", l.Name)
		d.Extra = atsutil.SetExtra(d.Extra, "timezone", l.Timezone)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "experience", deref(p.ExperienceLevel))
	d.Extra = atsutil.SetExtra(d.Extra, "company_page", p.ActivePage)
	d.Extra = atsutil.SetExtra(d.Extra, "apply_email", p.Email)
	return d
}

// detailsHTML joins the description sections in their order, each under its name; empty ones are left out.
func detailsHTML(p position) string {
	details := p.Details
	sort.SliceStable(details, func(i, j int) bool { return details[i].Order < details[j].Order })
	var b strings.Builder
	for _, s := range details {
		v := deref(s.Value)
		if blank(v) {
			continue
		}
		if s.Name != "" {
			fmt.Fprintf(&b, "<h3>%s</h3>", html.EscapeString(s.Name))
		}
		b.WriteString(v)
	}
	return b.String()
}

var tag = regexp.MustCompile(`<[^>]*>`)

// blank reports whether an HTML fragment shows no text (Comeet leaves "<p><br></p><p>&nbsp;</p>" in empty sections).
func blank(s string) bool {
	return strings.TrimSpace(strings.ReplaceAll(html.UnescapeString(tag.ReplaceAllString(s, "")), "\u00a0", " ")) == ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

func peekUID(raw json.RawMessage) string {
	var v struct {
		UID atsutil.FlexString `json:"uid"`
	}
	_ = json.Unmarshal(raw, &v)
	return string(v.UID)
}
