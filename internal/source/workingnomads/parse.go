// Package workingnomads reads the Working Nomads public jobs API (a bare array of remote jobs).
package workingnomads

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

type job struct {
	URL          string `json:"url"`
	Title        string `json:"title"`
	Description  string `json:"description"`
	CompanyName  string `json:"company_name"`
	CategoryName string `json:"category_name"`
	Tags         string `json:"tags"`
	Location     string `json:"location"`
	PubDate      string `json:"pub_date"`
}

// jobID is the number in a job's link (https://www.workingnomads.com/job/go/1719512/).
var jobID = regexp.MustCompile(`/job/go/(\d+)`)

// Parse reads an API answer: a JSON array of jobs. The API gives no id field, so a job's id is the
// number in its link, or the link itself when it has none.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, nil, fmt.Errorf("workingnomads: decode body (want an array of jobs): %w", err)
	}
	drafts, errs := boardutil.DecodeItems(raws, Kind, "url", func(j job) (posting.Draft, string, error) {
		d := draft(j)
		switch {
		case d.ExternalID == "":
			return d, "", errors.New("workingnomads: job has no url")
		case strings.TrimSpace(d.Title) == "":
			return d, d.ExternalID, errors.New("workingnomads: job has no title")
		}
		return d, d.ExternalID, nil
	})
	return drafts, errs, nil
}

func draft(j job) posting.Draft {
	remote := true // the board lists remote jobs only; location says where applicants may live
	d := posting.Draft{
		ExternalID:      strings.TrimSpace(j.URL),
		Title:           html.UnescapeString(strings.TrimSpace(j.Title)),
		Company:         html.UnescapeString(strings.TrimSpace(j.CompanyName)),
		DescriptionHTML: j.Description,
		Remote:          &remote,
		PostedRaw:       j.PubDate,
		URL:             j.URL,
		ApplyURL:        j.URL,
	}
	if m := jobID.FindStringSubmatch(j.URL); m != nil {
		d.ExternalID = m[1]
	}
	d.Locations = atsutil.AppendUnique(nil, j.Location)
	for _, t := range strings.Split(j.Tags, ",") {
		d.Tags = atsutil.AppendUnique(d.Tags, strings.TrimSpace(t))
	}
	d.Extra = atsutil.SetExtra(d.Extra, "category", j.CategoryName)
	return d
}
