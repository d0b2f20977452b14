package search

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/testutil"
)

var (
	pdfTitle = regexp.MustCompile(`Job Description: ([^(\n]+)`)
	txtTitle = regexp.MustCompile(`(?:looking for|seeking|hiring) an? ([A-Z][A-Za-z ]+?) to `)
)

var qualityNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// realJDs reads the Resume-Matcher job descriptions: titles come from the text
// itself ("Job Description: Java Developer (3 Years…)", "We are seeking a Product Manager to join").
func realJDs(t *testing.T) []Doc {
	t.Helper()
	dir := filepath.Join(testutil.SharedFixtures(t), "matching")
	files, err := filepath.Glob(filepath.Join(dir, "resumematcher-jd-*"))
	if err != nil || len(files) != 8 {
		t.Fatalf("want 8 Resume-Matcher JDs, got %d (%v)", len(files), err)
	}
	var docs []Doc
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, re := string(body), txtTitle
		if strings.HasSuffix(f, ".pdf") {
			d, err := resume.Extract(context.Background(), body, f, resume.WithNow(qualityNow))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			text, re = d.Text, pdfTitle
		}
		m := re.FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("%s: no title in the text", f)
		}
		p := normalize.Draft(posting.Draft{Title: strings.TrimSpace(m[1]), DescriptionText: text}, qualityNow)
		docs = append(docs, Doc{ID: jdName(f), Posting: p})
	}
	return docs
}

func jdName(f string) string {
	return strings.TrimPrefix(strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)), "resumematcher-jd-")
}

func loadResume(t *testing.T, name string) *resume.Document {
	t.Helper()
	path := testutil.SharedFile(t, "resumes/"+name)
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := resume.Extract(context.Background(), body, path, resume.WithNow(qualityNow))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &d
}

// TestQualityResumeMatcher ranks the eight real job descriptions for each
// Resume-Matcher resume with only the resume (an empty profile): a resume's own
// role must come first, and the ranks below are what the engine gives.
func TestQualityResumeMatcher(t *testing.T) {
	ix := New()
	ix.SetClock(func() time.Time { return qualityNow })
	ix.Build(realJDs(t), 2)
	cases := []struct {
		resume string
		want   []string // the full ranking, best first
	}{
		{"resumematcher-bruce_wayne_fullstack.pdf", []string{"full_stack_engineer", "frontend-eng", "front_end_engineer", "backend-eng", "ml-eng", "java_developer", "product-manager", "product_manager"}},
		{"resumematcher-barry_allen_fe.pdf", []string{"front_end_engineer", "frontend-eng", "full_stack_engineer", "backend-eng", "java_developer", "ml-eng", "product-manager", "product_manager"}},
		{"resumematcher-alfred_pennyworth_pm.pdf", []string{"product_manager", "product-manager", "full_stack_engineer", "java_developer", "front_end_engineer", "backend-eng", "frontend-eng", "ml-eng"}},
		{"resumematcher-john_doe.pdf", []string{"full_stack_engineer", "java_developer", "frontend-eng", "front_end_engineer", "backend-eng", "product_manager", "ml-eng", "product-manager"}},
		{"resumematcher-master-janedoe.json", []string{"backend-eng", "full_stack_engineer", "java_developer", "ml-eng", "frontend-eng", "front_end_engineer", "product-manager", "product_manager"}},
	}
	for _, c := range cases {
		cand := match.NewCandidate(profile.DefaultProfile(), loadResume(t, c.resume))
		res, err := ix.Matches(cand, Query{Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
			t.Logf("%s %-22s %.1f %v", c.resume, h.ID, h.Score, h.Result.Parts)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s ranks %v, want %v", c.resume, got, c.want)
		}
	}
}
