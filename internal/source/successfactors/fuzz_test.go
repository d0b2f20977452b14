package successfactors

import (
	"os"
	"testing"
)

// FuzzParse checks that no feed makes Parse panic or keep a job without an id and a title.
func FuzzParse(f *testing.F) {
	b, err := os.ReadFile("testdata/jobs.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("<Job><><JobTitle>x</JobTitle><ReqId>1</ReqId></Job>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		drafts, _, err := Parse(body)
		if err != nil {
			return
		}
		for _, d := range drafts {
			if d.ExternalID == "" || d.Title == "" {
				t.Fatalf("draft without id or title: %+v", d)
			}
		}
	})
}
