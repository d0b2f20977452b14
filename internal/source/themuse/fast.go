package themuse

import "github.com/career-copilot/copilot/internal/source/boardutil"

// The key lists of the fast reader, in the order of the cases that read them.
var (
	pageKeys    = []string{"page", "page_count", "results", "jobs"}
	jobKeys     = []string{"id", "name", "type", "contents", "publication_date", "short_name", "locations", "categories", "levels", "tags", "refs", "company"}
	namedKeys   = []string{"name", "short_name"}
	refsKeys    = []string{"landing_page"}
	companyKeys = []string{"id", "short_name", "name"}
)

// readWhole decodes a page as json.Unmarshal into a wholePage would, in one pass; ok is false when the
// body holds anything the fast reader leaves to encoding/json.
func readWhole(body []byte) (w wholePage, ok bool) {
	r := boardutil.NewReader(body)
	r.Object(pageKeys, func(i int) {
		switch i {
		case 0:
			r.Int(&w.Page)
		case 1:
			r.Int(&w.PageCount)
		case 2:
			w.Results = readJobs(r)
		case 3:
			w.Jobs = readJobs(r)
		}
	})
	return w, r.End()
}

func readJobs(r *boardutil.Reader) *[]job {
	jobs := boardutil.List(r, func(j *job) { readJob(r, j) })
	if jobs == nil {
		return nil
	}
	return &jobs
}

func readJob(r *boardutil.Reader, j *job) {
	r.Object(jobKeys, func(i int) {
		switch i {
		case 0:
			j.ID = r.Raw()
		case 1:
			r.String(&j.Name)
		case 2:
			r.String(&j.Type)
		case 3:
			r.String(&j.Contents)
		case 4:
			r.String(&j.PublicationDate)
		case 5:
			r.String(&j.ShortName)
		case 6:
			j.Locations = readNamed(r)
		case 7:
			j.Categories = readNamed(r)
		case 8:
			j.Levels = readNamed(r)
		case 9:
			j.Tags = readNamed(r)
		case 10:
			r.Object(refsKeys, func(int) { r.String(&j.Refs.LandingPage) })
		case 11:
			r.Object(companyKeys, func(i int) {
				switch i {
				case 0:
					j.Company.ID = r.Raw()
				case 1:
					r.String(&j.Company.ShortName)
				case 2:
					r.String(&j.Company.Name)
				}
			})
		}
	})
}

func readNamed(r *boardutil.Reader) []named {
	return boardutil.List(r, func(n *named) {
		r.Object(namedKeys, func(i int) {
			if i == 0 {
				r.String(&n.Name)
			} else {
				r.String(&n.ShortName)
			}
		})
	})
}
