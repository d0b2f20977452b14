package ingest

import (
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/validate"
)

// unclean reports whether any string of the draft but its DescriptionHTML holds a NUL or bytes that are not
// UTF-8, so validate.CleanText's reflective walk is needed only then (TestUncleanSeesEveryString spoils each
// string of posting.Draft in turn).
//
// The description HTML, the draft's longest string by far, is left to the sanitizer: it writes none of the
// NULs it reads (normalize.TestHTMLWritesNoNUL) and drops broken UTF-8 (normalize.TestHTMLInvalidUTF8),
// normalize.Draft takes an HTML of NULs and spaces for none, and nothing else reads the draft's HTML.
// TestPrepareWritesNoNUL checks the items that come out.
func unclean(d *posting.Draft) bool {
	for _, s := range [...]string{d.ExternalID, d.Title, d.Company, d.DescriptionText, d.WorkplaceType,
		d.EmploymentType, d.Department, d.SalaryText, d.PostedRaw, d.UpdatedRaw, d.ApplyURL, d.URL} {
		if !validate.Clean(s) {
			return true
		}
	}
	if anyUnclean(d.Locations) || anyUnclean(d.Tags) {
		return true
	}
	for _, c := range d.Compensation {
		if !validate.Clean(c.Currency) || !validate.Clean(c.Period) || !validate.Clean(c.Raw) {
			return true
		}
	}
	for k, v := range d.Extra {
		if !validate.Clean(k) || !validate.Clean(v) {
			return true
		}
	}
	return false
}

func anyUnclean(ss []string) bool {
	for _, s := range ss {
		if !validate.Clean(s) {
			return true
		}
	}
	return false
}
