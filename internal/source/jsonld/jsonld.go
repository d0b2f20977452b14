package jsonld

import (
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// ErrNoPostings means the page holds no schema.org JobPosting in JSON-LD.
var ErrNoPostings = posting.Shape("jsonld", "no JobPosting found in the page's JSON-LD")

// Parse reads every JobPosting in the page's JSON-LD scripts, as ParsePage does for a page whose
// address is not known.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) { return ParsePage(body, "") }

// ParsePage reads every JobPosting in the JSON-LD scripts of the page at pageURL ("" when not
// known). Relative urls and @ids are resolved against the page's <base href> and pageURL; a
// relative url that no absolute base resolves is left out. A script that does not decode, or a
// posting without a title, is an ItemError (ID "script N" or the posting's id); a page without
// any JobPosting returns ErrNoPostings.
func ParsePage(body []byte, pageURL string) ([]posting.Draft, []posting.ItemError, error) {
	var found []map[string]any
	var errs []posting.ItemError
	var decoded []any
	texts, href := scripts(body)
	base := boardutil.Base(boardutil.Base(nil, pageURL), href)
	for i, s := range texts {
		v, err := decode(s)
		if err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: "script " + strconv.Itoa(i+1), Err: err.Error()})
			continue
		}
		decoded = append(decoded, v)
		postings(v, &found)
	}
	if len(found) == 0 {
		if len(errs) > 0 {
			return nil, errs, fmt.Errorf("%w (%d JSON-LD scripts did not decode)", ErrNoPostings, len(errs))
		}
		return nil, nil, ErrNoPostings
	}
	var drafts []posting.Draft
	for i, m := range found {
		d := toDraft(m, decoded, base)
		if d.Title == "" {
			errs = append(errs, posting.ItemError{Index: i, ID: d.ExternalID, Err: "jsonld: JobPosting has neither title nor name"})
			continue
		}
		drafts = append(drafts, d)
	}
	return drafts, errs, nil
}

// toDraft reads one JobPosting; decoded holds every script's value, where a node
// the posting names only by @id (its hiringOrganization, in a @graph) is looked up.
func toDraft(m map[string]any, decoded []any, base *url.URL) posting.Draft {
	link, id := str(m["url"]), str(m["@id"])
	d := posting.Draft{
		Title:      html.UnescapeString(strings.TrimSpace(firstNonEmpty(str(m["title"]), str(m["name"])))),
		Company:    html.UnescapeString(strings.TrimSpace(str(resolve(m["hiringOrganization"], decoded)))),
		Department: str(m["employmentUnit"]),
		PostedRaw:  str(m["datePosted"]),
		UpdatedRaw: str(m["dateModified"]),
		URL:        boardutil.Absolute(base, link),
		Locations:  places(m["jobLocation"]),
		Extra:      map[string]string{},
	}
	// The id is the url or @id as the page writes it, resolved or not, so that it stays what earlier
	// versions stored.
	d.ExternalID = firstNonEmpty(identifier(m["identifier"]), link, id)
	boardutil.SetEmploymentTypes(&d, strs(m["employmentType"]))
	if desc := str(m["description"]); looksHTML(desc) {
		d.DescriptionHTML = desc
	} else {
		d.DescriptionText = desc
	}
	applicants := strs(m["applicantLocationRequirements"])
	if len(applicants) > 0 {
		d.Extra["applicant_locations"] = strings.Join(applicants, "; ")
	}
	for _, t := range strs(m["jobLocationType"]) {
		t = t[strings.LastIndexAny(t, "/:#")+1:] // "https://schema.org/TELECOMMUTE" is TELECOMMUTE too
		if strings.EqualFold(t, "TELECOMMUTE") {
			remote := true
			d.Remote = &remote
			d.WorkplaceType = t
			if len(d.Locations) == 0 {
				d.Locations = applicants // a remote job's only location is where applicants may live
			}
		}
	}
	d.Compensation = salaries(m["baseSalary"], str(m["salaryCurrency"]))
	if d.Compensation == nil {
		d.Compensation = salaries(m["estimatedSalary"], str(m["salaryCurrency"]))
	}
	switch sk := m["skills"].(type) {
	case string:
		d.Extra["skills"] = sk
	case nil:
	default:
		d.Tags = strs(sk)
	}
	for key, field := range map[string]string{
		"validThrough": "valid_through", "industry": "industry", "occupationalCategory": "occupational_category",
		"experienceRequirements": "experience", "educationRequirements": "education", "workHours": "work_hours",
		"qualifications": "qualifications", "jobBenefits": "benefits", "incentiveCompensation": "incentives",
	} {
		if s := strings.Join(strs(m[key]), "; "); s != "" {
			d.Extra[field] = s
		}
	}
	return d
}

var htmlTag = regexp.MustCompile(`(?i)</?[a-z][a-z0-9]*[\s>/]|&lt;/?[a-z]`)

func looksHTML(s string) bool { return htmlTag.MatchString(s) }

