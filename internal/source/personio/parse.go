package personio

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body is not a Personio XML feed.
var ErrShape = posting.Shape("personio", "body is not a workzag-jobs XML feed")

type position struct {
	ID                 string   `xml:"id"`
	Subcompany         string   `xml:"subcompany"`
	Office             string   `xml:"office"`
	AdditionalOffices  []string `xml:"additionalOffices>office"`
	Department         string   `xml:"department"`
	RecruitingCategory string   `xml:"recruitingCategory"`
	Name               string   `xml:"name"`
	Descriptions       []struct {
		Name  string `xml:"name"`
		Value string `xml:"value"`
	} `xml:"jobDescriptions>jobDescription"`
	EmploymentType     string `xml:"employmentType"`
	Seniority          string `xml:"seniority"`
	Schedule           string `xml:"schedule"`
	YearsOfExperience  string `xml:"yearsOfExperience"`
	Keywords           string `xml:"keywords"`
	Occupation         string `xml:"occupation"`
	OccupationCategory string `xml:"occupationCategory"`
	CreatedAt          string `xml:"createdAt"`
	Salary             *struct {
		Min            string `xml:"min"`
		Max            string `xml:"max"`
		CurrencySymbol string `xml:"currencySymbol"`
		CurrencyCode   string `xml:"currencyCode"`
		Type           string `xml:"type"`
	} `xml:"salaryInformation"`
}

var (
	openTag  = []byte("<position>")
	closeTag = []byte("</position>")
)

// Parse reads a Personio XML feed (<workzag-jobs><position>...). Each <position> is
// decoded on its own with a lenient decoder, so one malformed position becomes an
// item error and the rest of the feed is kept. Positions repeating an id are merged.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	if !bytes.Contains(body, []byte("<workzag-jobs")) && !bytes.Contains(body, openTag) {
		return nil, nil, ErrShape
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	at := map[string]int{}
	rest := body
	for i := 0; ; i++ {
		start := bytes.Index(rest, openTag)
		if start < 0 {
			break
		}
		chunk := rest[start:]
		end := bytes.Index(chunk, closeTag)
		if end < 0 {
			errs = append(errs, posting.ItemError{Index: i, ID: peekID(chunk), Err: "personio: position is not closed"})
			break
		}
		// A position never nests another; one opening before this close means the
		// earlier position lost its closing tag.
		if next := bytes.Index(chunk[len(openTag):end], openTag); next >= 0 {
			errs = append(errs, posting.ItemError{Index: i, ID: peekID(chunk[:next+len(openTag)]), Err: "personio: position is not closed"})
			rest = chunk[next+len(openTag):]
			continue
		}
		chunk = chunk[:end+len(closeTag)]
		rest = rest[start+len(chunk):]
		p, err := decode(chunk)
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: peekID(chunk), Err: err.Error()})
			continue
		}
		if k, ok := at[p.ID]; ok {
			drafts[k].Locations = atsutil.AppendUnique(drafts[k].Locations, append([]string{p.Office}, p.AdditionalOffices...)...)
			continue
		}
		at[p.ID] = len(drafts)
		drafts = append(drafts, draft(p))
	}
	return drafts, errs, nil
}

func decode(chunk []byte) (position, error) {
	var p position
	dec := xml.NewDecoder(bytes.NewReader(chunk))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&p); err != nil {
		return position{}, fmt.Errorf("personio: decode position: %w", err)
	}
	p.ID = strings.TrimSpace(p.ID)
	p.Name = strings.TrimSpace(p.Name)
	if p.ID == "" || p.Name == "" {
		return position{}, errors.New("personio: position has no id or name")
	}
	return p, nil
}

// peekID finds the <id> text of a chunk that did not decode, for the item error.
func peekID(chunk []byte) string {
	i := bytes.Index(chunk, []byte("<id>"))
	if i < 0 {
		return ""
	}
	rest := chunk[i+4:]
	j := bytes.Index(rest, []byte("</id>"))
	if j < 0 || j > 64 {
		return ""
	}
	return strings.TrimSpace(string(rest[:j]))
}

func draft(p position) posting.Draft {
	d := posting.Draft{
		ExternalID:     p.ID,
		Title:          p.Name,
		Company:        strings.TrimSpace(p.Subcompany),
		Department:     strings.TrimSpace(p.Department),
		EmploymentType: employmentTypeOf(strings.TrimSpace(p.EmploymentType), strings.TrimSpace(p.Schedule)),
		PostedRaw:      strings.TrimSpace(p.CreatedAt),
	}
	d.Locations = atsutil.AppendUnique(nil, strings.TrimSpace(p.Office))
	for _, o := range p.AdditionalOffices {
		d.Locations = atsutil.AppendUnique(d.Locations, strings.TrimSpace(o))
	}
	var b strings.Builder
	for _, jd := range p.Descriptions {
		v := strings.TrimSpace(jd.Value)
		if v == "" {
			continue
		}
		if n := strings.TrimSpace(jd.Name); n != "" {
			fmt.Fprintf(&b, "<h3>%s</h3>", n)
		}
		b.WriteString(v)
	}
	d.DescriptionHTML = b.String()
	if kw := strings.TrimSpace(p.Keywords); kw != "" {
		for _, k := range strings.Split(kw, ",") {
			d.Tags = atsutil.AppendUnique(d.Tags, strings.TrimSpace(k))
		}
	}
	if s := p.Salary; s != nil {
		c := posting.Compensation{Min: amount(s.Min), Max: amount(s.Max), Currency: strings.TrimSpace(s.CurrencyCode), Period: strings.TrimSpace(s.Type)}
		if c.Currency == "" {
			c.Currency = strings.TrimSpace(s.CurrencySymbol)
		}
		if c.Min != nil || c.Max != nil {
			d.Compensation = []posting.Compensation{c}
		}
	}
	for k, v := range map[string]string{
		"employment_type": p.EmploymentType, "schedule": p.Schedule, "seniority": p.Seniority,
		"years_of_experience": p.YearsOfExperience, "recruiting_category": p.RecruitingCategory,
		"occupation": p.Occupation, "occupation_category": p.OccupationCategory,
	} {
		d.Extra = atsutil.SetExtra(d.Extra, k, strings.TrimSpace(v))
	}
	return d
}

// employmentTypeOf is the one of the feed's contract type (permanent, intern, trainee, working_student,
// freelance, temporary) and schedule (full-time, part-time, full-or-part-time) that names the job's type:
// a permanent contract leaves it to the schedule, any other contract is the type.
func employmentTypeOf(contract, schedule string) string {
	if (contract == "" || atsutil.LowerEqual(contract, "permanent")) && schedule != "" {
		return schedule
	}
	return contract
}

func amount(s string) *float64 {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &v
}
