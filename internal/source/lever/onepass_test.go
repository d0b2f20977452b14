package lever

import "testing"

// One posting that does not fit the posting type sends the body down the posting-by-posting path: it alone is lost.
func TestParseOddPostingLosesOnlyItself(t *testing.T) {
	body := []byte(`[{"id":"a1","text":"Go Dev"},{"id":"b2","text":7},{"id":"c3","text":"Writer","tags":["docs"]}]`)
	drafts, errs, err := Parse(body)
	if err != nil || len(drafts) != 2 || drafts[0].ExternalID != "a1" || drafts[1].Title != "Writer" || drafts[1].Tags[0] != "docs" {
		t.Fatalf("Parse = %+v, %v", drafts, err)
	}
	want := "lever: decode posting: json: cannot unmarshal number into Go struct field postingJSON.text of type string"
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "b2" || errs[0].Err != want {
		t.Errorf("errs = %+v", errs)
	}
	// In one pass too, a posting without a title is reported by its index and id.
	drafts, errs, err = Parse([]byte(`[{"id":"a1","text":"Go Dev"},{"id":"b2","text":" "},null]`))
	if err != nil || len(drafts) != 1 || len(errs) != 2 || errs[0].Index != 1 || errs[0].ID != "b2" || errs[1].Index != 2 || errs[1].ID != "" ||
		errs[0].Err != "lever: posting has no id or title" {
		t.Errorf("one pass: drafts %+v errs %+v err %v", drafts, errs, err)
	}
	if drafts, errs, err := Parse([]byte(`null`)); err != nil || len(drafts) != 0 || errs != nil {
		t.Errorf("null body = %+v %+v %v", drafts, errs, err)
	}
}
