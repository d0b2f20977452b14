// Package workday reads Workday career sites: the CXS jobs search a career site's page POSTs
// to /wday/cxs/{tenant}/{site}/jobs, page by page, and each job's detail for its description.
// Saved search answers can be imported as files too.
package workday

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// Kind is the source and file kind this package reads.
const Kind = "workday"

// ErrShape is returned when a body has no "jobPostings" array.
var ErrShape = errors.New("workday: body has no jobPostings array")

type jobPosting struct {
	Title         string   `json:"title"`
	ExternalPath  string   `json:"externalPath"`
	LocationsText string   `json:"locationsText"`
	PostedOn      string   `json:"postedOn"`
	RemoteType    string   `json:"remoteType"`
	TimeType      string   `json:"timeType"`
	BulletFields  []string `json:"bulletFields"`
}

// locationCount is the locationsText Workday shows instead of a place for multi-location jobs.
var locationCount = regexp.MustCompile(`(?i)^\d+\s+locations?$`)

// Page is one search answer: its postings, and what pagination needs.
type Page struct {
	Drafts []posting.Draft
	Errors []posting.ItemError
	Total  int // the answer's "total"; Workday gives it on the first page and 0 on later ones
	Items  int // entries on this page, read or not
}

// Parse reads a CXS jobs answer ({"total", "jobPostings": [...]}). A posting's id is the
// requisition id that ends its externalPath ("..._JR354232"); its URL needs the career site's
// host, which the answer does not hold, so the path is kept in Extra["external_path"].
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	pg, err := ParsePage(body)
	if err != nil {
		return nil, nil, err
	}
	return pg.Drafts, pg.Errors, nil
}

// ParsePage reads one search answer, keeping its total and size for pagination.
func ParsePage(body []byte) (Page, error) {
	var env struct {
		Total       int               `json:"total"`
		JobPostings []json.RawMessage `json:"jobPostings"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return Page{}, fmt.Errorf("workday: decode: %w", err)
	}
	if env.JobPostings == nil {
		return Page{}, ErrShape
	}
	pg := Page{Total: env.Total, Items: len(env.JobPostings), Drafts: make([]posting.Draft, 0, len(env.JobPostings))}
	for i, raw := range env.JobPostings {
		var j jobPosting
		if err := json.Unmarshal(raw, &j); err != nil {
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, Err: fmt.Sprintf("workday: decode job posting: %v", err)})
			continue
		}
		d := draft(j)
		if d.ExternalID == "" || strings.TrimSpace(d.Title) == "" {
			pg.Errors = append(pg.Errors, posting.ItemError{Index: i, ID: d.ExternalID, Err: "workday: job posting has no externalPath or title"})
			continue
		}
		pg.Drafts = append(pg.Drafts, d)
	}
	return pg, nil
}

func draft(j jobPosting) posting.Draft {
	path := strings.TrimSpace(j.ExternalPath)
	d := posting.Draft{
		ExternalID:     path,
		Title:          j.Title,
		PostedRaw:      j.PostedOn,
		WorkplaceType:  j.RemoteType,
		EmploymentType: j.TimeType,
	}
	if i := strings.LastIndexByte(path, '_'); i >= 0 && i < len(path)-1 {
		d.ExternalID = path[i+1:]
	}
	if lt := strings.TrimSpace(j.LocationsText); lt != "" && !locationCount.MatchString(lt) {
		d.Locations = []string{lt}
	} else {
		// With several locations, the path names the primary one: /job/Illinois---Chicago/...
		d.Locations = atsutil.AppendUnique(nil, pathLocation(path))
		d.Extra = atsutil.SetExtra(d.Extra, "locations_text", lt)
	}
	d.Extra = atsutil.SetExtra(d.Extra, "external_path", path)
	d.Extra = atsutil.SetExtra(d.Extra, "bullet_fields", strings.Join(j.BulletFields, " | "))
	return d
}

// pathLocation reads the location segment of /job/{location}/{title}_{id}, where Workday writes " - " as "---" and spaces as "-".
func pathLocation(path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) < 3 || segs[0] != "job" {
		return ""
	}
	parts := strings.Split(segs[1], "---")
	for i, p := range parts {
		parts[i] = strings.ReplaceAll(p, "-", " ")
	}
	return strings.Join(parts, " - ")
}
