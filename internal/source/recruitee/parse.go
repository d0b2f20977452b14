package recruitee

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body has no "offers" array.
var ErrShape = posting.Shape("recruitee", "body has no offers array")

type offer struct {
	ID             atsutil.FlexString `json:"id"`
	GUID           string             `json:"guid"`
	Slug           string             `json:"slug"`
	Title          string             `json:"title"`
	CompanyName    string             `json:"company_name"`
	Description    string             `json:"description"`
	Requirements   string             `json:"requirements"`
	Location       string             `json:"location"`
	City           string             `json:"city"`
	StateName      string             `json:"state_name"`
	Country        string             `json:"country"`
	CountryCode    string             `json:"country_code"`
	Remote         *bool              `json:"remote"`
	Hybrid         *bool              `json:"hybrid"`
	OnSite         *bool              `json:"on_site"`
	EmploymentType string             `json:"employment_type_code"`
	Department     string             `json:"department"`
	Category       string             `json:"category_code"`
	Experience     string             `json:"experience_code"`
	Education      string             `json:"education_code"`
	MinHours       atsutil.FlexString `json:"min_hours"`
	MaxHours       atsutil.FlexString `json:"max_hours"`
	CreatedAt      string             `json:"created_at"`
	PublishedAt    string             `json:"published_at"`
	UpdatedAt      string             `json:"updated_at"`
	CloseAt        string             `json:"close_at"`
	CareersURL     string             `json:"careers_url"`
	ApplyURL       string             `json:"careers_apply_url"`
	Tags           []string           `json:"tags"`
	Salary         *struct {
		Min      atsutil.FlexFloat `json:"min"`
		Max      atsutil.FlexFloat `json:"max"`
		Period   string            `json:"period"`
		Currency string            `json:"currency"`
	} `json:"salary"`
	Translations    json.RawMessage `json:"translations"`
	PrimaryLangCode string          `json:"primary_lang_code"`
	Locations       []struct {
		Name    string `json:"name"`
		City    string `json:"city"`
		State   string `json:"state"`
		Country string `json:"country"`
	} `json:"locations"`
}

// Parse reads a Recruitee careers-site offers body ({"offers": [...]}) or one offer ({"offer": {...}}).
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var env struct {
		Offers []json.RawMessage `json:"offers"`
		Offer  json.RawMessage   `json:"offer"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, fmt.Errorf("recruitee: decode: %w", err)
	}
	if env.Offers == nil && isOffer(env.Offer) {
		env.Offers = []json.RawMessage{env.Offer}
	}
	if env.Offers == nil {
		return nil, nil, ErrShape
	}
	drafts := make([]posting.Draft, 0, len(env.Offers))
	var errs []posting.ItemError
	for i, raw := range env.Offers {
		var o offer
		if err := json.Unmarshal(raw, &o); err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: fmt.Sprintf("recruitee: decode offer: %v", err)})
			continue
		}
		if strings.TrimSpace(o.Title) == "" || noText(&o) && len(o.Translations) > 2 {
			translated(&o)
		}
		if o.ID == "" || strings.TrimSpace(o.Title) == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: string(o.ID), Err: "recruitee: offer has no id or title"})
			continue
		}
		drafts = append(drafts, draft(o))
	}
	return drafts, errs, nil
}

// isOffer reports whether raw is an offer object: one with an id or a title.
func isOffer(raw json.RawMessage) bool {
	var head struct {
		ID    json.RawMessage `json:"id"`
		Title json.RawMessage `json:"title"`
	}
	return len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &head) == nil && (head.ID != nil || head.Title != nil)
}

// noText reports whether an offer has neither description nor requirements.
func noText(o *offer) bool {
	return strings.TrimSpace(o.Description) == "" && strings.TrimSpace(o.Requirements) == ""
}

// translation is an offer's text in one language.
type translation struct {
	Title        string `json:"title"`
	Description  string `json:"description"`
	Requirements string `json:"requirements"`
}

// translated fills an offer's empty title and description from its translations: the primary language's,
// else the first language (by code) that has a title.
func translated(o *offer) {
	var all map[string]translation
	if json.Unmarshal(o.Translations, &all) != nil || len(all) == 0 {
		return
	}
	t, ok := all[o.PrimaryLangCode]
	if !ok || strings.TrimSpace(t.Title) == "" {
		best := ""
		for code, tr := range all {
			if strings.TrimSpace(tr.Title) != "" && (best == "" || code < best) {
				best, t = code, tr
			}
		}
	}
	if strings.TrimSpace(o.Title) == "" {
		o.Title = t.Title
	}
	if noText(o) {
		o.Description, o.Requirements = t.Description, t.Requirements
	}
}

func draft(o offer) posting.Draft {
	d := posting.Draft{
		ExternalID:      string(o.ID),
		Title:           o.Title,
		Company:         o.CompanyName,
		DescriptionHTML: o.Description + o.Requirements,
		Remote:          o.Remote,
		EmploymentType:  o.EmploymentType,
		Department:      o.Department,
		PostedRaw:       o.PublishedAt,
		UpdatedRaw:      o.UpdatedAt,
		ApplyURL:        o.ApplyURL,
		URL:             o.CareersURL,
		Tags:            o.Tags,
	}
	d.Locations = atsutil.AppendUnique(d.Locations, o.Location)
	for _, l := range o.Locations {
		if place := atsutil.JoinNonEmpty(", ", l.City, l.State, l.Country); place != "" {
			d.Locations = atsutil.AppendUnique(d.Locations, place)
		} else {
			d.Locations = atsutil.AppendUnique(d.Locations, l.Name)
		}
	}
	if len(d.Locations) == 0 {
		d.Locations = atsutil.AppendUnique(d.Locations, atsutil.JoinNonEmpty(", ", o.City, o.StateName, o.Country))
	}
	// The board gives three flags; the first one set names the workplace, as the board spells it.
	switch {
	case o.Hybrid != nil && *o.Hybrid:
		d.WorkplaceType = "hybrid"
	case o.Remote != nil && *o.Remote:
		d.WorkplaceType = "remote"
	case o.OnSite != nil && *o.OnSite:
		d.WorkplaceType = "on_site"
	}
	if s := o.Salary; s != nil && (s.Min.Value != nil || s.Max.Value != nil) {
		d.Compensation = []posting.Compensation{{
			Min: s.Min.Value, Max: s.Max.Value, Currency: s.Currency, Period: s.Period,
		}}
	}
	for k, v := range map[string]string{
		"guid": o.GUID, "slug": o.Slug, "category": o.Category, "experience": o.Experience,
		"education": o.Education, "created_at": o.CreatedAt, "close_at": o.CloseAt,
		"min_hours": string(o.MinHours), "max_hours": string(o.MaxHours), "country_code": o.CountryCode,
	} {
		d.Extra = atsutil.SetExtra(d.Extra, k, v)
	}
	return d
}
