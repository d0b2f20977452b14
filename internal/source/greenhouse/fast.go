package greenhouse

import (
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// The key lists of the fast reader, in the order of the cases that read them.
var (
	listKeys = []string{"jobs", "offices", "id", "title"}
	jobKeys  = []string{"id", "internal_job_id", "title", "company_name", "updated_at", "first_published", "requisition_id",
		"location", "absolute_url", "language", "application_deadline", "metadata", "content", "departments", "offices",
		"pay_input_ranges", "questions"}
	locationKeys  = []string{"name"}
	metadatumKeys = []string{"name", "value"}
	namedKeys     = []string{"id", "name", "location"}
	payRangeKeys  = []string{"min_cents", "max_cents", "currency_type", "title", "blurb"}
	questionKeys  = []string{"label", "required"}
)

// readJobsList decodes a jobs list ({"jobs": [...]}) as json.Unmarshal would, in one pass; ok is false
// for any other shape and for anything the fast reader leaves to encoding/json.
func readJobsList(body []byte) (jobs []job, ok bool) {
	r := boardutil.NewReader(body)
	other := false
	r.Object(listKeys, func(i int) {
		if i != 0 { // the offices list and the single job take the general path
			other = true
			r.Skip()
			return
		}
		jobs = boardutil.List(r, func(j *job) { readJob(r, j) })
	})
	return jobs, r.End() && !other && jobs != nil
}

func readJob(r *boardutil.Reader, j *job) {
	r.Object(jobKeys, func(i int) {
		switch i {
		case 0:
			j.ID = atsutil.FlexString(r.Scalar())
		case 1:
			j.InternalJobID = atsutil.FlexString(r.Scalar())
		case 2:
			r.String(&j.Title)
		case 3:
			r.String(&j.CompanyName)
		case 4:
			r.String(&j.UpdatedAt)
		case 5:
			r.String(&j.FirstPublished)
		case 6:
			j.RequisitionID = atsutil.FlexString(r.Scalar())
		case 7:
			readLocation(r, j)
		case 8:
			r.String(&j.AbsoluteURL)
		case 9:
			r.String(&j.Language)
		case 10:
			j.ApplicationDeadline = atsutil.FlexString(r.Scalar())
		case 11:
			j.Metadata = boardutil.List(r, func(m *metadatum) {
				r.Object(metadatumKeys, func(i int) {
					if i == 0 {
						r.String(&m.Name)
					} else {
						m.Value = r.Raw()
					}
				})
			})
		case 12:
			r.String(&j.Content)
		case 13:
			j.Departments = boardutil.List(r, func(n *named) { readNamed(r, n) })
		case 14:
			j.Offices = boardutil.List(r, func(n *named) { readNamed(r, n) })
		case 15:
			j.PayInputRanges = boardutil.List(r, func(p *payRange) { readPayRange(r, p) })
		case 16:
			readQuestions(r, j)
		}
	})
}

// readLocation fills the job's location pointer: nil for null, as encoding/json does.
func readLocation(r *boardutil.Reader, j *job) {
	loc := &j.Location
	*loc = newOf(*loc)
	if !r.Object(locationKeys, func(int) { r.String(&(*loc).Name) }) {
		*loc = nil
	}
}

// newOf returns a new zero T of the pointer's type (its fields may be an unnamed struct).
func newOf[T any](*T) *T { return new(T) }

func readQuestions(r *boardutil.Reader, j *job) {
	j.Questions = boardutil.List(r, func(q *struct {
		Label    string `json:"label"`
		Required bool   `json:"required"`
	}) {
		r.Object(questionKeys, func(i int) {
			if i == 0 {
				r.String(&q.Label)
			} else {
				r.Bool(&q.Required)
			}
		})
	})
}

func readNamed(r *boardutil.Reader, n *named) {
	r.Object(namedKeys, func(i int) {
		switch i {
		case 0:
			n.ID = atsutil.FlexString(r.Scalar())
		case 1:
			r.String(&n.Name)
		case 2:
			if n.Location = nil; !r.NullNext() {
				var s string
				r.String(&s)
				n.Location = &s
			}
		}
	})
}

func readPayRange(r *boardutil.Reader, p *payRange) {
	r.Object(payRangeKeys, func(i int) {
		switch i {
		case 0:
			r.Float(&p.MinCents)
		case 1:
			r.Float(&p.MaxCents)
		case 2:
			r.String(&p.Currency)
		case 3:
			r.String(&p.Title)
		case 4:
			r.String(&p.Blurb)
		}
	})
}
