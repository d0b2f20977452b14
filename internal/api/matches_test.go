package api_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

var jdTitle = regexp.MustCompile(`(?:looking for|seeking|hiring) an? ([A-Z][A-Za-z ]+?) to `)

// importJDs imports the four real Resume-Matcher text job descriptions (titles read from their first sentence).
func importJDs(t *testing.T, h *harness) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(testutil.SharedFixtures(t), "matching", "resumematcher-jd-*.txt"))
	if len(files) != 4 {
		t.Fatalf("want 4 text JDs, got %d", len(files))
	}
	var drafts []posting.Draft
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := jdTitle.FindStringSubmatch(string(b))
		if m == nil {
			t.Fatalf("%s: no title", f)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "resumematcher-jd-"), ".txt")
		drafts = append(drafts, posting.Draft{ExternalID: name, Title: m[1], Company: "Acme " + name, DescriptionText: string(b), URL: "https://example.com/" + name})
	}
	if _, err := h.ing.Import(context.Background(), "json", drafts, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := h.match.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
}

type matchesPage struct {
	Matches []struct {
		Job struct {
			ID, Title string
		}
		Score       int
		Explanation struct {
			Components []struct{ Name, Line string }
			Matched    []struct {
				Skill, Kind string
				Start, End  int
				Evidence    struct {
					Line      string
					Evidenced bool
				}
			} `json:"matched_skills"`
			Missing []struct{ Skill string } `json:"missing_skills"`
		}
	}
	Total      int
	NextCursor string `json:"next_cursor"`
	Facets     map[string][]struct {
		Value, Label string
		Count        int
	}
}

func TestMatchesAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		importJDs(t, h)
		c := h.registerBrowser("match@example.com")
		body, err := os.ReadFile(testutil.SharedFile(t, "resumes/resumematcher-master-janedoe.json"))
		if err != nil {
			t.Fatal(err)
		}
		c.expect("POST", "/api/v1/resumes?filename=jane.json", string(body), 201)

		var page matchesPage
		json.Unmarshal(c.expect("GET", "/api/v1/jobs/matches?facets=true", nil, 200).body, &page)
		var titles []string
		for _, m := range page.Matches {
			titles = append(titles, m.Job.Title)
		}
		// Jane Doe, a senior backend engineer: the backend posting first; the frontend one shares her level.
		want := "Senior Backend Engineer,Senior Frontend Engineer,Machine Learning Engineer,Senior Product Manager"
		if strings.Join(titles, ",") != want || page.Total != 4 {
			t.Fatalf("ranking = %v (total %d), want %s", titles, page.Total, want)
		}
		top := page.Matches[0]
		if len(top.Explanation.Components) != 7 {
			t.Fatalf("components = %+v", top.Explanation.Components)
		}
		var py *struct {
			Skill, Kind string
			Start, End  int
			Evidence    struct {
				Line      string
				Evidenced bool
			}
		}
		for i := range top.Explanation.Matched {
			if top.Explanation.Matched[i].Skill == "Python" {
				py = &top.Explanation.Matched[i]
			}
		}
		if py == nil || py.Evidence.Line == "" || py.Kind != "required" {
			t.Fatalf("Python not matched with evidence: %+v", top.Explanation.Matched)
		}
		if page.Facets["company"] == nil || len(page.Facets["company"]) != 4 {
			t.Errorf("facets = %+v", page.Facets)
		}

		// One posting's explanation, with offsets into its text.
		var one struct {
			Description string `json:"description_text"`
			Explanation struct {
				Score   int
				Matched []struct {
					Skill      string
					Start, End int
				} `json:"matched_skills"`
			}
		}
		json.Unmarshal(c.expect("GET", "/api/v1/jobs/"+top.Job.ID+"/match", nil, 200).body, &one)
		if one.Explanation.Score != top.Score {
			t.Errorf("explain score %d, list score %d", one.Explanation.Score, top.Score)
		}
		for _, m := range one.Explanation.Matched {
			if m.End > 0 && !strings.EqualFold(one.Description[m.Start:m.End], m.Skill) && len(one.Description[m.Start:m.End]) == 0 {
				t.Errorf("%s offsets point nowhere", m.Skill)
			}
		}
		if m := one.Explanation.Matched[0]; m.End == 0 || one.Description[m.Start:m.End] == "" {
			t.Errorf("first matched skill has no offsets: %+v", m)
		}
		c.expect("GET", "/api/v1/jobs/00000000-0000-0000-0000-000000000000/match", nil, 404)
		c.expect("GET", "/api/v1/jobs/not-a-uuid/similar", nil, 404)

		// Search with filters, phrase and exclusion.
		var sp matchesPage
		json.Unmarshal(c.expect("GET", `/api/v1/search?q=python+-pytorch&facets=true`, nil, 200).body, &sp)
		if len(sp.Matches) != 1 || sp.Matches[0].Job.Title != "Senior Backend Engineer" {
			t.Fatalf("search python -pytorch = %+v", sp.Matches)
		}
		// The company facet filters by key and reads as the company's name.
		if co := sp.Facets["company"]; len(co) != 1 || co[0].Value != "acmebackendeng" || co[0].Label != "Acme backend-eng" || co[0].Count != 1 {
			t.Errorf("company facet = %+v", co)
		}
		json.Unmarshal(c.expect("GET", `/api/v1/search?q="feature+stores"`, nil, 200).body, &sp)
		if len(sp.Matches) != 1 || sp.Matches[0].Job.Title != "Machine Learning Engineer" {
			t.Fatalf(`search "feature stores" = %+v`, sp.Matches)
		}
		// GET /jobs?q= is the same search as GET /search.
		var jp matchesPage
		json.Unmarshal(c.expect("GET", `/api/v1/jobs?q=python+-pytorch`, nil, 200).body, &jp)
		if len(jp.Matches) != 1 || jp.Matches[0].Job.Title != "Senior Backend Engineer" {
			t.Fatalf("jobs?q=python -pytorch = %+v", jp.Matches)
		}
		c.expect("GET", "/api/v1/search?work_mode=moon", nil, 422)
		c.expect("GET", "/api/v1/search?cursor=zzz", nil, 400)

		// Paging by cursor visits every match once.
		seen := map[string]bool{}
		cursor := ""
		for i := 0; i < 5; i++ {
			var p matchesPage
			json.Unmarshal(c.expect("GET", "/api/v1/jobs/matches?limit=3&cursor="+cursor, nil, 200).body, &p)
			for _, m := range p.Matches {
				seen[m.Job.ID] = true
			}
			if cursor = p.NextCursor; cursor == "" {
				break
			}
		}
		if len(seen) != 4 {
			t.Errorf("paged through %d matches, want 4", len(seen))
		}

		// Dismissed postings leave the matches; saved ones can be listed.
		c.expect("PUT", "/api/v1/jobs/"+top.Job.ID+"/dismiss", nil, 200)
		json.Unmarshal(c.expect("GET", "/api/v1/jobs/matches", nil, 200).body, &page)
		if page.Total != 3 || page.Matches[0].Job.ID == top.Job.ID {
			t.Errorf("after dismiss: total %d", page.Total)
		}
		json.Unmarshal(c.expect("GET", "/api/v1/jobs/matches?state=dismissed", nil, 200).body, &page)
		if page.Total != 1 || page.Matches[0].Job.ID != top.Job.ID {
			t.Errorf("dismissed view: %+v", page.Matches)
		}

		var sim struct {
			Jobs []struct{ Job struct{ ID string } }
		}
		json.Unmarshal(c.expect("GET", "/api/v1/jobs/"+top.Job.ID+"/similar", nil, 200).body, &sim)
		for _, j := range sim.Jobs {
			if j.Job.ID == top.Job.ID {
				t.Error("a posting is not similar to itself")
			}
		}
		var gap struct {
			Skills []struct {
				Skill   string
				Missing int
			}
		}
		json.Unmarshal(c.expect("GET", "/api/v1/skills/gap", nil, 200).body, &gap)
		if len(gap.Skills) == 0 {
			t.Fatal("no gap skills")
		}
		for _, g := range gap.Skills {
			if g.Skill == "Python" {
				t.Error("Python is on the resume, not a gap")
			}
		}

		// Another user: same postings, their own (empty) profile, none of Jane's dismissals.
		o := h.registerBrowser("other@example.com")
		json.Unmarshal(o.expect("GET", "/api/v1/jobs/matches", nil, 200).body, &page)
		if page.Total != 4 {
			t.Errorf("other user total %d", page.Total)
		}
	})
}
