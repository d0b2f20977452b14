package themuse

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// fastCases are bodies the fast reader must read exactly as encoding/json (true) or leave to it (false).
var fastCases = map[string]bool{
	`{"page":0,"page_count":3,"results":[{"id":1,"name":"Go Dev","tags":[],"locations":null,"refs":null,"model_type":"jobs"}]}`:          true,
	`{"jobs":[null,{"id":"x\u00e9\ud83d\ude00","name":"a\"b\\c\/d\n","company":{"id":{"k":[1,-2.5e3,true,false,null]},"name":"Acme"}}]}`: true,
	`{"results":null,"jobs":[]}`: true,
	`null`:                       true,
	`{"results":[{"id":1,"Name":"folded key"}]}`:       false,
	`{"results":[{"id":1,"name":"a","name":"b"}]}`:     false,
	`{"results":[{"id":1,"locations":"Austin"}]}`:      false,
	`{"page":1.5,"results":[]}`:                        false,
	`{"results":[{"id":1,"name":"lone \ud83d"}]}`:      false,
	"{\"results\":[{\"id\":1,\"name\":\"bad \xff\"}]}": false,
	`{"results":[]} x`:                                 false,
	`{"results":[{"id":01}]}`:                          false,
	`{"results":[],}`:                                  false,
}

// fastWhole is the fast reader beside encoding/json's reading of a page.
var fastWhole = sourcetest.FastReader[wholePage]{Name: "readWhole", Read: readWhole, Std: decodeWhole}

func TestReadWholeMatchesEncodingJSON(t *testing.T) {
	fastWhole.Matches(t, fastCases, map[string]bool{
		"testdata/page0.json": true,
		testutil.SharedFile(t, "job-apis/themuse-jsa-202-jobs-wrapped.json"): true,
		"testdata/page1.json": false, // "locations": "Austin"
	})
}

// decodeWhole is encoding/json's reading of a page.
func decodeWhole(body []byte) (wholePage, error) {
	var w wholePage
	err := json.Unmarshal(body, &w)
	return w, err
}

// FuzzReadWhole checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadWhole(f *testing.F) {
	fastWhole.Fuzz(f, fastCases, "testdata/page0.json")
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	j := reflect.TypeOf(job{})
	refs, _ := j.FieldByName("Refs")
	company, _ := j.FieldByName("Company")
	sourcetest.KeysCover(t, map[reflect.Type][]string{
		reflect.TypeOf(wholePage{}): pageKeys,
		j:                           jobKeys,
		reflect.TypeOf(named{}):     namedKeys,
		refs.Type:                   refsKeys,
		company.Type:                companyKeys,
	})
}
