package smartrecruiters

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body is neither a postings page nor a posting.
var ErrShape = posting.Shape("smartrecruiters", "body is not a postings page or a posting")

type label struct {
	ID    atsutil.FlexString `json:"id"`
	Label string             `json:"label"`
}

type section struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

type jobAd struct {
	Sections struct {
		CompanyDescription    section `json:"companyDescription"`
		JobDescription        section `json:"jobDescription"`
		Qualifications        section `json:"qualifications"`
		AdditionalInformation section `json:"additionalInformation"`
	} `json:"sections"`
}

type postingJSON struct {
	ID        atsutil.FlexString `json:"id"`
	Name      string             `json:"name"`
	UUID      string             `json:"uuid"`
	RefNumber string             `json:"refNumber"`
	Company   struct {
		Identifier string `json:"identifier"`
		Name       string `json:"name"`
	} `json:"company"`
	ReleasedDate string `json:"releasedDate"`
	Location     struct {
		City         string `json:"city"`
		Region       string `json:"region"`
		Country      string `json:"country"`
		Remote       *bool  `json:"remote"`
		Hybrid       *bool  `json:"hybrid"`
		FullLocation string `json:"fullLocation"`
	} `json:"location"`
	Industry         label  `json:"industry"`
	Department       label  `json:"department"`
	Function         label  `json:"function"`
	TypeOfEmployment label  `json:"typeOfEmployment"`
	ExperienceLevel  label  `json:"experienceLevel"`
	Ref              string `json:"ref"`
	PostingURL       string `json:"postingUrl"`
	ApplyURL         string `json:"applyUrl"`
	Language         struct {
		Code string `json:"code"`
	} `json:"language"`
	CustomField []struct {
		FieldLabel string `json:"fieldLabel"`
		ValueLabel string `json:"valueLabel"`
	} `json:"customField"`
	JobAd *jobAd `json:"jobAd"`
}

// Page is one listing page as the API returns it.
type Page struct {
	Drafts     []posting.Draft
	Errors     []posting.ItemError
	TotalFound int // the API's count of all postings; -1 when the page has none
	Items      int // entries on this page, parsed or not
}

// Parse reads a postings page ({"totalFound", "content": [...]}) or one posting's
// detail (an object with "id", "name" and usually "jobAd"); a detail without id or name is an item error.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	pg, err := ParsePage(body)
	if err == nil {
		return pg.Drafts, pg.Errors, nil
	}
	if !errors.Is(err, ErrShape) {
		return nil, nil, err
	}
	var one postingJSON
	if err := json.Unmarshal(body, &one); err != nil || one.JobAd == nil && (one.ID == "" || one.Name == "") {
		return nil, nil, ErrShape
	}
	if one.ID == "" || strings.TrimSpace(one.Name) == "" {
		// A detail cut down to its job ad is still a posting's detail, but not one that can be stored alone.
		return nil, []posting.ItemError{{Index: 0, ID: string(one.ID), Err: "smartrecruiters: posting detail has no id or name, only its job ad"}}, nil
	}
	return []posting.Draft{draft(one)}, nil, nil
}

