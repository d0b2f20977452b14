package themuse

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

func TestReadWholeMatchesEncodingJSON(t *testing.T) {
	bodies := map[string]bool{}
	for b, want := range fastCases {
		bodies[b] = want
	}
	for _, f := range []string{"testdata/page0.json", testutil.SharedFile(t, "job-apis/themuse-jsa-202-jobs-wrapped.json")} {
		bodies[string(sourcetest.Read(t, f))] = true
	}
	bodies[string(sourcetest.Read(t, "testdata/page1.json"))] = false // "locations": "Austin"
	for body, want := range bodies {
		if ok := sourcetest.FastAgrees(t, "readWhole", []byte(body), readWhole, decodeWhole); ok != want {
			t.Errorf("readWhole(%.80q) ok = %v, want %v", body, ok, want)
		}
	}
}

// decodeWhole is encoding/json's reading of a page.
func decodeWhole(body []byte) (wholePage, error) {
	var w wholePage
	err := json.Unmarshal(body, &w)
	return w, err
}

// FuzzReadWhole checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadWhole(f *testing.F) {
	for b := range fastCases {
		f.Add([]byte(b))
	}
	f.Add(sourcetest.Read(f, "testdata/page0.json"))
	f.Fuzz(func(t *testing.T, body []byte) {
		sourcetest.FastAgrees(t, "readWhole", body, readWhole, decodeWhole)
	})
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	j := reflect.TypeOf(job{})
	refs, _ := j.FieldByName("Refs")
	company, _ := j.FieldByName("Company")
	for _, c := range []struct {
		typ  reflect.Type
		keys []string
	}{
		{reflect.TypeOf(wholePage{}), pageKeys}, {j, jobKeys}, {reflect.TypeOf(named{}), namedKeys},
		{refs.Type, refsKeys}, {company.Type, companyKeys},
	} {
		if tags := boardutil.JSONKeys(c.typ); !reflect.DeepEqual(tags, c.keys) {
			t.Errorf("%v: json keys %q, fast reader keys %q", c.typ, tags, c.keys)
		}
	}
}
