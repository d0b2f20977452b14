package greenhouse

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func parseOK(t *testing.T, body []byte) ([]posting.Draft, []posting.ItemError) {
	t.Helper()
	drafts, errs, err := Parse(body)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return drafts, errs
}

func TestParseJobsTestdata(t *testing.T) {
	drafts, errs := parseOK(t, sourcetest.Read(t, "testdata/jobs.json"))
	if len(drafts) != 2 {
		t.Fatalf("drafts = %d, want 2", len(drafts))
	}
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "4100200002" {
		t.Fatalf("errors = %+v, want one for index 1 id 4100200002", errs)
	}
	d := drafts[0]
	if d.ExternalID != "4100200001" || d.Title != "Site Reliability Engineer" || d.Company != "Acme Widgets" {
		t.Errorf("id/title/company = %q %q %q", d.ExternalID, d.Title, d.Company)
	}
	if want := "&lt;p&gt;Keep the widgets &amp;amp; gadgets running.&lt;/p&gt;"; d.DescriptionHTML != want {
		t.Errorf("content = %q, want it as given %q", d.DescriptionHTML, want)
	}
	if want := []string{"Lisbon, Portugal", "Lisbon", "Remote (EU)"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.Department != "Engineering" || d.EmploymentType != "Full-time" {
		t.Errorf("department/employment = %q %q", d.Department, d.EmploymentType)
	}
	if d.PostedRaw != "2026-02-20T08:00:00-05:00" || d.UpdatedRaw != "2026-03-02T09:15:00-05:00" {
		t.Errorf("dates = %q %q", d.PostedRaw, d.UpdatedRaw)
	}
	if len(d.Compensation) != 1 {
		t.Fatalf("compensation = %+v", d.Compensation)
	}
	c := d.Compensation[0]
	if c.Min == nil || *c.Min != 65000 || c.Max == nil || *c.Max != 80000 || c.Currency != "EUR" || c.Raw != "Portugal range" {
		t.Errorf("pay range = %+v", c)
	}
	if d.Extra["meta.Teams"] != "Platform, Infra" || d.Extra["requisition_id"] != "R-17" || d.Extra["office_locations"] != "Lisbon, Portugal" {
		t.Errorf("extra = %v", d.Extra)
	}
	if _, ok := d.Extra["meta.Level"]; ok {
		t.Errorf("null metadata kept: %v", d.Extra)
	}
	if drafts[1].ExternalID != "4100200003" || drafts[1].Extra["requisition_id"] != "" {
		t.Errorf("third job = %+v", drafts[1])
	}
}

func TestParseOfficesTestdata(t *testing.T) {
	drafts, errs := parseOK(t, sourcetest.Read(t, "testdata/offices.json"))
	if len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("drafts=%d errs=%v, want 2 and none", len(drafts), errs)
	}
	if want := []string{"Lisbon or Berlin", "Lisbon", "Berlin"}; !reflect.DeepEqual(drafts[0].Locations, want) {
		t.Errorf("job 900 locations = %q, want %q", drafts[0].Locations, want)
	}
	if drafts[0].Department != "Engineering" {
		t.Errorf("department = %q", drafts[0].Department)
	}
	if want := []string{"Anywhere"}; !reflect.DeepEqual(drafts[1].Locations, want) || drafts[1].Department != "" {
		t.Errorf("no-office job = %q %q", drafts[1].Locations, drafts[1].Department)
	}
}

func TestParseShapes(t *testing.T) {
	for _, body := range []string{`[]`, `{"meta": {}}`, `not json`, `{"jobs": 3}`} {
		if _, _, err := Parse([]byte(body)); err == nil {
			t.Errorf("Parse(%s) = nil error", body)
		}
	}
	if _, _, err := Parse([]byte(`{"_note": "x"}`)); !errors.Is(err, ErrShape) {
		t.Errorf("want ErrShape, got %v", err)
	}
	drafts, _, err := Parse([]byte(`{"jobs": []}`))
	if err != nil || len(drafts) != 0 {
		t.Errorf("empty board = %v %v", drafts, err)
	}
}

