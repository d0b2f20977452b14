package teamtailor

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body is neither a JSON Feed nor a JSON:API jobs page.
var ErrShape = errors.New("teamtailor: body is not a jobs feed or API page")

// Page is one page of a listing with the link to the next, if any.
type Page struct {
	Drafts []posting.Draft
	Errors []posting.ItemError
	Next   string // absolute URL of the next page; "" on the last
}

type feedItem struct {
	ID            atsutil.FlexString `json:"id"`
	Title         string             `json:"title"`
	URL           string             `json:"url"`
	ContentHTML   string             `json:"content_html"`
	ContentText   string             `json:"content_text"`
	DatePublished string             `json:"date_published"`
	DateModified  string             `json:"date_modified"`
	Tags          []string           `json:"tags"`
	JobPosting    *struct {
		Title      string `json:"title"`
		Identifier *struct {
			Value atsutil.FlexString `json:"value"`
		} `json:"identifier"`
		Description        string          `json:"description"`
		DatePosted         string          `json:"datePosted"`
		ValidThrough       string          `json:"validThrough"`
		EmploymentType     json.RawMessage `json:"employmentType"`
		JobLocationType    string          `json:"jobLocationType"`
		HiringOrganization *struct {
			Name string `json:"name"`
		} `json:"hiringOrganization"`
		JobLocation []struct {
			Address struct {
				Locality string `json:"addressLocality"`
				Region   string `json:"addressRegion"`
				Country  string `json:"addressCountry"`
			} `json:"address"`
		} `json:"jobLocation"`
		BaseSalary *struct {
			Currency string `json:"currency"`
			Value    struct {
				Min  atsutil.FlexFloat `json:"minValue"`
				Max  atsutil.FlexFloat `json:"maxValue"`
				Unit string            `json:"unitText"`
			} `json:"value"`
		} `json:"baseSalary"`
	} `json:"_jobposting"`
}

// Parse reads one Teamtailor page: the public JSON Feed (jobs.json, "items") or a
// JSON:API jobs page ("data"); ParsePage also returns the next page's link.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	pg, err := ParsePage(body)
	return pg.Drafts, pg.Errors, err
}

// ParsePage reads one page and its next link (JSON Feed next_url or JSON:API links.next).
func ParsePage(body []byte) (Page, error) {
	var env struct {
		Title    string            `json:"title"`
		NextURL  string            `json:"next_url"`
		Items    []json.RawMessage `json:"items"`
		Data     []json.RawMessage `json:"data"`
		Included []json.RawMessage `json:"included"`
		Links    struct {
			Next string `json:"next"`
		} `json:"links"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return Page{}, fmt.Errorf("teamtailor: decode: %w", err)
	}
	switch {
	case env.Items != nil:
		pg := Page{Next: firstNonEmpty(env.NextURL, env.Links.Next)}
		for i, raw := range env.Items {
			var it feedItem
			if err := json.Unmarshal(raw, &it); err != nil {
				pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: atsutil.RawID(raw), Err: fmt.Sprintf("teamtailor: decode item: %v", err)})
				continue
			}
			if it.ID == "" || strings.TrimSpace(it.Title) == "" {
				pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: string(it.ID), Err: "teamtailor: item has no id or title"})
				continue
			}
			pg.Drafts = append(pg.Drafts, feedDraft(env.Title, it))
		}
		return pg, nil
	case env.Data != nil:
		return apiPage(env.Data, env.Included, firstNonEmpty(env.Links.Next, env.NextURL)), nil
	}
	return Page{}, ErrShape
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func feedDraft(feedTitle string, it feedItem) posting.Draft {
	d := posting.Draft{
		ExternalID:      string(it.ID),
		Title:           it.Title,
		Company:         feedTitle,
		DescriptionHTML: it.ContentHTML,
		PostedRaw:       it.DatePublished,
		UpdatedRaw:      it.DateModified,
		URL:             it.URL,
		ApplyURL:        it.URL,
		Tags:            it.Tags,
	}
	if d.DescriptionHTML == "" {
		d.DescriptionText = it.ContentText
	}
	jp := it.JobPosting
	if jp == nil {
		return d
	}
	if jp.HiringOrganization != nil && jp.HiringOrganization.Name != "" {
		d.Company = jp.HiringOrganization.Name
	}
	if d.DescriptionHTML == "" && d.DescriptionText == "" {
		d.DescriptionHTML = jp.Description
	}
	if d.PostedRaw == "" {
		d.PostedRaw = jp.DatePosted
	}
	for _, l := range jp.JobLocation {
		a := l.Address
		d.Locations = atsutil.AppendUnique(d.Locations, atsutil.JoinNonEmpty(", ", a.Locality, a.Region, a.Country))
	}
	d.WorkplaceType = jp.JobLocationType
	d.EmploymentType = employmentType(jp.EmploymentType)
	if s := jp.BaseSalary; s != nil && (s.Value.Min.Value != nil || s.Value.Max.Value != nil) {
		d.Compensation = []posting.Compensation{{Min: s.Value.Min.Value, Max: s.Value.Max.Value, Currency: s.Currency, Period: s.Value.Unit}}
	}
	if jp.Identifier != nil {
		d.Extra = atsutil.SetExtra(d.Extra, "job_id", string(jp.Identifier.Value))
	}
	d.Extra = atsutil.SetExtra(d.Extra, "valid_through", jp.ValidThrough)
	return d
}

// employmentType reads schema.org employmentType, a string or a list of strings.
func employmentType(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return strings.Join(list, ", ")
	}
	var s atsutil.FlexString
	_ = json.Unmarshal(raw, &s)
	return string(s)
}
