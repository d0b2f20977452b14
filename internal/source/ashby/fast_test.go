package ashby

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
	`{"apiVersion":"1","jobs":[{"id":"a","title":"Go \u00e9","isListed":true,"isRemote":null,"address":null,` +
		`"secondaryLocations":[{"location":"Berlin","address":{"postalAddress":{"addressCountry":"DE"}}},{"address":null}],` +
		`"compensation":{"compensationTierSummary":null,"compensationTiers":[{"tierSummary":"t","title":null,"components":[` +
		`{"minValue":1e3,"maxValue":"2,500","currencyCode":"EUR"},{"minValue":null,"maxValue":true},{"minValue":" x "}]}],` +
		`"summaryComponents":[null]},"shouldDisplayCompensationOnJobPostings":false,"extra":{"k":[1,"2"]}}]}`: true,
	`{"jobs":[{"id":"b","address":{"postalAddress":null},"compensation":null,"secondaryLocations":null},null]}`: true,
	`{"jobs":[]}`:                            true,
	`{"jobs":null}`:                          false, // no jobs array: ErrShape, from the general path
	`null`:                                   false,
	`{"jobs":[{"id":"c","title":7}]}`:        false,
	`{"jobs":[{"id":"c","isListed":"yes"}]}`: false,
	`{"jobs":[{"id":"c","compensation":{"summaryComponents":[{"minValue":{"v":1}}]}}]}`:   false,
	`{"jobs":[{"id":"c","compensation":{"summaryComponents":[{"minValue":[1]}]}}]}`:       false,
	`{"jobs":[{"id":"c","jobURL":"folded"}]}`:                                             false,
	`{"jobs":[{"id":"c","id":"d"}]}`:                                                      false,
	`{"jobs":[{"id":"c","address":{"postalAddress":{"addressRegion":"lone \ud800"}}}]}`:   false,
	`{"jobs":[{"id":"c","secondaryLocations":[{"location":"x"}],}]}`:                      false,
	`{"jobs":[{"id":"c","descriptionHtml":"<p>\"quoted\"\n</p>"}]} trailing`:              false,
	"{\"jobs\":[{\"id\":\"c\",\"descriptionPlain\":\"bad \xc3\"}]}":                       false,
	`{"jobs":[{"id":"c","compensation":{"compensationTiers":[{"components":{"x":1}}]}}]}`: false,
}

// sharedBoards are the real boards in the shared fixtures.
var sharedBoards = []string{"ashby/brete-notion-jobboard-full.json", "ashby/candidatezero-wealthcom-jobboard.json",
	"ashby/careerkit-highlightta-jobboard-trimmed.json", "ashby/jobagent-render-jobboard-trimmed.json"}

// decodeBoard is what Parse's encoding/json pass yields for a job board.
func decodeBoard(body []byte) ([]job, error) {
	var whole struct {
		Jobs []job `json:"jobs"`
	}
	err := json.Unmarshal(body, &whole)
	return whole.Jobs, err
}

func TestReadBoardMatchesEncodingJSON(t *testing.T) {
	bodies := map[string]bool{}
	for b, want := range fastCases {
		bodies[b] = want
	}
	for _, f := range sharedBoards {
		bodies[string(sourcetest.Read(t, testutil.SharedFile(t, f)))] = true
	}
	bodies[string(sourcetest.Read(t, "testdata/board.json"))] = false // "secondaryLocations": "Berlin"
	for body, want := range bodies {
		if ok := sourcetest.FastAgrees(t, "readBoard", []byte(body), readBoard, decodeBoard); ok != want {
			t.Errorf("readBoard(%.80q) ok = %v, want %v", body, ok, want)
		}
	}
}

// FuzzReadBoard checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadBoard(f *testing.F) {
	for b := range fastCases {
		f.Add([]byte(b))
	}
	f.Add(sourcetest.Read(f, "testdata/board.json"))
	for _, b := range sharedBoards {
		f.Add(sourcetest.Read(f, testutil.SharedFile(f, b)))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		sourcetest.FastAgrees(t, "readBoard", body, readBoard, decodeBoard)
	})
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	pa, _ := reflect.TypeOf(address{}).FieldByName("PostalAddress")
	for _, c := range []struct {
		typ  reflect.Type
		keys []string
	}{
		{reflect.TypeOf(job{}), jobKeys}, {reflect.TypeOf(secondaryLocation{}), secondaryKeys},
		{reflect.TypeOf(address{}), addressKeys}, {pa.Type, postalKeys}, {reflect.TypeOf(compensation{}), compensationKeys},
		{reflect.TypeOf(tier{}), tierKeys}, {reflect.TypeOf(component{}), componentKeys},
	} {
		if tags := boardutil.JSONKeys(c.typ); !reflect.DeepEqual(tags, c.keys) {
			t.Errorf("%v: json keys %q, fast reader keys %q", c.typ, tags, c.keys)
		}
	}
}
