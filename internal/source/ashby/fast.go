package ashby

import "github.com/career-copilot/copilot/internal/source/boardutil"

// The key lists of the fast reader, in the order of the cases that read them.
var (
	boardKeys = []string{"jobs"}
	jobKeys   = []string{"id", "title", "department", "team", "employmentType", "location", "secondaryLocations", "publishedAt",
		"updatedAt", "isListed", "isRemote", "workplaceType", "address", "jobUrl", "applyUrl", "descriptionHtml",
		"descriptionPlain", "compensation", "shouldDisplayCompensationOnJobPostings"}
	secondaryKeys    = []string{"location", "address"}
	addressKeys      = []string{"postalAddress"}
	postalKeys       = []string{"addressLocality", "addressRegion", "addressCountry"}
	compensationKeys = []string{"compensationTierSummary", "scrapeableCompensationSalarySummary", "compensationTiers", "summaryComponents"}
	tierKeys         = []string{"tierSummary", "title", "components"}
	componentKeys    = []string{"summary", "compensationType", "interval", "currencyCode", "minValue", "maxValue"}
)

// readBoard decodes a job board ({"jobs": [...]}) as json.Unmarshal would, in one pass; ok is false when
// there is no jobs array or the body holds anything the fast reader leaves to encoding/json.
func readBoard(body []byte) (jobs []job, ok bool) {
	r := boardutil.NewReader(body)
	f := fast{r: r}
	r.Object(boardKeys, func(int) { jobs = boardutil.List(r, f.job) })
	return jobs, r.End() && jobs != nil
}

// fast reads Ashby's types off r.
type fast struct{ r *boardutil.Reader }

func (f *fast) job(j *job) {
	r := f.r
	r.Object(jobKeys, func(i int) {
		switch i {
		case 0:
			r.String(&j.ID)
		case 1:
			r.String(&j.Title)
		case 2:
			r.String(&j.Department)
		case 3:
			r.String(&j.Team)
		case 4:
			r.String(&j.EmploymentType)
		case 5:
			r.String(&j.Location)
		case 6:
			j.SecondaryLocations = boardutil.List(r, func(s *secondaryLocation) {
				r.Object(secondaryKeys, func(i int) {
					if i == 0 {
						r.String(&s.Location)
					} else {
						f.address(&s.Address)
					}
				})
			})
		case 7:
			r.String(&j.PublishedAt)
		case 8:
			r.String(&j.UpdatedAt)
		case 9:
			j.IsListed = f.boolPtr()
		case 10:
			j.IsRemote = f.boolPtr()
		case 11:
			r.String(&j.WorkplaceType)
		case 12:
			if j.Address = new(address); !f.address(j.Address) {
				j.Address = nil
			}
		case 13:
			r.String(&j.JobURL)
		case 14:
			r.String(&j.ApplyURL)
		case 15:
			r.String(&j.DescriptionHTM)
		case 16:
			r.String(&j.DescriptionTxt)
		case 17:
			if j.Compensation = new(compensation); !f.compensation(j.Compensation) {
				j.Compensation = nil
			}
		case 18:
			j.ShouldDisplay = f.boolPtr()
		}
	})
}

// boolPtr reads a boolean as encoding/json fills a *bool: nil for null.
func (f *fast) boolPtr() *bool {
	if f.r.NullNext() {
		return nil
	}
	b := new(bool)
	f.r.Bool(b)
	return b
}

// address reads an address object into a; it reports false for null.
func (f *fast) address(a *address) bool {
	r, pa := f.r, &a.PostalAddress
	return r.Object(addressKeys, func(int) {
		r.Object(postalKeys, func(i int) {
			switch i {
			case 0:
				r.String(&pa.Locality)
			case 1:
				r.String(&pa.Region)
			case 2:
				r.String(&pa.Country)
			}
		})
	})
}

// compensation reads a compensation object into c; it reports false for null.
func (f *fast) compensation(c *compensation) bool {
	r := f.r
	return r.Object(compensationKeys, func(i int) {
		switch i {
		case 0:
			r.String(&c.TierSummary)
		case 1:
			r.String(&c.ScrapeableSummary)
		case 2:
			c.Tiers = boardutil.List(r, func(t *tier) {
				r.Object(tierKeys, func(i int) {
					switch i {
					case 0:
						r.String(&t.TierSummary)
					case 1:
						r.String(&t.Title)
					case 2:
						t.Components = boardutil.List(r, f.component)
					}
				})
			})
		case 3:
			c.SummaryComponents = boardutil.List(r, f.component)
		}
	})
}

func (f *fast) component(k *component) {
	r := f.r
	r.Object(componentKeys, func(i int) {
		switch i {
		case 0:
			r.String(&k.Summary)
		case 1:
			r.String(&k.Type)
		case 2:
			r.String(&k.Interval)
		case 3:
			r.String(&k.Currency)
		case 4, 5:
			v := &k.Min
			if i == 5 {
				v = &k.Max
			}
			// Amounts are rare beside the descriptions, so FlexFloat's own rule reads their checked text.
			r.Unmarshal(v)
		}
	})
}
