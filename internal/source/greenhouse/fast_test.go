package greenhouse

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// fastCases are bodies the fast reader must read exactly as encoding/json (true) or leave to it (false).
var fastCases = map[string]bool{
	`{"jobs":[{"id":7,"internal_job_id":"x","requisition_id":true,"application_deadline":null,"title":"Go \u00e9",` +
		`"location":{"name":"Remote"},"metadata":[{"name":"m","value":{"a":[1]}}],"departments":[],` +
		`"offices":[{"id":1,"name":"NYC","location":"New York"},{"id":0,"location":null}],` +
		`"pay_input_ranges":[{"min_cents":1e7,"max_cents":null,"currency_type":"USD"}],` +
		`"questions":[{"label":"Name","required":true},null]}],"meta":{"total":1}}`: true,
	`{"jobs":[{"id":1,"location":null,"metadata":null}]}`: true,
	`{"jobs":[]}`:               true,
	`{"jobs":null}`:             false, // not the jobs list
	`{"offices":[]}`:            false,
	`{"id":1,"title":"single"}`: false,
	`{"jobs":[],"offices":[]}`:  false,
	`{"jobs":[{"id":{"x":1}}]}`: false,
	`{"jobs":[{"pay_input_ranges":[{"min_cents":"5"}]}]}`:   false,
	`{"jobs":[{"pay_input_ranges":[{"min_cents":1e999}]}]}`: false,
	`{"jobs":[{"questions":[{"required":"yes"}]}]}`:         false,
	`{"jobs":[{"Title":"folded"}]}`:                         false,
}

// fastJobsList is the fast reader beside what Parse's encoding/json pass yields for a jobs list.
var fastJobsList = sourcetest.FastReader[[]job]{Name: "readJobsList", Read: readJobsList, Std: sourcetest.DecodeJobs[job]}

func TestReadJobsListMatchesEncodingJSON(t *testing.T) {
	files := map[string]bool{
		"testdata/jobs.json":    false, // a title that is not a string
		"testdata/offices.json": false,
	}
	for _, f := range []string{"github-2018-jobs-content.json", "brete-gitlab-jobs-content-full.json", "aer-jobs-databricks-redacted.json",
		"jobagent-honeycomb-jobs-content-trimmed.json"} {
		files[testutil.SharedFile(t, "greenhouse/"+f)] = true
	}
	fastJobsList.Matches(t, fastCases, files)
}

// FuzzReadJobsList checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadJobsList(f *testing.F) {
	fastJobsList.Fuzz(f, fastCases, "testdata/jobs.json")
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	j := reflect.TypeOf(job{})
	loc, _ := j.FieldByName("Location")
	q, _ := j.FieldByName("Questions")
	sourcetest.KeysCover(t, map[reflect.Type][]string{
		j:                           jobKeys,
		loc.Type.Elem():             locationKeys,
		reflect.TypeOf(metadatum{}): metadatumKeys,
		reflect.TypeOf(named{}):     namedKeys,
		reflect.TypeOf(payRange{}):  payRangeKeys,
		q.Type.Elem():               questionKeys,
	})
}
