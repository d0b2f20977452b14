package remotive

import "testing"

// One job that does not fit the job type sends the body down the job-by-job path: it alone is lost.
func TestParseOddJobLosesOnlyItself(t *testing.T) {
	body := []byte(`{"job-count":2,"jobs":[{"id":11,"title":"Go Dev","company_name":"Acme"},{"id":12,"title":["x"]}]}`)
	drafts, errs, err := Parse(body)
	if err != nil || len(drafts) != 1 || drafts[0].ExternalID != "11" || drafts[0].Company != "Acme" {
		t.Fatalf("Parse = %+v, %v", drafts, err)
	}
	want := "remotive: decode job: json: cannot unmarshal array into Go struct field job.title of type string"
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "12" || errs[0].Err != want {
		t.Errorf("errs = %+v", errs)
	}
}
