package ashby

import (
	"reflect"
	"testing"

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

// fastBoard is the fast reader beside what Parse's encoding/json pass yields for a job board.
var fastBoard = sourcetest.FastReader[[]job]{Name: "readBoard", Read: readBoard, Std: sourcetest.DecodeJobs[job]}

func TestReadBoardMatchesEncodingJSON(t *testing.T) {
	files := map[string]bool{"testdata/board.json": false} // "secondaryLocations": "Berlin"
	for _, f := range sharedBoards {
		files[testutil.SharedFile(t, f)] = true
	}
	fastBoard.Matches(t, fastCases, files)
}

// FuzzReadBoard checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadBoard(f *testing.F) {
	seeds := []string{"testdata/board.json"}
	for _, b := range sharedBoards {
		seeds = append(seeds, testutil.SharedFile(f, b))
	}
	fastBoard.Fuzz(f, fastCases, seeds...)
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	pa, _ := reflect.TypeOf(address{}).FieldByName("PostalAddress")
	sourcetest.KeysCover(t, map[reflect.Type][]string{
		reflect.TypeOf(job{}):               jobKeys,
		reflect.TypeOf(secondaryLocation{}): secondaryKeys,
		reflect.TypeOf(address{}):           addressKeys,
		pa.Type:                             postalKeys,
		reflect.TypeOf(compensation{}):      compensationKeys,
		reflect.TypeOf(tier{}):              tierKeys,
		reflect.TypeOf(component{}):         componentKeys,
	})
}