func TestParseSharedCaptures(t *testing.T) {
	cases := []struct {
		file  string
		count int
		check func(t *testing.T, ds []posting.Draft)
	}{
		{"greenhouse/github-2018-jobs-content.json", 71, func(t *testing.T, ds []posting.Draft) {
			d := ds[0]
			if d.ExternalID != "712339" || d.Title != "Account Manager" || d.Department != "Sales" || d.EmploymentType != "Full-time" {
				t.Errorf("first = %q %q %q %q", d.ExternalID, d.Title, d.Department, d.EmploymentType)
			}
			if !reflect.DeepEqual(d.Locations, []string{"Tokyo - Japan"}) || d.UpdatedRaw != "2018-11-15T19:37:17-05:00" {
				t.Errorf("first loc/date = %q %q", d.Locations, d.UpdatedRaw)
			}
			if d.Extra["meta.Division"] != "Sales" || d.Extra["office_locations"] != "Tokyo, Japan" {
				t.Errorf("extra = %v", d.Extra)
			}
			if want := "&lt;p&gt;GitHub helps companies"; !strings.HasPrefix(d.DescriptionHTML, want) {
				t.Errorf("content start = %.40q", d.DescriptionHTML)
			}
		}},
		{"greenhouse/brete-gitlab-jobs-content-full.json", 3, func(t *testing.T, ds []posting.Draft) {
			if ds[1].Title != "AI Engineer" || ds[1].Locations[0] != "Remote, Bangalore" || ds[1].PostedRaw != "2026-05-22T09:16:29-04:00" {
				t.Errorf("gitlab[1] = %q %q %q", ds[1].Title, ds[1].Locations, ds[1].PostedRaw)
			}
			if ds[0].Company != "GitLab" || ds[0].Extra["meta.Quota Coverage Type"] != "Account Executive" {
				t.Errorf("gitlab[0] = %q %v", ds[0].Company, ds[0].Extra)
			}
		}},
		{"greenhouse/candidatezero-gong-single-job.json", 1, func(t *testing.T, ds []posting.Draft) {
			d := ds[0]
			if d.ExternalID != "4679941006" || d.Title != "Commercial Revenue Architect" || d.Department != "Customer Success" {
				t.Errorf("gong = %q %q %q", d.ExternalID, d.Title, d.Department)
			}
			want := []string{"Austin | Chicago | New York City | Salt Lake City | San Francisco", "Remote (US)"}
			if !reflect.DeepEqual(d.Locations, want) {
				t.Errorf("gong locations = %q", d.Locations)
			}
		}},
		{"greenhouse/candidatezero-list.json", 3, func(t *testing.T, ds []posting.Draft) {
			if ds[2].ExternalID != "999000111" || ds[2].Title != "Backend Engineer" || ds[2].DescriptionHTML != "" {
				t.Errorf("list[2] = %+v", ds[2])
			}
		}},
		{"greenhouse/aer-jobs-databricks-redacted.json", 2, func(t *testing.T, ds []posting.Draft) {
			if ds[0].ExternalID != "8559344002" || ds[0].Extra["meta.Company Assignment"] != "Databricks Japan K.K." ||
				ds[0].Extra["meta.Career Page Posting Category"] != "Field Engineering" {
				t.Errorf("databricks = %q %v", ds[0].ExternalID, ds[0].Extra)
			}
			if ds[0].URL != "https://databricks.com/company/careers/open-positions/job?gh_jid=8559344002" {
				t.Errorf("url = %q", ds[0].URL)
			}
		}},
		{"greenhouse/jobagent-honeycomb-jobs-content-trimmed.json", 2, func(t *testing.T, ds []posting.Draft) {
			if ds[0].Title != "Field Marketing Specialist" || ds[0].Department != "Events" || ds[0].Locations[1] != "United States - Remote" {
				t.Errorf("honeycomb = %q %q %q", ds[0].Title, ds[0].Department, ds[0].Locations)
			}
		}},
		{"greenhouse/legacy2013-generalassembly-embed-jobs-content.json", 2, func(t *testing.T, ds []posting.Draft) {
			if ds[0].ExternalID != "721" || ds[0].Locations[0] != "New York, NY" || ds[0].UpdatedRaw != "2013-09-12T21:01:50Z" {
				t.Errorf("legacy = %+v", ds[0])
			}
		}},
		{"greenhouse/legacy2013-generalassembly-embed-job-questions.json", 1, func(t *testing.T, ds []posting.Draft) {
			if ds[0].Title != "Application developer" {
				t.Errorf("legacy single = %q", ds[0].Title)
			}
			want := "First Name (required) | Last Name (required) | Email (required) | Phone | Resume | Cover Letter | " +
				"LinkedIn Profile | Website | How did you hear about this job?"
			if ds[0].Extra["questions"] != want {
				t.Errorf("questions = %q, want %q", ds[0].Extra["questions"], want)
			}
		}},
		{"greenhouse/intercom-2021-offices-with-jobs.json", 90, func(t *testing.T, ds []posting.Draft) {
			if ds[0].ExternalID != "3457480" || ds[0].Title != "Community Manager" || ds[0].Department != "Customer Support" {
				t.Errorf("intercom[0] = %q %q %q", ds[0].ExternalID, ds[0].Title, ds[0].Department)
			}
			var sec *posting.Draft
			for i := range ds {
				if ds[i].ExternalID == "3000625" {
					if sec != nil {
						t.Fatal("job 3000625 came out twice")
					}
					sec = &ds[i]
				}
			}
			want := []string{"Dublin, London or remote in the UK or Ireland", "Chicago, IL", "Dublin, Ireland", "London, England"}
			if sec == nil || !reflect.DeepEqual(sec.Locations, want) || sec.Title != "Senior Security Engineer" {
				t.Errorf("job 3000625 = %+v", sec)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			ds, errs := parseOK(t, sourcetest.Read(t, testutil.SharedFile(t, tc.file)))
			if len(errs) != 0 {
				t.Fatalf("item errors: %v", errs)
			}
			if len(ds) != tc.count {
				t.Fatalf("drafts = %d, want %d", len(ds), tc.count)
			}
			tc.check(t, ds)
		})
	}
}

func TestParseDocsExample(t *testing.T) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(sourcetest.Read(t, testutil.SharedFile(t, "greenhouse/docs-examples-list-jobs.json")), &doc); err != nil {
		t.Fatal(err)
	}
	ds, errs := parseOK(t, doc["list_jobs_content_true"])
	if len(ds) != 1 || len(errs) != 0 {
		t.Fatalf("drafts=%d errs=%v", len(ds), errs)
	}
	d := ds[0]
	if want := []string{"NYC", "East Coast", "New York City"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.Department != "Department of Departments" || d.Extra["office_locations"] != "United States | New York, NY, United States" {
		t.Errorf("department/offices = %q %q", d.Department, d.Extra["office_locations"])
	}
	if want := "&amp;lt;p&amp;gt;"; !strings.Contains(d.DescriptionHTML, want) {
		t.Errorf("double-escaped content changed: %q", d.DescriptionHTML)
	}
}

func TestFetch(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/v1/boards/acmewidgets/jobs?content=true": sourcetest.File(t, "testdata/jobs.json"),
	})
	a, ok := source.Lookup(Kind)
	if !ok {
		t.Fatal("greenhouse not registered")
	}
	got, err := a.Fetch(context.Background(), sourcetest.Getter{}, source.Params{"board": "acmewidgets", "base_url": srv.URL + "/"})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if !got.Complete || len(got.Drafts) != 2 || len(got.Errors) != 1 || got.Fetched.IsZero() {
		t.Fatalf("fetched = complete %v drafts %d errors %d", got.Complete, len(got.Drafts), len(got.Errors))
	}
	if reqs := srv.Requests(); len(reqs) != 1 || reqs[0] != "/v1/boards/acmewidgets/jobs?content=true" {
		t.Errorf("requests = %q", reqs)
	}
}

