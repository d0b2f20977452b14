package ashby

import "testing"

// One job that does not fit the job type sends the body down the job-by-job path: it alone is lost.
func TestParseOddJobLosesOnlyItself(t *testing.T) {
	body := []byte(`{"jobs":[{"id":"a1","title":"Go Dev"},{"id":"b2","title":7},{"id":"c3","title":"Hidden","isListed":false}]}`)
	drafts, errs, err := Parse(body)
	if err != nil || len(drafts) != 1 || drafts[0].ExternalID != "a1" || drafts[0].Title != "Go Dev" {
		t.Fatalf("Parse = %+v, %v", drafts, err)
	}
	want := "ashby: decode job: json: cannot unmarshal number into Go struct field job.title of type string"
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "b2" || errs[0].Err != want {
		t.Errorf("errs = %+v", errs)
	}
	drafts, errs, err = Parse([]byte(`{"jobs":[{"id":"c3","title":"Hidden","isListed":false},{"id":"","title":"No id"}]}`))
	if err != nil || drafts == nil || len(drafts) != 0 || len(errs) != 1 || errs[0].Index != 1 || errs[0].Err != "ashby: job has no id or title" {
		t.Errorf("one pass: drafts %#v errs %+v err %v", drafts, errs, err)
	}
}
