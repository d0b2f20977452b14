package remotive

import "github.com/career-copilot/copilot/internal/source/boardutil"

// The key lists of the fast reader, in the order of the cases that read them.
var (
	bodyKeys = []string{"jobs"}
	jobKeys  = []string{"id", "url", "title", "company_name", "category", "tags", "job_type", "publication_date",
		"candidate_required_location", "salary", "description"}
)

// readJobs decodes a body ({"jobs":[...]}) as json.Unmarshal would, in one pass; ok is false when there is
// no jobs array or the body holds anything the fast reader leaves to encoding/json.
func readJobs(body []byte) (jobs []job, ok bool) {
	r := boardutil.NewReader(body)
	r.Object(bodyKeys, func(int) {
		jobs = boardutil.List(r, func(j *job) { readJob(r, j) })
	})
	return jobs, r.End() && jobs != nil
}

func readJob(r *boardutil.Reader, j *job) {
	r.Object(jobKeys, func(i int) {
		switch i {
		case 0:
			j.ID = r.Raw()
		case 1:
			r.String(&j.URL)
		case 2:
			r.String(&j.Title)
		case 3:
			r.String(&j.CompanyName)
		case 4:
			r.String(&j.Category)
		case 5:
			j.Tags = boardutil.List(r, r.String)
		case 6:
			r.String(&j.JobType)
		case 7:
			r.String(&j.PublicationDate)
		case 8:
			r.String(&j.CandidateRequiredLocation)
		case 9:
			r.String(&j.Salary)
		case 10:
			r.String(&j.Description)
		}
	})
}
