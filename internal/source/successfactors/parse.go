package successfactors

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
)

// ErrShape is returned when a body holds no <Job> element.
var ErrShape = posting.Shape("successfactors", "body is not a Job-Listing XML feed")

// node is one XML element with its text and children.
type node struct {
	XMLName  xml.Name
	Text     string `xml:",chardata"`
	Children []node `xml:",any"`
}

var (
	jobElem = regexp.MustCompile(`(?s)<Job(?:\s[^>]*)?>.*?</Job>`)
	// SuccessFactors feeds carry elements without a name (<>375852015</>), which no XML parser accepts.
	unnamed = regexp.MustCompile(`<>([^<]*)</>`)
	filter  = regexp.MustCompile(`^filter\d+$`)
)

// Parse reads a SuccessFactors XML job feed (<Job-Listing><Job>...). Each <Job> is decoded on
// its own, leniently, so one broken job becomes an item error and the others are kept. The
// nameless element some feeds carry is kept as Extra["unnamed"].
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	jobs := jobElem.FindAll(body, -1)
	if jobs == nil {
		if bytes.Contains(body, []byte("<Job-Listing")) {
			return nil, nil, nil // a feed with no open jobs
		}
		return nil, nil, ErrShape
	}
	drafts := make([]posting.Draft, 0, len(jobs))
	var errs []posting.ItemError
	for i, raw := range jobs {
		dec := xml.NewDecoder(bytes.NewReader(unnamed.ReplaceAll(raw, []byte("<unnamed>$1</unnamed>"))))
		dec.Strict = false
		dec.Entity = xml.HTMLEntity
		dec.AutoClose = xml.HTMLAutoClose
		var n node
		if err := dec.Decode(&n); err != nil {
			errs = append(errs, posting.ItemError{Index: i, Err: fmt.Sprintf("successfactors: decode job: %v", err)})
			continue
		}
		d := draft(n)
		if d.ExternalID == "" || strings.TrimSpace(d.Title) == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: d.ExternalID, Err: "successfactors: job has no ReqId or JobTitle"})
			continue
		}
		drafts = append(drafts, d)
	}
	return drafts, errs, nil
}

func draft(job node) posting.Draft {
	var d posting.Draft
	var city, state, country string
	for _, c := range job.Children {
		name, text := c.XMLName.Local, strings.TrimSpace(c.Text)
		switch {
		case name == "JobTitle":
			d.Title = text
		case name == "Job-Description":
			d.DescriptionHTML = text
		case name == "ReqId":
			d.ExternalID = text
		case name == "Department":
			d.Department = text
		case filter.MatchString(name):
			label, value := filterPair(c)
			switch strings.ToLower(label) {
			case "country":
				country = value
			case "state/province", "state", "region":
				state = value
			case "city":
				city = value
			case "company":
				d.Company = value
			case "work location", "workplace", "remote":
				d.WorkplaceType = value
			default:
				d.Extra = atsutil.SetExtra(d.Extra, "filter."+label, value)
			}
		default:
			d.Extra = atsutil.SetExtra(d.Extra, strings.ToLower(name), text)
		}
	}
	d.Locations = atsutil.AppendUnique(nil, atsutil.JoinNonEmpty(", ", city, state, country))
	return d
}

// filterPair reads a <filterN><label>…</label><value>…</value></filterN> element.
func filterPair(n node) (label, value string) {
	for _, c := range n.Children {
		switch c.XMLName.Local {
		case "label":
			label = strings.TrimSpace(c.Text)
		case "value":
			value = strings.TrimSpace(c.Text)
		}
	}
	return label, value
}
