package lever

import (
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// The key lists of the fast reader, in the order of the cases that read them.
var (
	postingKeys = []string{"id", "text", "country", "workplaceType", "createdAt", "updatedAt", "hostedUrl", "applyUrl",
		"categories", "description", "descriptionPlain", "lists", "additional", "additionalPlain", "salaryRange",
		"salaryDescriptionPlain", "tags", "salaryDescription"}
	categoryKeys = []string{"commitment", "department", "location", "team", "allLocations"}
	listKeys     = []string{"text", "content"}
	salaryKeys   = []string{"min", "max", "currency", "interval"}
)

// readPostings decodes a postings array as json.Unmarshal would, in one pass; ok is false when the body
// is not an array or holds anything the fast reader leaves to encoding/json.
func readPostings(body []byte) (posts []postingJSON, ok bool) {
	r := boardutil.NewReader(body)
	posts = boardutil.List(r, func(p *postingJSON) { readPosting(r, p) })
	return posts, r.End() && posts != nil
}

func readPosting(r *boardutil.Reader, p *postingJSON) {
	r.Object(postingKeys, func(i int) {
		switch i {
		case 0:
			r.String(&p.ID)
		case 1:
			r.String(&p.Text)
		case 2:
			r.String(&p.Country)
		case 3:
			r.String(&p.Workplace)
		case 4:
			p.CreatedAt = atsutil.FlexString(r.Scalar())
		case 5:
			p.UpdatedAt = atsutil.FlexString(r.Scalar())
		case 6:
			r.String(&p.HostedURL)
		case 7:
			r.String(&p.ApplyURL)
		case 8:
			readCategories(r, p)
		case 9:
			r.String(&p.Description)
		case 10:
			r.String(&p.DescriptionPlain)
		case 11:
			p.Lists = boardutil.List(r, func(l *list) {
				r.Object(listKeys, func(i int) {
					if i == 0 {
						r.String(&l.Text)
					} else {
						r.String(&l.Content)
					}
				})
			})
		case 12:
			r.String(&p.Additional)
		case 13:
			r.String(&p.AdditionalPlain)
		case 14:
			if p.SalaryRange = new(salaryRange); !readSalary(r, p.SalaryRange) {
				p.SalaryRange = nil
			}
		case 15:
			r.String(&p.SalaryDescription)
		case 16:
			p.Tags = boardutil.List(r, r.String)
		case 17:
			r.String(&p.SalaryHTML)
		}
	})
}

func readCategories(r *boardutil.Reader, p *postingJSON) {
	c := &p.Categories
	r.Object(categoryKeys, func(i int) {
		switch i {
		case 0:
			r.String(&c.Commitment)
		case 1:
			r.String(&c.Department)
		case 2:
			r.String(&c.Location)
		case 3:
			r.String(&c.Team)
		case 4:
			c.AllLocations = boardutil.List(r, r.String)
		}
	})
}

// readSalary reads a salary range into s; it reports false for null. The amounts, rare beside the
// descriptions, are read by FlexFloat's own rule.
func readSalary(r *boardutil.Reader, s *salaryRange) bool {
	return r.Object(salaryKeys, func(i int) {
		switch i {
		case 0:
			r.Unmarshal(&s.Min)
		case 1:
			r.Unmarshal(&s.Max)
		case 2:
			r.String(&s.Currency)
		case 3:
			r.String(&s.Interval)
		}
	})
}
