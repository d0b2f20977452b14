package lever

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// fastCases are bodies the fast reader must read exactly as encoding/json (true) or leave to it (false).
var fastCases = map[string]bool{
	`[{"id":"a","text":"Go \u00e9 \ud83d\ude00","createdAt":1767261600000,"updatedAt":"17","tags":["go",null],` +
		`"categories":{"commitment":"Full Time","allLocations":["Porto",null],"location":null},"opening":"<p>x</p>",` +
		`"lists":[{"text":"Do","content":"<li>a<\/li>"},null,{"text":null}],"salaryRange":{"min":55000,"max":"70,000",` +
		`"currency":"EUR","interval":"per-year-salary"},"descriptionPlain":"tab\there"},null]`: true,
	`[{"id":"b","createdAt":null,"updatedAt":true,"categories":null,"lists":null,"salaryRange":null,"tags":null}]`: true,
	`[{"id":"c","salaryRange":{"min":null,"max":" x "}}]`:                                                          true,
	`[]`:          true,
	`null`:        false, // no postings array: the general path decides
	`{"ok":true}`: false,
	`[{"id":7}]`:  false,
	`[{"id":"d","categories":"not an object"}]`:             false,
	`[{"id":"d","createdAt":{"t":1}}]`:                      false,
	`[{"id":"d","salaryRange":{"min":[1]}}]`:                false,
	`[{"id":"d","salaryRange":{"min":{"v":1}}}]`:            false,
	`[{"id":"d","tags":"go"}]`:                              false,
	`[{"id":"d","Text":"folded"}]`:                          false,
	`[{"id":"d","id":"e"}]`:                                 false,
	`[{"id":"d","categories":{"team":"lone \ud800"}}]`:      false,
	`[{"id":"d","lists":[{"text":"x"}],}]`:                  false,
	`[{"id":"d","description":"<p>\"quoted\"\n</p>"}] tail`: false,
	"[{\"id\":\"d\",\"additionalPlain\":\"bad \xc3\"}]":     false,
}

// sharedCaptures are the real postings pages in the shared fixtures.
var sharedCaptures = []string{"lever/candidatezero-outreach-postings.json", "lever/careerkit-idealist-postings-trimmed.json",
	"lever/jobagent-jumpcloud-postings-trimmed.json"}

// decodePostings is encoding/json's reading of a postings array.
func decodePostings(body []byte) ([]postingJSON, error) {
	var posts []postingJSON
	err := json.Unmarshal(body, &posts)
	return posts, err
}

// fastPostings is the fast reader beside what encoding/json yields for a postings array.
var fastPostings = sourcetest.FastReader[[]postingJSON]{Name: "readPostings", Read: readPostings, Std: decodePostings}

func TestReadPostingsMatchesEncodingJSON(t *testing.T) {
	files := map[string]bool{"testdata/page1.json": true, "testdata/page2.json": false} // page2: "categories": "not an object"
	for _, f := range sharedCaptures {
		files[testutil.SharedFile(t, f)] = true
	}
	fastPostings.Matches(t, fastCases, files)
}

// FuzzReadPostings checks that whatever the fast reader accepts, encoding/json reads the same way.
func FuzzReadPostings(f *testing.F) {
	seeds := []string{"testdata/page1.json", "testdata/page2.json"}
	for _, c := range sharedCaptures {
		seeds = append(seeds, testutil.SharedFile(f, c))
	}
	fastPostings.Fuzz(f, fastCases, seeds...)
}

// TestFastKeysCoverTypes fails when a field is added to a decoded type but not to the fast reader's keys.
func TestFastKeysCoverTypes(t *testing.T) {
	c, _ := reflect.TypeOf(postingJSON{}).FieldByName("Categories")
	sourcetest.KeysCover(t, map[reflect.Type][]string{
		reflect.TypeOf(postingJSON{}): postingKeys,
		c.Type:                        categoryKeys,
		reflect.TypeOf(list{}):        listKeys,
		reflect.TypeOf(salaryRange{}): salaryKeys,
	})
}