func TestFetchErrors(t *testing.T) {
	srv := sourcetest.NewServer(t, nil)
	ctx := context.Background()
	if _, err := (Adapter{}).Fetch(ctx, sourcetest.Getter{}, source.Params{"base_url": srv.URL}); err == nil {
		t.Error("missing board: want error")
	}
	if _, err := (Adapter{}).Fetch(ctx, sourcetest.Getter{}, source.Params{"board": "gone", "base_url": srv.URL}); err == nil {
		t.Error("404: want error")
	}
	u, _ := ListURL(source.Params{"board": "acme"})
	if u != "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true" {
		t.Errorf("default URL = %q", u)
	}
}

func TestParseJobOfWrongShapeLosesOnlyItself(t *testing.T) {
	body := []byte(`{"jobs": [
		{"id": 11, "title": "Data Engineer", "absolute_url": "https://boards.greenhouse.io/acme/jobs/11", "location": {"name": "Oslo"}},
		{"id": 12, "title": ["not", "a", "string"]},
		{"id": 13, "title": "Analyst", "location": {"name": "Bergen"}}
	]}`)
	drafts, errs := parseOK(t, body)
	if len(drafts) != 2 || drafts[0].ExternalID != "11" || drafts[1].Title != "Analyst" || drafts[1].Locations[0] != "Bergen" {
		t.Fatalf("drafts %+v", drafts)
	}
	if len(errs) != 1 || errs[0].Index != 1 || errs[0].ID != "12" || !strings.HasPrefix(errs[0].Err, "greenhouse: decode job:") {
		t.Fatalf("errors %+v", errs)
	}
}

