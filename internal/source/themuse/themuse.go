// Package themuse reads The Muse public jobs API (https://www.themuse.com/api/public/jobs) into posting drafts.
package themuse

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// page is one page of the API. Saved captures may instead wrap the same job
// objects as {"generatedAt":..., "count":N, "jobs":[...]}, so both are read.
type page struct {
	Page      int                `json:"page"`
	PageCount int                `json:"page_count"`
	Results   *[]json.RawMessage `json:"results"`
	Jobs      *[]json.RawMessage `json:"jobs"`
}

type named struct {
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
}

// job is one Muse job.
type job struct {
	ID              json.RawMessage `json:"id"`
	Name            string          `json:"name"`
	Type            string          `json:"type"`
	Contents        string          `json:"contents"`
	PublicationDate string          `json:"publication_date"`
	ShortName       string          `json:"short_name"`
	Locations       []named         `json:"locations"`
	Categories      []named         `json:"categories"`
	Levels          []named         `json:"levels"`
	Tags            []named         `json:"tags"`
	Refs            struct {
		LandingPage string `json:"landing_page"`
	} `json:"refs"`
	Company struct {
		ID        json.RawMessage `json:"id"`
		ShortName string          `json:"short_name"`
		Name      string          `json:"name"`
	} `json:"company"`
}

// wholePage is a page decoded in one pass, jobs and all; it fails on a job that does not fit the job type.
type wholePage struct {
	Page      int    `json:"page"`
	PageCount int    `json:"page_count"`
	Results   *[]job `json:"results"`
	Jobs      *[]job `json:"jobs"`
}

// Parse reads one Muse API page ({"results":[...],"page_count":N}) or a saved
// capture that wraps Muse jobs as {"jobs":[...]}.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	drafts, errs, _, err := parsePage(body)
	return drafts, errs, err
}

// parsePage returns the page's drafts, its rejects and its page_count and number of jobs.
//
// One pass decodes the whole page (the fast reader, else encoding/json); only when some job does not
// fit the job type (or the body is not JSON) is it read again, job by job, so one odd job loses only itself.
func parsePage(body []byte) ([]posting.Draft, []posting.ItemError, pageInfo, error) {
	w, ok := readWhole(body)
	if !ok {
		w = wholePage{}
		ok = json.Unmarshal(body, &w) == nil
	}
	if ok {
		items := w.Results
		if items == nil {
			items = w.Jobs
		}
		if items == nil {
			return nil, nil, pageInfo{}, errNoResults
		}
		drafts, errs := boardutil.ConvertItems(*items, convert)
		return drafts, errs, pageInfo{count: w.PageCount, jobs: len(*items)}, nil
	}
	var p page
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, nil, pageInfo{}, fmt.Errorf("themuse: decode page: %w", err)
	}
	items := p.Results
	if items == nil {
		items = p.Jobs
	}
	if items == nil {
		return nil, nil, pageInfo{}, errNoResults
	}
	drafts, errs := boardutil.DecodeItems(*items, Kind, "id", convert)
	return drafts, errs, pageInfo{count: p.PageCount, jobs: len(*items)}, nil
}

// pageInfo is what paging needs of a page: its page_count and how many jobs it held.
type pageInfo struct{ count, jobs int }

var errNoResults = errors.New("themuse: page has no results array")

func convert(j job) (posting.Draft, string, error) {
	id := boardutil.RawString(j.ID)
	if id == "" || strings.TrimSpace(j.Name) == "" {
		return posting.Draft{}, id, errors.New("themuse: job needs an id and a name")
	}
	return toDraft(j, id), id, nil
}

func toDraft(j job, id string) posting.Draft {
	d := posting.Draft{
		ExternalID:      id,
		Title:           html.UnescapeString(j.Name),
		Company:         html.UnescapeString(j.Company.Name),
		DescriptionHTML: j.Contents,
		PostedRaw:       j.PublicationDate,
		URL:             j.Refs.LandingPage,
		Extra:           map[string]string{},
	}
	for _, l := range j.Locations {
		if l.Name != "" {
			d.Locations = append(d.Locations, l.Name)
		}
	}
	for _, t := range j.Tags {
		d.Tags = append(d.Tags, t.Name)
	}
	if s := names(j.Categories); s != "" {
		d.Extra["category"] = s
	}
	if s := names(j.Levels); s != "" {
		d.Extra["level"] = s // "Entry Level", "Mid Level", "Senior Level", "Internship": normalization reads it as the seniority
	}
	if j.Type != "" {
		d.Extra["muse_type"] = j.Type // "external" or "native": where applying happens, not the employment type
	}
	if j.Company.ShortName != "" {
		d.Extra["company_slug"] = j.Company.ShortName
	}
	return d
}

func names(ns []named) string {
	var out []string
	for _, n := range ns {
		if n.Name != "" {
			out = append(out, n.Name)
		}
	}
	return strings.Join(out, "; ")
}
