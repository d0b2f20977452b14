package greenhouse

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/boardutil"
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

// decodeJobs is what Parse's encoding/json pass yields for a jobs list.
func decodeJobs(body []byte) ([]job, error) {
	var whole struct {
		Jobs []job `json:"jobs"`
	}
	err := json.Unmarshal(body, &whole)
	return whole.Jobs, err
}

func TestReadJobsListMatchesEncodingJSON(t *testing.T) {
	bodies := map[string]bool{}
	for b, want := range fastCases {
		bodies[b] = want
	}
	for _, f := range []string{"github-2018-jobs-content.json", "brete-gitlab-jobs-content-full.json", "aer-jobs-databricks-redacted.json",
		"jobagent-honeycomb-jobs-content-trimmed.json"} {
		bodies[string(sourcetest.Read(t, testutil.SharedFile(t, "greenhouse/"+f)))] = true
	}
	bodies[string(sourcetest.Read(t, "testdata/jobs.json"))] = false // a title that is not a string
	bodies[string(sourcetest.Read(t, "testdata/offices.json"))] = false
	for body, want := range bodies {
		if ok := sourcetest.FastAgrees(t, "readJobsList", []byte(body), readJobsList, decodeJobs); ok != want {
			t.Errorf("readJobsList(%.80q) ok = %v, want %v", body, ok, want)
		}
	}
}

// FuzzReadJobsList checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadJobsList(f *testing.F) {
	for b := range fastCases {
		f.Add([]byte(b))
	}
	f.Add(sourcetest.Read(f, "testdata/jobs.json"))
	f.Fuzz(func(t *testing.T, body []byte) {
		sourcetest.FastAgrees(t, "readJobsList", body, readJobsList, decodeJobs)
	})
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	j := reflect.TypeOf(job{})
	loc, _ := j.FieldByName("Location")
	q, _ := j.FieldByName("Questions")
	for _, c := range []struct {
		typ  reflect.Type
		keys []string
	}{
		{j, jobKeys}, {loc.Type.Elem(), locationKeys}, {reflect.TypeOf(metadatum{}), metadatumKeys},
		{reflect.TypeOf(named{}), namedKeys}, {reflect.TypeOf(payRange{}), payRangeKeys}, {q.Type.Elem(), questionKeys},
	} {
		if tags := boardutil.JSONKeys(c.typ); !reflect.DeepEqual(tags, c.keys) {
			t.Errorf("%v: json keys %q, fast reader keys %q", c.typ, tags, c.keys)
		}
	}
}