func TestParseOnePassEqualsJobByJob(t *testing.T) {
	body := sourcetest.Read(t, "testdata/jobs.json")
	var env struct {
		Jobs []json.RawMessage `json:"jobs"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		t.Fatal(err)
	}
	want, wantErrs, _ := parseJobs(env.Jobs)
	got, gotErrs := parseOK(t, body)
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotErrs, wantErrs) {
		t.Fatalf("one pass %+v %+v\njob by job %+v %+v", got, gotErrs, want, wantErrs)
	}
}

// TestParseMetadataValueTypes reads a single job whose custom fields are of every documented value type.
func TestParseMetadataValueTypes(t *testing.T) {
	ds, errs := parseOK(t, sourcetest.Read(t, "testdata/metadata.json"))
	if len(ds) != 1 || len(errs) != 0 {
		t.Fatalf("drafts=%d errs=%v", len(ds), errs)
	}
	d := ds[0]
	want := map[string]string{
		"meta.Salary Range":     "EUR 70000.0 - 90000.0",
		"meta.Signing Bonus":    "EUR 5000.0",
		"meta.Team Size":        "4 - 9",
		"meta.Hiring Manager":   "Jana Novak",
		"meta.Visa Sponsorship": "true",
		"meta.Locations":        "Berlin, Remote (DE)",
		"meta.Start Date":       "2026-06-01",
		"meta.Headcount":        "2",
		"internal_job_id":       "3100300001",
		"requisition_id":        "R-88",
		"language":              "de",
		"office_locations":      "Berlin, Germany",
	}
	for k, v := range want {
		if d.Extra[k] != v {
			t.Errorf("Extra[%q] = %q, want %q", k, d.Extra[k], v)
		}
	}
	for _, k := range []string{"meta.Budget", "meta.Level"} {
		if v, ok := d.Extra[k]; ok {
			t.Errorf("empty field %s kept as %q", k, v)
		}
	}
	// With no pay_input_ranges, the currency range of a field named for pay is the posting's pay; the bonus is not.
	if len(d.Compensation) != 1 {
		t.Fatalf("compensation = %+v, want the salary range only", d.Compensation)
	}
	c := d.Compensation[0]
	if c.Min == nil || *c.Min != 70000 || c.Max == nil || *c.Max != 90000 || c.Currency != "EUR" || c.Raw != "Salary Range" {
		t.Errorf("compensation = %+v", c)
	}
}

// TestParseMetadataPayYieldsToPayRanges keeps a pay-named currency field out of Compensation when the job has pay_input_ranges.
func TestParseMetadataPayYieldsToPayRanges(t *testing.T) {
	body := []byte(`{"id": 5, "title": "Analyst", "metadata": [{"name": "Salary", "value": {"unit": "USD", "amount": "100000"}}],
		"pay_input_ranges": [{"min_cents": 9000000, "max_cents": 11000000, "currency_type": "USD", "title": "US"}]}`)
	ds, _ := parseOK(t, body)
	if len(ds) != 1 || len(ds[0].Compensation) != 1 || ds[0].Compensation[0].Raw != "US" || *ds[0].Compensation[0].Min != 90000 {
		t.Fatalf("compensation = %+v", ds[0].Compensation)
	}
	if ds[0].Extra["meta.Salary"] != "USD 100000" {
		t.Errorf("meta.Salary = %q", ds[0].Extra["meta.Salary"])
	}
	body = []byte(`{"id": 6, "title": "Analyst", "metadata": [{"name": "Base Salary", "value": {"unit": "USD", "amount": "100000"}}]}`)
	ds, _ = parseOK(t, body)
	if c := ds[0].Compensation; len(c) != 1 || *c[0].Min != 100000 || *c[0].Max != 100000 || c[0].Currency != "USD" {
		t.Errorf("single-amount salary = %+v", c)
	}
}
