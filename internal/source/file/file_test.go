package file

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestParseCSV(t *testing.T) {
	f, err := os.Open("testdata/postings.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ParseCSV(f)
	if err != nil {
		t.Fatalf("ParseCSV: %v", err)
	}
	if len(res.Drafts) != 4 {
		t.Fatalf("got %d drafts, want 4", len(res.Drafts))
	}
	if len(res.Errors) != 2 || res.Errors[0].Index != 4 || res.Errors[0].ID != "NC-9" || res.Errors[1].Index != 6 || !strings.Contains(res.Errors[1].Err, "2 fields") {
		t.Fatalf("errors = %+v", res.Errors)
	}
	if len(res.Warnings) != 1 || res.Warnings[0] != "unknown columns ignored: notes" {
		t.Errorf("warnings = %q", res.Warnings)
	}
	d := res.Drafts[0]
	if d.ExternalID != "LL-1" || d.Title != "Senior Go Engineer" || d.Company != "Lumen Labs" || strings.Join(d.Locations, "|") != "Berlin, Germany|Remote" {
		t.Errorf("row 2 = %q %q %q %q", d.ExternalID, d.Title, d.Company, d.Locations)
	}
	if d.Remote == nil || !*d.Remote || d.EmploymentType != "Full-time" || d.DescriptionHTML != "<p>Build <b>pipelines</b>.</p>" || d.Department != "Platform" {
		t.Errorf("row 2 remote %v type %q html %q dept %q", d.Remote, d.EmploymentType, d.DescriptionHTML, d.Department)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 120000 || *c[0].Max != 150000 || c[0].Currency != "EUR" || d.SalaryText != "120000-150000" {
		t.Errorf("row 2 compensation = %+v", c)
	}
	if strings.Join(d.Tags, "|") != "go|postgres|kafka" || d.PostedRaw != "2026-09-20" || d.ApplyURL != "https://lumen.example/jobs/1/apply" {
		t.Errorf("row 2 tags %q posted %q apply %q", d.Tags, d.PostedRaw, d.ApplyURL)
	}
	q := res.Drafts[1]
	if q.WorkplaceType != "hybrid" || q.Remote != nil || q.DescriptionText != "Plain text description" || q.SalaryText != "£400/day" {
		t.Errorf("row 3 = %q %v %q %q", q.WorkplaceType, q.Remote, q.DescriptionText, q.SalaryText)
	}
	if c := q.Compensation; len(c) != 1 || c[0].Min != nil || c[0].Currency != "GBP" || c[0].Raw != "£400/day" {
		t.Errorf("row 3 compensation = %+v", c)
	}
	if o := res.Drafts[2]; o.Remote == nil || *o.Remote || o.Compensation != nil {
		t.Errorf("row 5 remote %v compensation %+v", o.Remote, o.Compensation)
	}
	if s := res.Drafts[3]; s.Title != "Support Agent, EMEA" || strings.Join(s.Tags, "|") != "support|zendesk" || s.SalaryText != "€35,000" {
		t.Errorf("row 7 = %q %q %q", s.Title, s.Tags, s.SalaryText)
	}
}

func TestParseCSVHeaderErrors(t *testing.T) {
	for _, in := range []string{"", "company,location\nAcme,Berlin\n"} {
		if _, err := ParseCSV(strings.NewReader(in)); err == nil {
			t.Errorf("ParseCSV(%q): want error", in)
		}
	}
	res, err := ParseCSV(strings.NewReader("title,TITLE\nA,B\n"))
	if err != nil || len(res.Drafts) != 1 || res.Drafts[0].Title != "A" || len(res.Warnings) != 1 {
		t.Errorf("duplicate column: %v %+v", err, res)
	}
}

func TestParseJSON(t *testing.T) {
	res, err := ParseJSON(sourcetest.Read(t, "testdata/postings.json"))
	if err != nil {
		t.Fatalf("ParseJSON: %v", err)
	}
	if len(res.Drafts) != 2 || len(res.Errors) != 3 {
		t.Fatalf("drafts %d errors %+v", len(res.Drafts), res.Errors)
	}
	if res.Errors[0].Index != 1 || res.Errors[0].ID != "502" || res.Errors[1].Index != 2 || res.Errors[2].Index != 3 || !strings.Contains(res.Errors[2].Err, "remote") {
		t.Errorf("errors = %+v", res.Errors)
	}
	if len(res.Warnings) != 1 || res.Warnings[0] != "unknown fields ignored: source_notes" {
		t.Errorf("warnings = %q", res.Warnings)
	}
	d := res.Drafts[0]
	if d.ExternalID != "501" || d.Title != "Platform Engineer" || strings.Join(d.Locations, "|") != "Toronto, ON|Remote (Canada)" || d.Remote == nil || !*d.Remote {
		t.Errorf("object 0 = %q %q %q %v", d.ExternalID, d.Title, d.Locations, d.Remote)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 150000 || *c[0].Max != 150000 || c[0].Currency != "CAD" || strings.Join(d.Tags, "|") != "kubernetes|terraform" {
		t.Errorf("object 0 compensation %+v tags %q", c, d.Tags)
	}
	if u := res.Drafts[1]; u.Title != "UX Researcher" || u.Locations[0] != "Montréal, QC" || u.WorkplaceType != "onsite" {
		t.Errorf("object 4 (capitalised keys) = %q %q %q", u.Title, u.Locations, u.WorkplaceType)
	}
	one, err := ParseJSON([]byte(`{"title":"Solo","company":"One"}`))
	if err != nil || len(one.Drafts) != 1 || one.Drafts[0].Company != "One" {
		t.Errorf("single object: %v %+v", err, one)
	}
	if _, err := ParseJSON([]byte(`"text"`)); err == nil {
		t.Error("a JSON string: want error")
	}
}

func TestDetectOwnTestdata(t *testing.T) {
	cases := map[string]string{
		"testdata/postings.csv":                    KindCSV,
		"testdata/postings.json":                   KindJSON,
		"../remoteok/testdata/api.json":            "remoteok",
		"../remotive/testdata/remote-jobs.json":    "remotive",
		"../arbeitnow/testdata/page1.json":         "arbeitnow",
		"../jobicy/testdata/remote-jobs.json":      "jobicy",
		"../himalayas/testdata/page1.json":         "himalayas",
		"../themuse/testdata/page0.json":           "themuse",
		"../rss/testdata/wwr.rss":                  "rss",
		"../rss/testdata/jobs.atom":                "rss",
		"../jsonld/testdata/careers.html":          "jsonld",
		"../hn/testdata/item.json":                 "hn",
		"../lever/testdata/single.json":            "lever",
		"../lever/testdata/grouped.json":           "lever",
		"../workable/testdata/v3-jobs.json":        "workable",
		"../workable/testdata/v2-job.json":         "workable",
		"../recruitee/testdata/offer.json":         "recruitee",
		"../teamtailor/testdata/api-page.json":     "teamtailor",
		"../teamtailor/testdata/api-included.json": "teamtailor",
	}
	for p, want := range cases {
		if got := Detect(filepath.Base(p), sourcetest.Read(t, p)); got != want {
			t.Errorf("Detect(%s) = %q, want %q", p, got, want)
		}
	}
	if got := Detect("notes.txt", []byte("hello")); got != "" {
		t.Errorf("Detect(plain text) = %q", got)
	}
	if got := Detect("export", []byte("Title,Company\nA,B\n")); got != KindCSV {
		t.Errorf("Detect(CSV without extension) = %q", got)
	}
}

func TestDetectSharedCaptures(t *testing.T) {
	cases := map[string]string{
		"greenhouse/aer-jobs-databricks-redacted.json":                   "greenhouse",
		"greenhouse/brete-gitlab-jobs-content-full.json":                 "greenhouse",
		"greenhouse/candidatezero-gong-single-job.json":                  "greenhouse",
		"greenhouse/candidatezero-list.json":                             "greenhouse",
		"greenhouse/github-2018-jobs-content.json":                       "greenhouse",
		"greenhouse/intercom-2021-offices-with-jobs.json":                "greenhouse",
		"greenhouse/jobagent-honeycomb-jobs-content-trimmed.json":        "greenhouse",
		"greenhouse/legacy2013-generalassembly-embed-job-questions.json": "greenhouse",
		"greenhouse/legacy2013-generalassembly-embed-jobs-content.json":  "greenhouse",
		"greenhouse/docs-examples-list-jobs.json":                        "greenhouse",
		"lever/candidatezero-outreach-postings.json":                     "lever",
		"lever/careerkit-idealist-postings-trimmed.json":                 "lever",
		"lever/jobagent-jumpcloud-postings-trimmed.json":                 "lever",
		"ashby/brete-notion-jobboard-full.json":                          "ashby",
		"ashby/candidatezero-wealthcom-jobboard.json":                    "ashby",
		"ashby/careerkit-highlightta-jobboard-trimmed.json":              "ashby",
		"ashby/jobagent-render-jobboard-trimmed.json":                    "ashby",
		"other-ats/breezy-jht-matroid-positions.json":                    "breezy",
		"other-ats/comeet-jobagent.json":                                 "comeet",
		"other-ats/personio-careerkit.xml":                               "personio",
		"other-ats/personio-xml-positions.xml":                           "personio",
		"other-ats/recruitee-careerkit-offers.json":                      "recruitee",
		"other-ats/smartrecruiters-candidatezero-postings.json":          "smartrecruiters",
		"other-ats/smartrecruiters-jobagent-page0.json":                  "smartrecruiters",
		"other-ats/successfactors-jht-colgate-jobs.xml":                  "successfactors",
		"other-ats/teamtailor-careerkit-jobs-jsonfeed.json":              "teamtailor",
		"other-ats/workable-candidatezero-account.json":                  "workable",
		"other-ats/workable-jobagent-vasion-widget.json":                 "workable",
		"other-ats/workday-careerkit-salesforce-cxs.json":                "workday",
		"job-apis/remoteok-brete-full.json":                              "remoteok",
		"job-apis/remoteok-jobagent.json":                                "remoteok",
		"job-apis/remotive-brete-full.json":                              "remotive",
		"job-apis/arbeitnow-brete-full.json":                             "arbeitnow",
		"job-apis/jobicy-brete-full.json":                                "jobicy",
		"job-apis/himalayas-brete-full.json":                             "himalayas",
		"job-apis/themuse-jsa-202-jobs-wrapped.json":                     "themuse",
		"job-apis/weworkremotely-jobagent-sales-marketing.rss":           "rss",
		"job-apis/weworkremotely-rjc-all-jobs.rss":                       "rss",
		"job-apis/hn-algolia-whoishiring-july2026-rjc.json":              "hn",
		"job-apis/workingnomads-rjc.json":                                "workingnomads",
		"jsonld-html/eightfold-amdocs-job-page-jsonld.html":              "jsonld",
		"jsonld-html/schemaorg-jobposting-examples.txt":                  "jsonld",
		"other-ats/smartrecruiters-candidatezero-detail.json":            "smartrecruiters",
		"other-ats/smartrecruiters-jobagent-detail.json":                 "smartrecruiters",
		"other-ats/smartrecruiters-careerkit-postings.json":              "smartrecruiters",
		"other-ats/smartrecruiters-jobagent-page1.json":                  "smartrecruiters",
		"other-ats/personio-jht-rtc-rath-positions.xml":                  "personio",
		"other-ats/recruitee-jobagent-aikido-offers.json":                "recruitee",
		"other-ats/teamtailor-jht-chalhoub-page1.json":                   "teamtailor",
		"other-ats/teamtailor-jht-chalhoub-page2.json":                   "teamtailor",
		"other-ats/workable-careerkit-zaelab-widget.json":                "workable",
		"resumes/jsonresume-sample.job.json":                             "jsonresume",
		"matching/ms-careers-sample-jobs.json":                           KindJSON,
		// Documents that describe postings but hold none.
		"resumes/jsonresume-job-schema.json":    "",
		"resumes/jsonresume-schema.json":        "",
		"resumes/jsonresume-sample.resume.json": "",
		"greenhouse/docs-job-board-jobs.md":     "",
		"PROVENANCE.md":                         "",
	}
	for rel, want := range cases {
		p := testutil.SharedFile(t, rel)
		if got := Detect(filepath.Base(p), sourcetest.Read(t, p)); got != want {
			t.Errorf("Detect(%s) = %q, want %q", rel, got, want)
		}
	}
}

func TestIDAlias(t *testing.T) {
	res, err := ParseJSON([]byte(`[{"id": "385161", "title": "Principal Data Scientist"}, {"id": "1", "external_id": "X-1", "title": "Both"}]`))
	if err != nil || len(res.Drafts) != 2 || res.Drafts[0].ExternalID != "385161" {
		t.Fatalf("json id = %+v %v", res, err)
	}
	if res.Drafts[1].ExternalID != "X-1" || len(res.Warnings) != 1 || res.Warnings[0] != "unknown fields ignored: id" {
		t.Errorf("id beside external_id = %q %q", res.Drafts[1].ExternalID, res.Warnings)
	}
	csv, err := ParseCSV(strings.NewReader("ID,Title\n77,Welder\n"))
	if err != nil || len(csv.Drafts) != 1 || csv.Drafts[0].ExternalID != "77" || len(csv.Warnings) != 0 {
		t.Errorf("csv id = %+v %v", csv, err)
	}
}
