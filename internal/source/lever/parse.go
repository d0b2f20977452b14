package lever

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

type list struct {
	Text    string `json:"text"`
	Content string `json:"content"`
}

type salaryRange struct {
	Min      atsutil.FlexFloat `json:"min"`
	Max      atsutil.FlexFloat `json:"max"`
	Currency string            `json:"currency"`
	Interval string            `json:"interval"`
}

type postingJSON struct {
	ID         string             `json:"id"`
	Text       string             `json:"text"`
	Country    string             `json:"country"`
	Workplace  string             `json:"workplaceType"`
	CreatedAt  atsutil.FlexString `json:"createdAt"`
	UpdatedAt  atsutil.FlexString `json:"updatedAt"`
	HostedURL  string             `json:"hostedUrl"`
	ApplyURL   string             `json:"applyUrl"`
	Categories struct {
		Commitment   string   `json:"commitment"`
		Department   string   `json:"department"`
		Location     string   `json:"location"`
		Team         string   `json:"team"`
		AllLocations []string `json:"allLocations"`
	} `json:"categories"`
	Description       string       `json:"description"`
	DescriptionPlain  string       `json:"descriptionPlain"`
	Lists             []list       `json:"lists"`
	Additional        string       `json:"additional"`
	AdditionalPlain   string       `json:"additionalPlain"`
	SalaryRange       *salaryRange `json:"salaryRange"`
	SalaryDescription string       `json:"salaryDescriptionPlain"`
	Tags              []string     `json:"tags"`
	SalaryHTML        string       `json:"salaryDescription"` // the same as HTML; read when no plain text is given
}

// Parse reads a Lever Postings API body (mode=json): a JSON array of postings.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	// The fast reader decodes the whole body in one pass; anything it leaves to encoding/json (or a body that
	// is not JSON) is read posting by posting, so one odd posting loses only itself.
	// A first posting without an id is a group (group=team), left to the general path.
	if posts, ok := readPostings(body); ok && (len(posts) == 0 || posts[0].ID != "") {
		drafts, errs := collect(len(posts), func(i int) (posting.Draft, string, error) {
			d, err := draft(&posts[i])
			return d, posts[i].ID, err
		})
		return drafts, errs, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		if one, ok := singlePosting(body); ok {
			raws = []json.RawMessage{one}
		} else {
			return nil, nil, fmt.Errorf("lever: decode postings array: %w", err)
		}
	}
	raws = ungroup(raws)
	drafts, errs := collect(len(raws), func(i int) (posting.Draft, string, error) {
		d, err := parseOne(raws[i])
		if err != nil {
			return d, atsutil.RawID(raws[i]), err
		}
		return d, "", nil
	})
	return drafts, errs, nil
}

// collect makes the drafts of n postings with one, which returns posting i's draft, or its id and why it has none.
func collect(n int, one func(i int) (posting.Draft, string, error)) ([]posting.Draft, []posting.ItemError) {
	drafts := make([]posting.Draft, 0, n)
	var errs []posting.ItemError
	for i := range n {
		d, id, err := one(i)
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: id, Err: err.Error()})
			continue
		}
		drafts = append(drafts, d)
	}
	return drafts, errs
}

// singlePosting returns body when it is one posting object (/v0/postings/{company}/{id}): one with an id.
func singlePosting(body []byte) (json.RawMessage, bool) {
	var head struct {
		ID atsutil.FlexString `json:"id"`
	}
	if json.Unmarshal(body, &head) != nil || head.ID == "" {
		return nil, false
	}
	return body, true
}

// ungroup replaces each group of a group=team answer ({"title", "postings": [...]}) by its postings.
func ungroup(raws []json.RawMessage) []json.RawMessage {
	var out []json.RawMessage
	for i, raw := range raws {
		var g struct {
			ID       json.RawMessage   `json:"id"`
			Postings []json.RawMessage `json:"postings"`
		}
		if json.Unmarshal(raw, &g) != nil || g.ID != nil || g.Postings == nil {
			if out != nil {
				out = append(out, raw)
			}
			continue
		}
		if out == nil {
			out = append(make([]json.RawMessage, 0, len(raws)), raws[:i]...)
		}
		out = append(out, g.Postings...)
	}
	if out == nil {
		return raws
	}
	return out
}

func parseOne(raw json.RawMessage) (posting.Draft, error) {
	var p postingJSON
	if err := json.Unmarshal(raw, &p); err != nil {
		return posting.Draft{}, fmt.Errorf("lever: decode posting: %w", err)
	}
	return draft(&p)
}

// draft turns a decoded posting into a Draft; it fails when the posting has no id or title.
func draft(p *postingJSON) (posting.Draft, error) {
	if p.ID == "" || strings.TrimSpace(p.Text) == "" {
		return posting.Draft{}, errors.New("lever: posting has no id or title")
	}
	c := p.Categories
	d := posting.Draft{
		ExternalID:     p.ID,
		Title:          p.Text,
		WorkplaceType:  p.Workplace,
		EmploymentType: c.Commitment,
		Department:     c.Department,
		PostedRaw:      string(p.CreatedAt),
		UpdatedRaw:     string(p.UpdatedAt),
		ApplyURL:       p.ApplyURL,
		URL:            p.HostedURL,
		Tags:           p.Tags,
	}
	if d.Department == "" {
		d.Department = c.Team
	}
	d.Locations = atsutil.AppendUnique(d.Locations, c.AllLocations...)
	d.Locations = atsutil.AppendUnique(d.Locations, c.Location)
	d.DescriptionHTML, d.DescriptionText = description(p)
	salary := p.SalaryDescription
	if salary == "" && p.SalaryHTML != "" {
		salary = boardutil.HTMLText(p.SalaryHTML)
	}
	if r := p.SalaryRange; r != nil && (r.Min.Value != nil || r.Max.Value != nil) {
		d.Compensation = []posting.Compensation{{
			Min: r.Min.Value, Max: r.Max.Value, Currency: r.Currency, Period: r.Interval, Raw: salary,
		}}
	}
	d.SalaryText = salary
	d.Extra = atsutil.SetExtra(d.Extra, "team", c.Team)
	d.Extra = atsutil.SetExtra(d.Extra, "country", p.Country)
	return d, nil
}

// description joins Lever's parts in page order: description, each list under its
// heading, then the closing "additional" block. Without HTML it falls back to plain text.
func description(p *postingJSON) (html, text string) {
	var b strings.Builder
	b.WriteString(p.Description)
	for _, l := range p.Lists {
		if strings.TrimSpace(l.Content) == "" && strings.TrimSpace(l.Text) == "" {
			continue
		}
		fmt.Fprintf(&b, "<h3>%s</h3><ul>%s</ul>", l.Text, l.Content)
	}
	b.WriteString(p.Additional)
	if b.Len() > 0 {
		return b.String(), ""
	}
	return "", atsutil.JoinNonEmpty("\n\n", p.DescriptionPlain, p.AdditionalPlain)
}
