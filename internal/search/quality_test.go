package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/source/detect"
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
// role must come first, and the ranks below are what the engine gives. Since
// coverage divides by at least match.MinSkillsAsked skills, the product-manager
// PDF (few skills named) no longer climbs above engineering roles for John Doe, a
// developer, and the two product-manager descriptions trade places for Alfred.
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
		{"resumematcher-alfred_pennyworth_pm.pdf", []string{"product-manager", "product_manager", "full_stack_engineer", "java_developer", "front_end_engineer", "backend-eng", "frontend-eng", "ml-eng"}},
		{"resumematcher-john_doe.pdf", []string{"full_stack_engineer", "java_developer", "frontend-eng", "front_end_engineer", "backend-eng", "ml-eng", "product-manager", "product_manager"}},
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

// boardPostings reads the Greenhouse, Lever and Ashby captures; a posting without an
// employer is named from the board slug in its URL, as ingestion does (jobs.lever.co/outreach/…).
func boardPostings(t *testing.T) []posting.Posting {
	t.Helper()
	var out []posting.Posting
	for _, board := range []string{"greenhouse", "lever", "ashby"} {
		files, err := filepath.Glob(filepath.Join(testutil.SharedFixtures(t), board, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no %s captures (%v)", board, err)
		}
		sort.Strings(files)
		for _, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, res, err := all.ParseFile(filepath.Base(f), body)
			if err != nil {
				continue // not a job list (a questions capture)
			}
			for _, d := range res.Drafts {
				if strings.TrimSpace(d.Company) == "" {
					d.Company = boardCompany(d)
				}
				if p := normalize.Draft(d, qualityNow); p.Title != "" && len(p.DescriptionText) > 200 {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// boardCompany names an employer from the board slug of a posting's URL.
func boardCompany(d posting.Draft) string {
	for _, u := range []string{d.URL, d.ApplyURL} {
		if _, params, err := detect.URL(u); err == nil {
			for _, k := range []string{"board", "company", "account"} {
				if s := params[k]; s != "" {
					return strings.ToUpper(s[:1]) + s[1:]
				}
			}
		}
	}
	return ""
}

// roleKind sorts a title into engineering, sales or marketing, or "" for anything else.
func roleKind(title string) string {
	l := strings.ToLower(title)
	switch {
	case strings.Contains(l, "sales") || strings.Contains(l, "account executive") || strings.Contains(l, "account manager") ||
		strings.Contains(l, "business development") || strings.Contains(l, "marketing"):
		return "sales"
	case strings.Contains(l, "engineer") || strings.Contains(l, "developer"):
		return "engineering"
	}
	return ""
}

// TestQualityDeveloperOnBoards ranks the real Greenhouse, Lever and Ashby postings for
// two developer resumes: in the top ten, engineering postings come before every sales or
// marketing one and make up most of it; each matched skill points at its resume line and
// at the posting's own words; no posting asks for its employer, nor for SAN because it
// names San Francisco.
func TestQualityDeveloperOnBoards(t *testing.T) {
	posts := boardPostings(t)
	var docs []Doc
	kinds := map[string]int{}
	for i, p := range posts {
		docs = append(docs, Doc{ID: fmt.Sprintf("b%03d", i), Posting: p})
		kinds[roleKind(p.Title)]++
	}
	const top = 10
	if kinds["engineering"] < top || kinds["sales"] < 5 {
		t.Fatalf("want at least %d engineering and 5 sales or marketing postings, have %v", top, kinds)
	}
	ix := New()
	ix.SetClock(func() time.Time { return qualityNow })
	ix.Build(docs, 2)
	for _, name := range []string{"resumematcher-bruce_wayne_fullstack.pdf", "jobfinder-jordandoe-resume.pdf"} {
		doc := loadResume(t, name)
		cand := match.NewCandidate(profile.DefaultProfile(), doc)
		res, err := ix.Matches(cand, Query{Limit: top})
		if err != nil {
			t.Fatal(err)
		}
		eng, lastEng, firstSales := 0, -1, top
		for r, h := range res.Hits {
			p := posts[idIndex(h.ID)]
			t.Logf("%s %2d %5.1f %-50.50s %s", name, r+1, h.Score, p.Title, p.Company)
			switch roleKind(p.Title) {
			case "engineering":
				eng, lastEng = eng+1, r
			case "sales":
				firstSales = min(firstSales, r)
			}
			checkEvidence(t, name, doc, cand, &p, ix, h)
		}
		if firstSales < lastEng {
			t.Errorf("%s: a sales or marketing posting ranks %d, above an engineering one at %d", name, firstSales+1, lastEng+1)
		}
		if eng < top*8/10 {
			t.Errorf("%s: %d engineering postings in the top %d, want at least %d", name, eng, top, top*8/10)
		}
	}
	for _, p := range posts {
		f := match.NewFeatures(&p)
		for _, ids := range [][]match.SkillID{f.Required, f.Nice, f.Other} {
			for _, id := range ids {
				s := match.SkillName(id)
				if normalize.CompanyKey(s) == p.CompanyKey {
					t.Errorf("%q at %s asks for its own employer", p.Title, p.Company)
				}
				if s == "SAN" && !strings.Contains(p.DescriptionText, "SAN") {
					t.Errorf("%q: SAN found in %q", p.Title, p.DescriptionText)
				}
			}
		}
	}
}

func idIndex(id string) int {
	var i int
	fmt.Sscanf(id, "b%03d", &i)
	return i
}

// checkEvidence checks that each matched skill of a hit names the posting's words and the resume's line.
func checkEvidence(t *testing.T, name string, doc *resume.Document, cand *match.Candidate, p *posting.Posting, ix *Index, h Hit) {
	t.Helper()
	f, _ := ix.Features(h.ID)
	e := match.Explain(cand, p, &f, h.Result.Parts[match.Text], qualityNow)
	for _, m := range e.Matched {
		if m.Related {
			continue
		}
		if m.End > m.Start && match.CanonicalSkill(p.DescriptionText[m.Start:m.End]) != m.Skill {
			t.Errorf("%s / %q: %s points at %q", name, p.Title, m.Skill, p.DescriptionText[m.Start:m.End])
		}
		ev := m.Evidence
		if ev.LineIndex < 0 || ev.LineIndex >= len(doc.Lines) || strings.TrimSpace(doc.Lines[ev.LineIndex]) != ev.Line {
			t.Errorf("%s / %q: %s has no resume line (%+v)", name, p.Title, m.Skill, ev)
		}
	}
}
