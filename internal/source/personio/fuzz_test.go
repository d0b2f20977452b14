package personio

import "testing"

func FuzzParse(f *testing.F) {
	f.Add([]byte(`<workzag-jobs><position><id>1</id><name>A</name><office>X</office></position></workzag-jobs>`))
	f.Add([]byte(`<workzag-jobs><position><id>1</id><position></workzag-jobs>`))
	f.Add([]byte(`<position><>1</></position>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		drafts, _, err := Parse(body)
		if err != nil && len(drafts) != 0 {
			t.Fatalf("drafts with an error")
		}
		for _, d := range drafts {
			if d.ExternalID == "" || d.Title == "" {
				t.Fatalf("draft without id or title: %+v", d)
			}
		}
	})
}
