package file

import (
	"bytes"
	"os"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
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

// FuzzDetectExplain checks that Detect and Explain never panic and that every file Detect cannot
// name gets a reason from Explain, and that ParseBody on a bundle never panics.
func FuzzDetectExplain(f *testing.F) {
	for _, p := range []string{"testdata/postings.json", "testdata/bundle.json"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte("\ufeff{\"a\":{\"b\":{}}}"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if Detect("f.json", body) == "" && Explain("f.json", body) == nil {
			t.Fatalf("no kind and no reason for %q", body)
		}
		_, _, _ = ParseBody(body, func([]byte) ([]posting.Draft, []posting.ItemError, error) { return nil, nil, nil })
	})
}
