package jsonld

import (
	"os"
	"testing"
)

// FuzzParse checks that no page makes Parse panic or return a draft without a title.
func FuzzParse(f *testing.F) {
	b, err := os.ReadFile("testdata/careers.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["JobPosting"],"title":"x","baseSalary":[1,"2",{"value":{}}]}]}</script>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		drafts, _, _ := Parse(body)
		for _, d := range drafts {
			if d.Title == "" {
				t.Fatalf("draft without title: %+v", d)
			}
		}
	})
}
