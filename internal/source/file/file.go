// Package file reads postings from files a user brings: our own CSV and JSON
// formats, and saved answers of any board whose adapter can parse a body.
//
// The CSV header (first row) names the columns; names are case-insensitive,
// spaces and dashes count as underscores, order is free, and every column but
// title is optional:
//
//	external_id      the posting's id at its source ("id" is read as external_id too)
//	title            required
//	company
//	location         several locations separated by ";" ("Berlin, Germany; Remote")
//	remote           true/false, yes/no, 1/0; any other word ("hybrid", "onsite") is kept as the workplace type
//	employment_type  as written ("Full-time", "contract")
//	salary           free text; a plain number or range ("120000-150000") is also read as numbers
//	currency         ISO 4217 code of the salary
//	description      HTML or plain text
//	url              the posting's page
//	apply_url        where to apply
//	posted_at        as written (RFC 3339, a date, ...)
//	department
//	tags             separated by ",", ";" or "|"
//
// Unknown columns are ignored and listed in Result.Warnings. A row that cannot
// be read (wrong number of fields, no title) is a Result.Errors entry with its
// 1-based line number as Index; the other rows are kept.
package file

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// Columns lists the CSV header names, and the JSON field names, in their documented order.
var Columns = []string{
	"external_id", "title", "company", "location", "remote", "employment_type", "salary",
	"currency", "description", "url", "apply_url", "posted_at", "department", "tags",
}

// Result is what a file parser read.
type Result struct {
	Drafts   []posting.Draft
	Errors   []posting.ItemError // rows or objects that could not be read
	Warnings []string            // what was ignored, such as unknown columns
}

// aliases are other names files commonly give a column.
var aliases = map[string]string{"id": "external_id"}

// columnKey folds a header cell to its canonical column name.
func columnKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	s = strings.NewReplacer(" ", "_", "-", "_").Replace(s)
	if a, ok := aliases[s]; ok {
		return a
	}
	return s
}

func known(col string) bool {
	for _, c := range Columns {
		if c == col {
			return true
		}
	}
	return false
}

// fields turns one record (column name → text) into a draft.
func fields(rec map[string]string) (posting.Draft, error) {
	g := func(k string) string { return strings.TrimSpace(rec[k]) }
	d := posting.Draft{
		ExternalID:     g("external_id"),
		Title:          g("title"),
		Company:        g("company"),
		EmploymentType: g("employment_type"),
		SalaryText:     g("salary"),
		PostedRaw:      g("posted_at"),
		URL:            g("url"),
		ApplyURL:       g("apply_url"),
		Department:     g("department"),
	}
	if d.Title == "" {
		return d, errNoTitle
	}
	if negativeAmount.MatchString(d.SalaryText) {
		return d, errNegativeSalary // read as a range, "-5000" would become 5000
	}
	for _, l := range strings.Split(g("location"), ";") {
		if l = strings.TrimSpace(l); l != "" {
			d.Locations = append(d.Locations, l)
		}
	}
	for _, t := range strings.FieldsFunc(g("tags"), func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if t = strings.TrimSpace(t); t != "" {
			d.Tags = append(d.Tags, t)
		}
	}
	switch r := strings.ToLower(g("remote")); r {
	case "":
	case "true", "yes", "y", "1":
		v := true
		d.Remote = &v
	case "false", "no", "n", "0":
		v := false
		d.Remote = &v
	default:
		d.WorkplaceType = g("remote")
		if r == "remote" {
			v := true
			d.Remote = &v
		}
	}
	if desc := g("description"); looksHTML(desc) {
		d.DescriptionHTML = desc
	} else {
		d.DescriptionText = desc
	}
	cur := strings.ToUpper(g("currency"))
	if min, max, ok := plainRange(d.SalaryText); ok {
		d.Compensation = []posting.Compensation{{Min: &min, Max: &max, Currency: cur, Raw: d.SalaryText}}
	} else if cur != "" && d.SalaryText != "" {
		d.Compensation = []posting.Compensation{{Currency: cur, Raw: d.SalaryText}}
	}
	return d, nil
}

var (
	htmlTag = regexp.MustCompile(`(?i)</?[a-z][a-z0-9]*[\s>/]|&lt;/?[a-z]`)
	// negativeAmount is a minus sign right before an amount: at the start (after a currency sign) or after "to" or a dash.
	negativeAmount = regexp.MustCompile(`^\s*\p{Sc}?\s*[-−]\s*\p{Sc}?\s*\d|(?:\bto|[-–—])\s*\p{Sc}?\s*[-−]\s*\p{Sc}?\s*\d`)
	rangeRe        = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?))?\s*$`)
)

func looksHTML(s string) bool { return htmlTag.MatchString(s) }

// plainRange reads "120000", "120000-150000" or "120000 to 150000" (no units, no separators).
func plainRange(s string) (float64, float64, bool) {
	m := rangeRe.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	min, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, 0, false
	}
	max := min
	if m[2] != "" {
		if max, err = strconv.ParseFloat(m[2], 64); err != nil {
			return 0, 0, false
		}
	}
	return min, max, true
}
