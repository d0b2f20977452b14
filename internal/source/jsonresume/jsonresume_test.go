package jsonresume

import (
	"reflect"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseTestdata(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/job.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("drafts=%d errs=%v err=%v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.Title != "Data Platform Engineer" || d.Company != "Fjord & Co" || d.EmploymentType != "Contract" || d.PostedRaw != "2026-08" || d.SalaryText != "NOK 900k" {
		t.Errorf("draft = %q %q %q %q %q", d.Title, d.Company, d.EmploymentType, d.PostedRaw, d.SalaryText)
	}
	if want := "<p>Own the &lt;warehouse&gt; pipelines.</p><h3>Responsibilities</h3><ul><li>Run dbt</li><li>Review SQL</li></ul>"; d.DescriptionHTML != want {
		t.Errorf("description = %q, want %q", d.DescriptionHTML, want)
	}
	if d.Remote == nil || !*d.Remote || d.WorkplaceType != "Full" || !reflect.DeepEqual(d.Locations, []string{"Oslo, NO"}) {
		t.Errorf("remote/location = %v %q %q", d.Remote, d.WorkplaceType, d.Locations)
	}
	// "data" repeats the skill name "Data" and is listed once.
	if want := []string{"Data", "dbt", "SQL", "Cloud", "GCP"}; !reflect.DeepEqual(d.Tags, want) {
		t.Errorf("tags = %q, want %q", d.Tags, want)
	}
	if d.Extra["skill_levels"] != "Data: Expert" || d.Extra["postal_code"] != "0150" || d.Extra["experience"] != "Senior" || d.URL != "" || d.ExternalID != "" {
		t.Errorf("extra/url/id = %v %q %q", d.Extra, d.URL, d.ExternalID)
	}
	for _, body := range []string{`{"company": "No title"}`, `[`, `[]`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
}

func TestParseSharedSample(t *testing.T) {
	drafts, _, err := Parse(sourcetest.Read(t, testutil.SharedFile(t, "resumes/jsonresume-sample.job.json")))
	if err != nil || len(drafts) != 1 {
		t.Fatalf("drafts=%d err=%v", len(drafts), err)
	}
	d := drafts[0]
	if d.Title != "Web Developer" || d.Company != "Microsoft" || d.EmploymentType != "Full-time" || d.PostedRaw != "2024-07" || d.SalaryText != "100000" {
		t.Errorf("draft = %q %q %q %q %q", d.Title, d.Company, d.EmploymentType, d.PostedRaw, d.SalaryText)
	}
	if !reflect.DeepEqual(d.Locations, []string{"Berlin, Berlin, DE"}) || d.WorkplaceType != "Hybrid" || d.Remote != nil || d.Extra["postal_code"] != "10115" {
		t.Errorf("location/remote = %q %q %v %v", d.Locations, d.WorkplaceType, d.Remote, d.Extra)
	}
	if d.URL != "http://example.com/jobs/web-developer" || d.UpdatedRaw != "2024-07-10T15:00:00" || d.Extra["experience"] != "Mid-level" || d.Extra["schema_version"] != "v1.0.0" {
		t.Errorf("url/updated/extra = %q %q %v", d.URL, d.UpdatedRaw, d.Extra)
	}
	if !strings.Contains(d.DescriptionHTML, "<li>Develop and maintain web applications</li>") || !strings.Contains(d.DescriptionHTML, "<h3>Qualifications</h3><ul><li>Bachelor&#39;s degree") {
		t.Errorf("description = %q", d.DescriptionHTML)
	}
	if want := []string{"Web Development", "HTML", "CSS", "JavaScript", "React", "Node.js", "Database Management", "SQL", "NoSQL", "MongoDB"}; !reflect.DeepEqual(d.Tags, want) {
		t.Errorf("tags = %q", d.Tags)
	}
	if d.Extra["skill_levels"] != "Web Development: Master; Database Management: Intermediate" {
		t.Errorf("skill levels = %q", d.Extra["skill_levels"])
	}
}
