package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// importFile parses and imports one shared capture.
func importFile(t *testing.T, f *fixture, rel string) (string, store.Run) {
	t.Helper()
	body, err := os.ReadFile(testutil.SharedFile(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	format, res, err := all.ParseFile(filepath.Base(rel), body)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	r, err := f.svc.Import(context.Background(), format, res.Drafts, res.Errors)
	if err != nil {
		t.Fatalf("%s: import: %v", rel, err)
	}
	return format, r
}

func TestImportEveryRealCapture(t *testing.T) {
	// Each capture with its format and the number of postings it lists (counted in the files by hand).
	cases := []struct {
		file, format string
		created      int
	}{
		{"greenhouse/github-2018-jobs-content.json", "greenhouse", 71},
		{"greenhouse/candidatezero-gong-single-job.json", "greenhouse", 1},
		{"greenhouse/aer-jobs-databricks-redacted.json", "greenhouse", 2},
		{"lever/candidatezero-outreach-postings.json", "lever", 4},
		{"ashby/brete-notion-jobboard-full.json", "ashby", 3},
		{"job-apis/remotive-brete-full.json", "remotive", 3},
		{"job-apis/remoteok-brete-full.json", "remoteok", 3},
		{"job-apis/arbeitnow-brete-full.json", "arbeitnow", 3},
		{"job-apis/himalayas-brete-full.json", "himalayas", 3},
		{"job-apis/jobicy-brete-full.json", "jobicy", 3},
		{"job-apis/themuse-jsa-202-jobs-wrapped.json", "themuse", 202},
		{"job-apis/weworkremotely-rjc-all-jobs.rss", "rss", 4},
		{"other-ats/personio-xml-positions.xml", "personio", 11},
		{"other-ats/recruitee-jobagent-aikido-offers.json", "recruitee", 3},
		{"other-ats/smartrecruiters-jobagent-page0.json", "smartrecruiters", 3},
		{"other-ats/teamtailor-careerkit-jobs-jsonfeed.json", "teamtailor", 2},
		{"other-ats/workable-candidatezero-account.json", "workable", 4},
		{"jsonld-html/eightfold-amdocs-job-page-jsonld.html", "jsonld", 1},
	}
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		for _, c := range cases {
			format, r := importFile(t, f, c.file)
			if format != c.format || r.Status != store.RunSucceeded || r.Created+r.Linked != c.created || r.Fetched != c.created {
				t.Errorf("%s: format %s, run %+v; want %s with %d postings", c.file, format, r, c.format, c.created)
			}
		}
		// Importing a file again changes nothing.
		_, r := importFile(t, f, "lever/candidatezero-outreach-postings.json")
		if r.Unchanged != 4 || r.Created != 0 || r.Updated != 0 {
			t.Fatalf("re-import %+v", r)
		}
		src, err := f.svc.FileSource(context.Background(), "lever")
		if err != nil || src.Name != "File import (lever)" || src.Kind != "file" || src.Enabled {
			t.Fatalf("file source %+v %v", src, err)
		}
	})
}

func TestSameJobThroughTwoSourcesIsOnePosting(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		ctx := context.Background()
		f.board.set(200, gitlab(t), "")
		if r := f.run(t); r.Created != 3 {
			t.Fatalf("board run %+v", r)
		}
		// The same capture imported as a file is the same three jobs seen through a second source.
		f.now = f.now.Add(time.Minute)
		_, r := importFile(t, f, "greenhouse/brete-gitlab-jobs-content-full.json")
		if r.Linked != 3 || r.Created != 0 {
			t.Fatalf("import of the same jobs %+v", r)
		}
		open := f.open(t)
		if len(open) != 3 {
			t.Fatalf("%d postings, want 3", len(open))
		}
		p, err := f.st.Posting(ctx, open["AI Engineer"].ID, f.admin.UserID)
		if err != nil || len(p.Links) != 2 || p.Links[0].SourceID != f.src.ID || p.Links[1].SourceKind != "file" {
			t.Fatalf("links %+v %v", p.Links, err)
		}

		// A dismissed posting stays dismissed when it is ingested again, and hides from the default list.
		if err := f.svc.MarkJob(ctx, f.admin.UserID, p.ID, false, true); err != nil {
			t.Fatal(err)
		}
		f.board.set(200, withoutJob(t, gitlab(t), 8503792002), "")
		f.run(t)
		list, _, err := f.st.ListPostings(ctx, store.PostingFilter{UserID: f.admin.UserID})
		if err != nil || len(list) != 2 {
			t.Fatalf("default list %d %v", len(list), err)
		}
		for _, q := range list {
			if q.ID == p.ID {
				t.Fatal("the dismissed posting is listed")
			}
		}
		p, _ = f.st.Posting(ctx, p.ID, f.admin.UserID)
		if p.DismissedAt.IsZero() || !p.ClosedAt.IsZero() {
			t.Fatalf("after re-ingestion: dismissed %v closed %v", p.DismissedAt, p.ClosedAt)
		}
		// The job the board dropped is still listed by the file source, so its posting stays open.
		ae, _ := f.st.Posting(ctx, open["Account Executive - Italy"].ID, "")
		if !ae.ClosedAt.IsZero() || ae.Links[0].ClosedAt.IsZero() || !ae.Links[1].ClosedAt.IsZero() {
			t.Fatalf("posting with one closed link %+v", ae.Links)
		}
	})
}

// Every job of GitHub's Greenhouse capture imported as a file, then fetched from the board, is one posting:
// the board run links all 71 to the postings the import made (19 of which merge two of its jobs), though
// some texts of one page hash more than three bits apart.
func TestGitHubThroughTwoSourcesLinksEveryJob(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		_, r := importFile(t, f, "greenhouse/github-2018-jobs-content.json")
		if r.Created+r.Linked != 71 {
			t.Fatalf("import %+v", r)
		}
		body, err := os.ReadFile(testutil.SharedFile(t, "greenhouse/github-2018-jobs-content.json"))
		if err != nil {
			t.Fatal(err)
		}
		f.board.set(200, body, "")
		if run := f.run(t); run.Created != 0 || run.Linked != 71 {
			t.Fatalf("board run after the import: %+v", run)
		}
	})
}
