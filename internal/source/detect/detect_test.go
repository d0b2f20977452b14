package detect

import (
	"errors"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
)

func TestURL(t *testing.T) {
	cases := []struct {
		in     string
		kind   string
		params source.Params
	}{
		{"https://boards.greenhouse.io/gitlab", "greenhouse", source.Params{"board": "gitlab"}},
		{"https://job-boards.greenhouse.io/gongio/jobs/4679941006", "greenhouse", source.Params{"board": "gongio"}},
		{"https://boards-api.greenhouse.io/v1/boards/honeycomb/jobs?content=true", "greenhouse", source.Params{"board": "honeycomb"}},
		{"https://boards.greenhouse.io/embed/job_board?for=intercom", "greenhouse", source.Params{"board": "intercom"}},
		{"https://job-boards.eu.greenhouse.io/acme/jobs/1", "greenhouse", source.Params{"board": "acme", "base_url": "https://boards-api.eu.greenhouse.io"}},
		{"boards.greenhouse.io/databricks", "greenhouse", source.Params{"board": "databricks"}},
		{"https://jobs.lever.co/outreach", "lever", source.Params{"company": "outreach"}},
		{"https://jobs.lever.co/jumpcloud/7d6cc0b4-a5f9-4f02-8542-7fc1eb5749e2", "lever", source.Params{"company": "jumpcloud"}},
		{"https://jobs.eu.lever.co/euco/abc", "lever", source.Params{"company": "euco", "base_url": "https://api.eu.lever.co"}},
		{"https://api.lever.co/v0/postings/jumpcloud?mode=json", "lever", source.Params{"company": "jumpcloud"}},
		{"https://jobs.ashbyhq.com/notion", "ashby", source.Params{"board": "notion"}},
		{"https://jobs.ashbyhq.com/wealth-com/c46c1464-d1e3-4fb7-9ace-7f1b9b65774c/application", "ashby", source.Params{"board": "wealth-com"}},
		{"https://api.ashbyhq.com/posting-api/job-board/render?includeCompensation=true", "ashby", source.Params{"board": "render"}},
		{"https://apply.workable.com/vasion/", "workable", source.Params{"account": "vasion"}},
		{"https://apply.workable.com/crewai/j/3862836931/", "workable", source.Params{"account": "crewai"}},
		{"https://apply.workable.com/api/v1/widget/accounts/zaelab?details=true", "workable", source.Params{"account": "zaelab"}},
		{"https://zaelab.workable.com/", "workable", source.Params{"account": "zaelab"}},
		{"https://careers.smartrecruiters.com/HireVue", "smartrecruiters", source.Params{"company": "HireVue"}},
		{"https://jobs.smartrecruiters.com/HireVue/744000138728139-data-science-intern", "smartrecruiters", source.Params{"company": "HireVue"}},
		{"https://api.smartrecruiters.com/v1/companies/AutomationAnywhere1/postings", "smartrecruiters", source.Params{"company": "AutomationAnywhere1"}},
		{"https://aikidosecurity.recruitee.com/o/customer-success-engineer-dubai", "recruitee", source.Params{"company": "aikidosecurity"}},
		{"https://rtc-rath.jobs.personio.de/job/2483204", "personio", source.Params{"company": "rtc-rath", "domain": "jobs.personio.de"}},
		{"https://acme.jobs.personio.com/", "personio", source.Params{"company": "acme", "domain": "jobs.personio.com"}},
		{"https://chalhoubgroup.teamtailor.com/jobs", "teamtailor", source.Params{"company": "chalhoubgroup"}},
		{"https://matroid.breezy.hr/p/764f8a9923e3-deep-learning-engineer", "breezy", source.Params{"company": "matroid"}},
		{"https://www.workingnomads.com/jobs", "workingnomads", source.Params{}},
		{"https://www.comeet.co/careers-api/2.0/company/F6.003/positions?token=6F32&details=true", "comeet", source.Params{"company": "F6.003", "token": "6F32"}},
		{"https://www.comeet.com/jobs/wiliot/F6.003/forward-deployed-engineer/18.767", "jsonld", source.Params{"url": "https://www.comeet.com/jobs/wiliot/F6.003/forward-deployed-engineer/18.767"}},
		{"https://career4.successfactors.com/career?company=colgate&career_ns=job_listing&career_job_req_id=173126", "successfactors",
			source.Params{"url": "https://career4.successfactors.com/career?career_ns=job_listing_summary&company=colgate&resultType=XML"}},
		{"https://remoteok.com/remote-dev-jobs", "remoteok", source.Params{}},
		{"https://remotive.com/remote-jobs/software-dev", "remotive", source.Params{}},
		{"https://www.arbeitnow.com/", "arbeitnow", source.Params{}},
		{"https://jobicy.com/jobs", "jobicy", source.Params{}},
		{"https://himalayas.app/jobs", "himalayas", source.Params{}},
		{"https://www.themuse.com/search", "themuse", source.Params{}},
		{"https://news.ycombinator.com/item?id=40563283", "hn", source.Params{"item": "40563283"}},
		{"https://weworkremotely.com/categories/remote-programming-jobs", "rss", source.Params{"url": "https://weworkremotely.com/categories/remote-programming-jobs.rss", "company_in_title": "true"}},
		{"https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss", "rss", source.Params{"url": "https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss", "company_in_title": "true"}},
		{"https://weworkremotely.com/", "rss", source.Params{"url": "https://weworkremotely.com/remote-jobs.rss", "company_in_title": "true"}},
		{"https://example.org/jobs.rss", "rss", source.Params{"url": "https://example.org/jobs.rss"}},
		{"https://example.org/careers/feed.xml", "rss", source.Params{"url": "https://example.org/careers/feed.xml"}},
		{"https://blog.example.org/careers/feed/", "rss", source.Params{"url": "https://blog.example.org/careers/feed/"}},
		{"https://careers.example.com/jobs/senior-engineer-123", "jsonld", source.Params{"url": "https://careers.example.com/jobs/senior-engineer-123"}},
		{"http://amdocs.eightfold.ai/careers/job/563", "jsonld", source.Params{"url": "http://amdocs.eightfold.ai/careers/job/563"}},
		{"  https://jobs.lever.co/outreach  ", "lever", source.Params{"company": "outreach"}},
		{"https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site", "workday",
			source.Params{"tenant": "salesforce", "wd": "wd12", "site": "External_Career_Site", "locale": "en-US"}},
		{"https://salesforce.wd12.myworkdayjobs.com/External_Career_Site/job/Illinois---Chicago/Customer-Success-Manager_JR332446", "workday",
			source.Params{"tenant": "salesforce", "wd": "wd12", "site": "External_Career_Site"}},
		{"https://nvidia.wd5.myworkdayjobs.com/fr-FR/NVIDIAExternalCareerSite/details/Engineer_JR1?q=go", "workday",
			source.Params{"tenant": "nvidia", "wd": "wd5", "site": "NVIDIAExternalCareerSite", "locale": "fr-FR"}},
		{"https://salesforce.wd12.myworkdayjobs.com/wday/cxs/salesforce/External_Career_Site/jobs", "workday",
			source.Params{"tenant": "salesforce", "wd": "wd12", "site": "External_Career_Site"}},
		{"https://wd5.myworkdaysite.com/recruiting/acme/External", "workday",
			source.Params{"tenant": "acme", "wd": "wd5", "site": "External", "domain": "myworkdaysite.com"}},
		{"https://wd3.myworkdaysite.com/en-US/recruiting/AcmeCorp/Careers/job/Berlin/Engineer_R-17", "workday",
			source.Params{"tenant": "AcmeCorp", "wd": "wd3", "site": "Careers", "locale": "en-US", "domain": "myworkdaysite.com"}},
		{"https://wd5.myworkdaysite.com/wday/cxs/acme/External/jobs", "workday",
			source.Params{"tenant": "acme", "wd": "wd5", "site": "External", "domain": "myworkdaysite.com"}},
	}
	for _, tc := range cases {
		kind, params, err := URL(tc.in)
		if err != nil {
			t.Errorf("URL(%q) error: %v", tc.in, err)
			continue
		}
		if kind != tc.kind || !reflect.DeepEqual(params, tc.params) {
			t.Errorf("URL(%q) = %q %v, want %q %v", tc.in, kind, params, tc.kind, tc.params)
		}
	}
}