// str reads a JSON-LD value as one text: a string, a number, or a node's
// name (then description, value or codeValue); an array gives its first text.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(t)
	case map[string]any:
		for _, k := range []string{"name", "description", "value", "codeValue", "credentialCategory", "@value"} {
			if s := str(t[k]); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range t {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// strs reads a value that may be one item or an array as a list of texts.
func strs(v any) []string {
	var out []string
	if a, ok := v.([]any); ok {
		for _, e := range a {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if s := str(v); s != "" {
		out = append(out, s)
	}
	return out
}

// identifier reads a posting identifier: text, or a PropertyValue's value.
func identifier(v any) string {
	if m, ok := v.(map[string]any); ok {
		return firstNonEmpty(str(m["value"]), str(m["@id"]), str(m["name"]))
	}
	return str(v)
}

// places turns jobLocation (a Place, an array of them, or text) into location strings.
func places(v any) []string {
	var out []string
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = append(out, places(e)...)
		}
	case string:
		if s := strings.TrimSpace(t); s != "" {
			out = append(out, s)
		}
	case map[string]any:
		switch a := t["address"].(type) {
		case map[string]any:
			if s := address(a); s != "" {
				out = append(out, s)
			}
		case nil:
			if s := str(t["name"]); s != "" {
				out = append(out, s)
			}
		default:
			out = append(out, places(a)...)
		}
	}
	return out
}

// address joins a PostalAddress's locality, region and country as given.
func address(a map[string]any) string {
	var parts []string
	for _, k := range []string{"addressLocality", "addressRegion", "addressCountry"} {
		if s := str(a[k]); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return firstNonEmpty(str(a["streetAddress"]), str(a["name"]))
	}
	return strings.Join(parts, ", ")
}

// salaries reads baseSalary: a number or text, a MonetaryAmount whose value is
// a number or a QuantitativeValue (minValue, maxValue, value, unitText), or an array.
func salaries(v any, currency string) []posting.Compensation {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		var out []posting.Compensation
		for _, e := range t {
			out = append(out, salaries(e, currency)...)
		}
		return out
	case map[string]any:
		c := posting.Compensation{Currency: firstNonEmpty(str(t["currency"]), currency)}
		switch val := t["value"].(type) {
		case map[string]any:
			c.Min, c.Max = number(val["minValue"]), number(val["maxValue"])
			if c.Min == nil && c.Max == nil {
				c.Min = number(val["value"])
				c.Max = c.Min
			}
			c.Period = str(val["unitText"])
		case nil: // a MonetaryAmount (or an estimatedSalary's distribution) may carry its bounds itself
			c.Min, c.Max = number(t["minValue"]), number(t["maxValue"])
			if c.Min == nil && c.Max == nil {
				c.Min = number(t["median"])
				c.Max = c.Min
			}
		default:
			c.Min = number(val)
			c.Max = c.Min
			if c.Min == nil {
				c.Raw = str(val)
			}
		}
		if c.Period == "" {
			c.Period = str(t["unitText"])
		}
		if c.Period == "" {
			c.Period = durationUnit(str(t["duration"]))
		}
		if c.Min == nil && c.Max == nil && c.Raw == "" {
			return nil
		}
		return []posting.Compensation{c}
	default:
		c := posting.Compensation{Currency: currency, Min: number(t)}
		c.Max = c.Min
		if c.Min == nil {
			c.Raw = str(t)
		}
		if c.Min == nil && c.Raw == "" {
			return nil
		}
		return []posting.Compensation{c}
	}
}

// number reads a JSON number or a numeric text such as "85,000.00".
func number(v any) *float64 {
	switch t := v.(type) {
	case float64:
		return &t
	case string:
		s := strings.NewReplacer(",", "", " ", "", "\u00a0", "").Replace(strings.TrimSpace(t))
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return &f
		}
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// durationUnit names the unit of a one-unit ISO 8601 duration ("P1Y" is YEAR, "PT1H" HOUR); "" for any other.
func durationUnit(d string) string {
	switch strings.ToUpper(d) {
	case "P1Y":
		return "YEAR"
	case "P1M":
		return "MONTH"
	case "P1W":
		return "WEEK"
	case "P1D":
		return "DAY"
	case "PT1H":
		return "HOUR"
	}
	return ""
}

// resolve returns the node a reference ({"@id": ...} alone) names among the decoded scripts, or v itself.
func resolve(v any, decoded []any) any {
	ref, ok := v.(map[string]any)
	if !ok || str(ref) != "" {
		return v
	}
	id, _ := ref["@id"].(string)
	if id == "" {
		return v
	}
	for _, root := range decoded {
		if n := findID(root, id); n != nil {
			return n
		}
	}
	return v
}

// findID returns the first node under v, other than a bare reference, whose @id is id.
func findID(v any, id string) map[string]any {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if n := findID(e, id); n != nil {
				return n
			}
		}
	case map[string]any:
		if t["@id"] == id && len(t) > 1 {
			return t
		}
		for _, e := range t {
			if n := findID(e, id); n != nil {
				return n
			}
		}
	}
	return nil
}
