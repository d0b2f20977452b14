package remotive

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// fastCases are bodies the fast reader must read exactly as encoding/json (true) or leave to it (false).
var fastCases = map[string]bool{
	`{"0-legal-notice":"x","job-count":2,"jobs":[{"id":"7","title":"Go \u00e9 \ud83d\ude00","tags":["go",null,"k8s"],` +
		`"company_logo":null,"description":"<p class=\"a\">\/\t</p>"},{"id":8.5e1,"tags":null,"salary":null},null]}`: true,
	`{"jobs":[{"id":{"n":[1,true]}}]}`:            true,
	`{"jobs":[]}`:                                 true,
	`{"jobs":null}`:                               false, // no jobs array: an error, from the general path
	`{"data":[]}`:                                 false,
	`[]`:                                          false,
	`{"jobs":[{"id":11,"title":["x"]}]}`:          false,
	`{"jobs":[{"id":11,"tags":"go"}]}`:            false,
	`{"jobs":[{"id":11,"tags":[1]}]}`:             false,
	`{"jobs":[{"id":11,"Title":"folded"}]}`:       false,
	`{"jobs":[{"id":11,"url":"a","url":"b"}]}`:    false,
	`{"jobs":[{"id":11,"salary":"lone \udc00"}]}`: false,
	`{"jobs":[{"id":011}]}`:                       false,
	`{"jobs":[{"id":11}]`:                         false,
	"{\"jobs\":[{\"id\":11,\"title\":\"\x80\"}]}": false,
}

// decodeJobs is what Parse's encoding/json pass yields for a body.
func decodeJobs(body []byte) ([]job, error) {
	var whole struct {
		Jobs *[]job `json:"jobs"`
	}
	if err := json.Unmarshal(body, &whole); err != nil || whole.Jobs == nil {
		return nil, err
	}
	return *whole.Jobs, nil
}

// fastJobs is the fast reader beside what Parse's encoding/json pass yields for a body.
var fastJobs = sourcetest.FastReader[[]job]{Name: "readJobs", Read: readJobs, Std: decodeJobs}

func TestReadJobsMatchesEncodingJSON(t *testing.T) {
	fastJobs.Matches(t, fastCases, map[string]bool{
		testutil.SharedFile(t, "job-apis/remotive-brete-full.json"): true,
		"testdata/remote-jobs.json":                                 false, // "title": 42
	})
}

// FuzzReadJobs checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadJobs(f *testing.F) {
	fastJobs.Fuzz(f, fastCases, "testdata/remote-jobs.json", testutil.SharedFile(f, "job-apis/remotive-brete-full.json"))
}

// TestFastKeysCoverTypes fails when a field is added to the job type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	sourcetest.KeysCover(t, map[reflect.Type][]string{
		reflect.TypeOf(job{}): jobKeys,
	})
}