// ParsePage reads one listing page, keeping totalFound for pagination.
func ParsePage(body []byte) (Page, error) {
	var env struct {
		TotalFound *int              `json:"totalFound"`
		Content    []json.RawMessage `json:"content"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return Page{}, fmt.Errorf("smartrecruiters: decode: %w", err)
	}
	if env.Content == nil {
		return Page{}, ErrShape
	}
	pg := Page{TotalFound: -1, Items: len(env.Content)}
	if env.TotalFound != nil {
		pg.TotalFound = *env.TotalFound
	}
	for i, raw := range env.Content {
		var p postingJSON
		if err := json.Unmarshal(raw, &p); err != nil {
			var id struct {
				ID atsutil.FlexString `json:"id"`
			}
			_ = json.Unmarshal(raw, &id)
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: string(id.ID), Err: fmt.Sprintf("smartrecruiters: decode posting: %v", err)})
			continue
		}
		if p.ID == "" || strings.TrimSpace(p.Name) == "" {
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: string(p.ID), Err: "smartrecruiters: posting has no id or name"})
			continue
		}
		pg.Drafts = append(pg.Drafts, draft(p))
	}
	return pg, nil
}

// Detail is what a posting's detail adds to its listing entry.
type Detail struct {
	DescriptionHTML string
	URL             string
	ApplyURL        string
}

// ParseDetail reads a posting detail (GET .../postings/{id}); the job ad sections
// become one HTML description, each under its title.
func ParseDetail(body []byte) (Detail, error) {
	var p postingJSON
	if err := json.Unmarshal(body, &p); err != nil {
		return Detail{}, fmt.Errorf("smartrecruiters: decode detail: %w", err)
	}
	if p.JobAd == nil {
		return Detail{}, errors.New("smartrecruiters: detail has no jobAd")
	}
	return Detail{DescriptionHTML: adHTML(p.JobAd), URL: p.PostingURL, ApplyURL: p.ApplyURL}, nil
}

// Apply copies what the detail has onto a draft, keeping what the detail lacks.
func (dt Detail) Apply(d *posting.Draft) {
	if dt.DescriptionHTML != "" {
		d.DescriptionHTML = dt.DescriptionHTML
	}
	if dt.URL != "" {
		d.URL = dt.URL
	}
	if dt.ApplyURL != "" {
		d.ApplyURL = dt.ApplyURL
	}
}

func adHTML(ad *jobAd) string {
	s := ad.Sections
	var b strings.Builder
	for _, sec := range []section{s.CompanyDescription, s.JobDescription, s.Qualifications, s.AdditionalInformation} {
		if strings.TrimSpace(sec.Text) == "" {
			continue
		}
		// Each section is a block of its own, so one the board cut short (a list or paragraph left open)
		// ends with it; a <div> left open in a section still holds the next, as the sanitizer closes the
		// innermost open block at "</section>".
		b.WriteString("<section>")
		if sec.Title != "" {
			fmt.Fprintf(&b, "<h3>%s</h3>", html.EscapeString(sec.Title))
		}
		b.WriteString(sec.Text)
		b.WriteString("</section>")
	}
	return b.String()
}

func draft(p postingJSON) posting.Draft {
	l := p.Location
	d := posting.Draft{
		ExternalID:     string(p.ID),
		Title:          p.Name,
		Company:        p.Company.Name,
		Remote:         l.Remote,
		EmploymentType: p.TypeOfEmployment.Label,
		Department:     p.Department.Label,
		PostedRaw:      p.ReleasedDate,
		URL:            p.PostingURL,
		ApplyURL:       p.ApplyURL,
	}
	loc := l.FullLocation
	if loc == "" {
		loc = atsutil.JoinNonEmpty(", ", l.City, l.Region, l.Country)
	}
	d.Locations = atsutil.AppendUnique(nil, loc)
	switch {
	case l.Hybrid != nil && *l.Hybrid:
		d.WorkplaceType = "hybrid"
	case l.Remote != nil && *l.Remote:
		d.WorkplaceType = "remote"
	}
	if d.URL == "" && p.Company.Identifier != "" {
		d.URL = "https://jobs.smartrecruiters.com/" + p.Company.Identifier + "/" + string(p.ID)
	}
	if p.JobAd != nil {
		d.DescriptionHTML = adHTML(p.JobAd)
	}
	for k, v := range map[string]string{
		"experience": p.ExperienceLevel.Label, "function": p.Function.Label, "industry": p.Industry.Label,
		"employment_type_id": string(p.TypeOfEmployment.ID), "ref_number": p.RefNumber, "uuid": p.UUID,
		"language": p.Language.Code, "country_code": l.Country, "ref": p.Ref, "company_identifier": p.Company.Identifier,
	} {
		d.Extra = atsutil.SetExtra(d.Extra, k, v)
	}
	for _, f := range p.CustomField {
		d.Extra = atsutil.SetExtra(d.Extra, "custom."+f.FieldLabel, f.ValueLabel)
	}
	return d
}
