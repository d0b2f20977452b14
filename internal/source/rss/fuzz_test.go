package rss

import (
	"os"
	"testing"
)

// FuzzParse checks that no feed, however broken, makes Parse panic or return drafts without a title.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/wwr.rss", "testdata/jobs.atom", "testdata/latin1.rss", "testdata/badbytes.rss"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		drafts, _, err := Parse(body)
		if err != nil && len(drafts) > 0 {
			t.Fatalf("drafts returned with error %v", err)
		}
		for _, d := range drafts {
			if d.Title == "" || d.ExternalID == "" {
				t.Fatalf("draft without title or id: %+v", d)
			}
		}
	})
}
