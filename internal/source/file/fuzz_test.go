package file

import (
	"bytes"
	"os"
	"testing"
)

// FuzzParseCSV checks that no CSV makes ParseCSV panic or keep a row without a title.
func FuzzParseCSV(f *testing.F) {
	b, err := os.ReadFile("testdata/postings.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("title\n\"unterminated\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		res, err := ParseCSV(bytes.NewReader(body))
		if err != nil {
			return
		}
		for _, d := range res.Drafts {
			if d.Title == "" {
				t.Fatalf("draft without title: %+v", d)
			}
		}
		_ = Detect("x", body)
	})
}
