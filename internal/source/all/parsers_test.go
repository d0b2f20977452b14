package all

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/file"
	"github.com/career-copilot/copilot/internal/testutil"
)

// TestParseFileEveryCapture reads every posting capture in the shared fixtures as `copilot import`
// does; the counts are the postings each file lists, counted in the files by hand (an offices
// list names a job once per office, and Comeet a position once per location).
func TestParseFileEveryCapture(t *testing.T) {
	cases := []struct {
		file, format string
		drafts, errs int
	}{
		{"ashby/brete-notion-jobboard-full.json", "ashby", 3, 0},
		{"ashby/candidatezero-wealthcom-jobboard.json", "ashby", 4, 0},
		{"ashby/careerkit-highlightta-jobboard-trimmed.json", "ashby", 2, 0},
		{"ashby/jobagent-render-jobboard-trimmed.json", "ashby", 2, 0},
		{"greenhouse/aer-jobs-databricks-redacted.json", "greenhouse", 2, 0},
		{"greenhouse/brete-gitlab-jobs-content-full.json", "greenhouse", 3, 0},
		{"greenhouse/candidatezero-gong-single-job.json", "greenhouse", 1, 0},
		{"greenhouse/candidatezero-list.json", "greenhouse", 3, 0},
		{"greenhouse/docs-examples-list-jobs.json", "greenhouse", 1, 0},
		{"greenhouse/github-2018-jobs-content.json", "greenhouse", 71, 0},
		{"greenhouse/intercom-2021-offices-with-jobs.json", "greenhouse", 90, 0},
		{"greenhouse/jobagent-honeycomb-jobs-content-trimmed.json", "greenhouse", 2, 0},
		{"greenhouse/legacy2013-generalassembly-embed-job-questions.json", "greenhouse", 1, 0},
		{"greenhouse/legacy2013-generalassembly-embed-jobs-content.json", "greenhouse", 2, 0},
		{"lever/candidatezero-outreach-postings.json", "lever", 4, 0},
		{"lever/careerkit-idealist-postings-trimmed.json", "lever", 2, 0},
		{"lever/jobagent-jumpcloud-postings-trimmed.json", "lever", 2, 0},
		{"other-ats/breezy-jht-matroid-positions.json", "breezy", 10, 0},
		{"other-ats/comeet-jobagent.json", "comeet", 1, 0},
		{"other-ats/personio-careerkit.xml", "personio", 1, 0},
		{"other-ats/personio-jht-rtc-rath-positions.xml", "personio", 4, 0},
		{"other-ats/personio-xml-positions.xml", "personio", 11, 0},
		{"other-ats/recruitee-careerkit-offers.json", "recruitee", 2, 0},
		{"other-ats/recruitee-jobagent-aikido-offers.json", "recruitee", 3, 0},
		{"other-ats/smartrecruiters-candidatezero-detail.json", "smartrecruiters", 1, 0},
		{"other-ats/smartrecruiters-candidatezero-postings.json", "smartrecruiters", 3, 0},
		{"other-ats/smartrecruiters-careerkit-postings.json", "smartrecruiters", 1, 0},
		// Only the job ad of a detail was saved: no id or name to store it under.
		{"other-ats/smartrecruiters-jobagent-detail.json", "smartrecruiters", 0, 1},
		{"other-ats/smartrecruiters-jobagent-page0.json", "smartrecruiters", 3, 0},
		{"other-ats/smartrecruiters-jobagent-page1.json", "smartrecruiters", 1, 0},
		{"other-ats/successfactors-jht-colgate-jobs.xml", "successfactors", 2, 0},
		{"other-ats/teamtailor-careerkit-jobs-jsonfeed.json", "teamtailor", 2, 0},
		{"other-ats/teamtailor-jht-chalhoub-page1.json", "teamtailor", 1, 0},
		{"other-ats/teamtailor-jht-chalhoub-page2.json", "teamtailor", 1, 0},
		{"other-ats/workable-candidatezero-account.json", "workable", 4, 0},
		{"other-ats/workable-careerkit-zaelab-widget.json", "workable", 1, 0},
		{"other-ats/workable-jobagent-vasion-widget.json", "workable", 2, 0},
		{"other-ats/workday-careerkit-salesforce-cxs.json", "workday", 2, 0},
		{"job-apis/arbeitnow-brete-full.json", "arbeitnow", 3, 0},
		{"job-apis/himalayas-brete-full.json", "himalayas", 3, 0},
		{"job-apis/hn-algolia-whoishiring-july2026-rjc.json", "hn", 6, 0},
		{"job-apis/jobicy-brete-full.json", "jobicy", 3, 0},
		{"job-apis/remoteok-brete-full.json", "remoteok", 3, 0},
		{"job-apis/remoteok-jobagent.json", "remoteok", 2, 0},
		{"job-apis/remotive-brete-full.json", "remotive", 3, 0},
		{"job-apis/themuse-jsa-202-jobs-wrapped.json", "themuse", 202, 0},
		{"job-apis/weworkremotely-jobagent-sales-marketing.rss", "rss", 3, 0},
		{"job-apis/weworkremotely-rjc-all-jobs.rss", "rss", 4, 0},
		{"job-apis/workingnomads-rjc.json", "workingnomads", 4, 0},
		{"jsonld-html/eightfold-amdocs-job-page-jsonld.html", "jsonld", 1, 0},
		{"jsonld-html/schemaorg-jobposting-examples.txt", "jsonld", 12, 0},
		{"resumes/jsonresume-sample.job.json", "jsonresume", 1, 0},
		{"matching/ms-careers-sample-jobs.json", file.KindJSON, 182, 0},
	}
	for _, c := range cases {
		body, err := os.ReadFile(testutil.SharedFile(t, c.file))
		if err != nil {
			t.Fatal(err)
		}
		format, res, err := ParseFile(filepath.Base(c.file), body)
		if err != nil || format != c.format || len(res.Drafts) != c.drafts || len(res.Errors) != c.errs {
			t.Errorf("%s: %q %d drafts %d errors %v; want %q %d and %d", c.file, format, len(res.Drafts), len(res.Errors), err, c.format, c.drafts, c.errs)
			continue
		}
		ids := map[string]bool{}
		untitled := 0
		for _, d := range res.Drafts {
			if strings.TrimSpace(d.Title) == "" {
				untitled++
			}
			if d.ExternalID != "" && ids[d.ExternalID] {
				t.Errorf("%s: id %q listed twice", c.file, d.ExternalID)
			}
			ids[d.ExternalID] = true
		}
		if untitled != 0 {
			t.Errorf("%s: %d drafts without a title, want 0", c.file, untitled)
		}
		// The HN comment that names its company on the first line and its roles on the next.
		for _, d := range res.Drafts {
			if c.format == "hn" && d.ExternalID == "48804695" && (d.Company != "This Dot Labs" || d.Title != "Engineering Leads / Senior Engineers") {
				t.Errorf("%s: 48804695 = %q %q, want This Dot Labs, Engineering Leads / Senior Engineers", c.file, d.Company, d.Title)
			}
		}
	}
}