func TestURLErrors(t *testing.T) {
	cases := []struct {
		in   string
		want error
	}{
		{"", ErrNotURL},
		{"   ", ErrNotURL},
		{"not a URL", ErrNotURL},
		{"ftp://example.org/jobs.xml", ErrNotURL},
		{"mailto:jobs@example.org", ErrNotURL},
		{"localhost", ErrNotURL},
		{"https://", ErrNotURL},
		{"https://boards.greenhouse.io/", ErrNoBoard},
		{"https://jobs.lever.co", ErrNoBoard},
		{"https://jobs.ashbyhq.com/", ErrNoBoard},
		{"https://apply.workable.com/j/3862836931", ErrNoBoard},
		{"https://careers.smartrecruiters.com/", ErrNoBoard},
		{"https://www.recruitee.com.evil/", nil},
		{"https://app.teamtailor.com/", ErrNoBoard},
		{"https://news.ycombinator.com/news", ErrNoBoard},
		{"https://news.ycombinator.com/item?id=abc", ErrNoBoard},
		{"https://api.lever.co/v1/other", ErrNoBoard},
		{"https://app.breezy.hr/signin", ErrNoBoard},
		{"https://www.comeet.co/careers-api/2.0/company/F6.003/positions", ErrNoBoard},
		{"https://career4.successfactors.com/career", ErrNoBoard},
		{"https://salesforce.wd12.myworkdayjobs.com/", ErrNoBoard},
		{"https://salesforce.wd12.myworkdayjobs.com/en-US", ErrNoBoard},
		{"https://salesforce.myworkdayjobs.com/External", ErrNoBoard},
		{"https://salesforce.wd12.myworkdayjobs.com/wday/cxs/", ErrNoBoard},
		{"https://myworkdayjobs.com.evil/External", nil},
		{"https://wd5.myworkdaysite.com/", ErrNoBoard},
		{"https://wd5.myworkdaysite.com/en-US/recruiting/acme", ErrNoBoard},
		{"https://www.myworkdaysite.com/recruiting/acme/External", nil}, // no data centre: any page
		{"https://wd5.myworkdaysite.com/careers/acme/External", ErrNoBoard},
	}
	for _, tc := range cases {
		kind, _, err := URL(tc.in)
		if tc.want == nil {
			if err != nil || kind != "jsonld" {
				t.Errorf("URL(%q) = %q %v, want jsonld", tc.in, kind, err)
			}
			continue
		}
		if !errors.Is(err, tc.want) {
			t.Errorf("URL(%q) = %q %v, want %v", tc.in, kind, err, tc.want)
		}
	}
}
