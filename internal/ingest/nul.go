package ingest

import (
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// hasNUL reports whether any string of the draft but its DescriptionHTML holds a NUL, so validate.StripNUL's
// reflective walk is needed only then (TestHasNULSeesEveryString puts a NUL in each string of posting.Draft
// in turn).
//
// The description HTML, the draft's longest string by far, is left to the sanitizer: it writes none of the
// NULs it reads (normalize.TestHTMLWritesNoNUL), normalize.Draft takes an HTML of NULs and spaces for none,
// and nothing else reads the draft's HTML. TestPrepareWritesNoNUL checks the items that come out.
func hasNUL(d *posting.Draft) bool {
	for _, s := range [...]string{d.ExternalID, d.Title, d.Company, d.DescriptionText, d.WorkplaceType,
		d.EmploymentType, d.Department, d.SalaryText, d.PostedRaw, d.UpdatedRaw, d.ApplyURL, d.URL} {
		if strings.IndexByte(s, 0) >= 0 {
			return true
		}
	}
	if anyNUL(d.Locations) || anyNUL(d.Tags) {
		return true
	}
	for _, c := range d.Compensation {
		if strings.IndexByte(c.Currency, 0) >= 0 || strings.IndexByte(c.Period, 0) >= 0 || strings.IndexByte(c.Raw, 0) >= 0 {
			return true
		}
	}
	for k, v := range d.Extra {
		if strings.IndexByte(k, 0) >= 0 || strings.IndexByte(v, 0) >= 0 {
			return true
		}
	}
	return false
}

func anyNUL(ss []string) bool {
	for _, s := range ss {
		if strings.IndexByte(s, 0) >= 0 {
			return true
		}
	}
	return false
}
