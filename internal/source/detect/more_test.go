package detect

import (
	"errors"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
)

// TestURLBoardVariants covers more of the URL forms each ATS's career pages and APIs are pasted as.
func TestURLBoardVariants(t *testing.T) {
	eu := "https://boards-api.eu.greenhouse.io"
	cases := []struct {
		in     string
		kind   string
		params source.Params
	}{
		{"https://boards.greenhouse.io/acme/jobs/123", "greenhouse", source.Params{"board": "acme"}},
		{"https://job-boards.greenhouse.io/acme", "greenhouse", source.Params{"board": "acme"}},
		{"https://job-boards.eu.greenhouse.io/acme", "greenhouse", source.Params{"board": "acme", "base_url": eu}},
		{"https://boards.eu.greenhouse.io/embed/job_board?for=acme", "greenhouse", source.Params{"board": "acme", "base_url": eu}},
		{"https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4100200001", "greenhouse", source.Params{"board": "acme"}},
		{"https://api.greenhouse.io/v1/boards/acme/embed/jobs", "greenhouse", source.Params{"board": "acme"}},
		{"https://jobs.lever.co/acme/0d6f1c8e-1111-4aaa-9bbb-000000000001", "lever", source.Params{"company": "acme"}},
		{"https://jobs.lever.co/acme/0d6f1c8e-1111-4aaa-9bbb-000000000001/apply", "lever", source.Params{"company": "acme"}},
		{"https://jobs.eu.lever.co/acme", "lever", source.Params{"company": "acme", "base_url": "https://api.eu.lever.co"}},
		{"https://jobs.ashbyhq.com/acme/3c9d1e20-5555-4e2f-9a1b-000000000001", "ashby", source.Params{"board": "acme"}},
		{"https://apply.workable.com/acme/j/ABC123/", "workable", source.Params{"account": "acme"}},
		{"https://acme.workable.com", "workable", source.Params{"account": "acme"}},
		{"https://www.workable.com/api/accounts/acme?details=true", "workable", source.Params{"account": "acme"}},
		{"https://apply.workable.com/api/v3/accounts/acme/jobs", "workable", source.Params{"account": "acme"}},
		{"https://jobs.smartrecruiters.com/Acme/744000111111111-role", "smartrecruiters", source.Params{"company": "Acme"}},
		{"https://careers.smartrecruiters.com/Acme", "smartrecruiters", source.Params{"company": "Acme"}},
		{"https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/0d6f1c8e-1111-4aaa-9bbb-000000000001", "smartrecruiters",
			source.Params{"company": "Acme"}},
		{"https://acme.recruitee.com/o/role", "recruitee", source.Params{"company": "acme"}},
		{"https://acme.jobs.personio.de/job/123", "personio", source.Params{"company": "acme", "domain": "jobs.personio.de"}},
		{"https://acme.jobs.personio.de/job/123?language=de&display=en", "personio", source.Params{"company": "acme", "domain": "jobs.personio.de", "language": "de"}},
		{"https://acme.jobs.personio.com", "personio", source.Params{"company": "acme", "domain": "jobs.personio.com"}},
		{"https://acme.teamtailor.com/jobs/123-role", "teamtailor", source.Params{"company": "acme"}},
		{"https://acme.na.teamtailor.com/jobs/123-role", "teamtailor", source.Params{"company": "acme", "base_url": "https://acme.na.teamtailor.com"}},
		{"https://careers.acme.com", "jsonld", source.Params{"url": "https://careers.acme.com"}},
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
	for _, in := range []string{
		"https://jobs.workable.com/view/abc123/backend-engineer-in-athens-at-acme", // Workable's own job search, no account
		"https://jobs.smartrecruiters.com/oneclick-ui/company/",
		"https://x.y.teamtailor.com/jobs",
		"https://api.greenhouse.io/v1/other",
	} {
		if _, _, err := URL(in); !errors.Is(err, ErrNoBoard) {
			t.Errorf("URL(%q) err = %v, want ErrNoBoard", in, err)
		}
	}
}