func TestParseFileErrors(t *testing.T) {
	body, err := os.ReadFile(testutil.SharedFile(t, "other-ats/breezy-jht-matroid-positions.json"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = ParseFile("breezy.json", body[:5000])
	if !errors.Is(err, file.ErrNotJSON) || err.Error() != `"breezy.json" is not valid JSON: it stops in the middle of a value at byte 5000 (the file looks cut short)` {
		t.Errorf("truncated file: %v", err)
	}
	for name, b := range map[string]string{
		"codes.json": `{"CodeList": []}`, "resume.pdf": "%PDF-1.4", "bad.json": `{"offers": [}`, "offers.json": `{"offers": 3}`,
	} {
		_, _, err := ParseFile(name, []byte(b))
		if err == nil || strings.Contains(err.Error(), "all:") || !strings.HasPrefix(err.Error(), `"`+name+`"`) && !strings.Contains(err.Error(), `"`+name+`"`) {
			t.Errorf("ParseFile(%s) = %v, want an error naming the file without a package prefix", name, err)
		}
	}
}

// TestEveryKindIsRegisteredOrFileOnly checks that each kind a file can be read as either has a live
// adapter or is one of the file-only kinds, and that each live adapter's files can be imported.
func TestEveryKindIsRegisteredOrFileOnly(t *testing.T) {
	fileOnly := map[string]bool{"jsonresume": true}
	for kind := range parsers {
		_, ok := source.Lookup(kind)
		if !ok && !fileOnly[kind] {
			t.Errorf("%s has a file parser but no adapter", kind)
		}
		if ok && fileOnly[kind] {
			t.Errorf("%s is listed as file-only but has an adapter", kind)
		}
	}
	for _, kind := range source.Kinds() {
		if _, ok := Parser(kind); !ok {
			t.Errorf("%s has an adapter but its files cannot be imported", kind)
		}
	}
}
