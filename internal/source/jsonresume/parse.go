// Package jsonresume reads job descriptions in the JSON Resume "job" schema (job.json), a
// posting format some resume tools write; it has no board to fetch from, only files.
package jsonresume

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the file kind this package reads.
const Kind = "jsonresume"

type job struct {
	Title       string `json:"title"`
	Company     string `json:"company"`
	Type        string `json:"type"`
	Date        string `json:"date"`
	Description string `json:"description"`
	Location    *struct {
		Address     string `json:"address"`
		PostalCode  string `json:"postalCode"`
		City        string `json:"city"`
		CountryCode string `json:"countryCode"`
		Region      string `json:"region"`
	} `json:"location"`
	Remote           string   `json:"remote"`
	Salary           string   `json:"salary"`
	Experience       string   `json:"experience"`
	Responsibilities []string `json:"responsibilities"`
	Qualifications   []string `json:"qualifications"`
	Skills           []struct {
		Name     string   `json:"name"`
		Level    string   `json:"level"`
		Keywords []string `json:"keywords"`
	} `json:"skills"`
	Meta struct {
		Canonical    string `json:"canonical"`
		Version      string `json:"version"`
		LastModified string `json:"lastModified"`
	} `json:"meta"`
}

// Parse reads one job.json object. Its description, responsibilities and qualifications become
// one HTML description; skill names and keywords become tags; meta.canonical is its URL.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var j job
	if err := json.Unmarshal(body, &j); err != nil {
		return nil, nil, fmt.Errorf("jsonresume: decode job: %w", err)
	}
	if strings.TrimSpace(j.Title) == "" {
		return nil, nil, errors.New("jsonresume: job has no title")
	}
	return []posting.Draft{draft(j)}, nil, nil
}

func draft(j job) posting.Draft {
	d := posting.Draft{
		Title:           strings.TrimSpace(j.Title),
		Company:         strings.TrimSpace(j.Company),
		DescriptionHTML: describe(j),
		WorkplaceType:   j.Remote,
		EmploymentType:  j.Type,
		SalaryText:      strings.TrimSpace(j.Salary),
		PostedRaw:       j.Date,
		UpdatedRaw:      j.Meta.LastModified,
		URL:             j.Meta.Canonical,
	}
	// The schema's remote values are "Full", "Hybrid" and "None".
	switch strings.ToLower(strings.TrimSpace(j.Remote)) {
	case "full":
		d.Remote = atsutil.Bool(true)
	case "none":
		d.Remote = atsutil.Bool(false)
	}
	if l := j.Location; l != nil {
		d.Locations = atsutil.AppendUnique(nil, atsutil.JoinNonEmpty(", ", l.City, l.Region, l.CountryCode))
		d.Extra = atsutil.SetExtra(d.Extra, "address", l.Address)
		d.Extra = atsutil.SetExtra(d.Extra, "postal_code", l.PostalCode)
	}
	var levels []string
	for _, s := range j.Skills {
		d.Tags = atsutil.AppendUnique(d.Tags, s.Name)
		d.Tags = atsutil.AppendUnique(d.Tags, s.Keywords...)
		if s.Level != "" {
			levels = append(levels, s.Name+": "+s.Level)
		}
	}
	d.Extra = atsutil.SetExtra(d.Extra, "skill_levels", strings.Join(levels, "; "))
	d.Extra = atsutil.SetExtra(d.Extra, "experience", j.Experience)
	d.Extra = atsutil.SetExtra(d.Extra, "schema_version", j.Meta.Version)
	return d
}

// describe writes the plain-text parts of a job as HTML.
func describe(j job) string {
	var b strings.Builder
	if s := strings.TrimSpace(j.Description); s != "" {
		b.WriteString("<p>" + html.EscapeString(s) + "</p>")
	}
	for _, sec := range []struct {
		title string
		items []string
	}{{"Responsibilities", j.Responsibilities}, {"Qualifications", j.Qualifications}} {
		if len(sec.items) == 0 {
			continue
		}
		b.WriteString("<h3>" + sec.title + "</h3><ul>")
		for _, it := range sec.items {
			b.WriteString("<li>" + html.EscapeString(it) + "</li>")
		}
		b.WriteString("</ul>")
	}
	return b.String()
}
