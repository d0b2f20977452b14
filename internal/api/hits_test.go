package api_test

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// rawHits is a page of matches with each hit's job and explanation left as JSON.
type rawHits struct {
	Matches []struct {
		Job         json.RawMessage `json:"job"`
		Score       int             `json:"score"`
		Explanation json.RawMessage `json:"explanation"`
	} `json:"matches"`
}

// jobID reads the id of a hit's job.
func jobID(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var j struct{ ID string }
	if err := json.Unmarshal(raw, &j); err != nil || j.ID == "" {
		t.Fatalf("job without id: %s", raw)
	}
	return j.ID
}

// Every hit of /search and /jobs/matches says what /jobs/{id}/match says of the same posting, marks
// included, and a save or dismiss shows in the next page at once.
func TestHitsAgreeWithExplainMatch(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		path := testutil.SharedFile(t, "greenhouse/github-2018-jobs-content.json")
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		format, res, err := all.ParseFile(filepath.Base(path), body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.ing.Import(t.Context(), format, res.Drafts, res.Errors); err != nil {
			t.Fatal(err)
		}
		if _, err := h.match.Refresh(t.Context()); err != nil {
			t.Fatal(err)
		}
		c, _ := h.registerAPI("hits@example.com")
		c.expect("PATCH", "/api/v1/profile", map[string]any{"skills": []string{"Go", "Ruby", "MySQL", "Kubernetes"},
			"desired_titles": []string{"Software Engineer"}, "seniority": "senior"}, 200)
		page := func(path string) rawHits {
			var p rawHits
			if err := json.Unmarshal(c.expect("GET", path, nil, 200).body, &p); err != nil {
				t.Fatal(err)
			}
			return p
		}
		first := page("/api/v1/search?q=" + url.QueryEscape("engineer"))
		if len(first.Matches) < 3 {
			t.Fatalf("want at least 3 hits for engineer, got %d", len(first.Matches))
		}
		saved, dismissed := jobID(t, first.Matches[0].Job), jobID(t, first.Matches[1].Job)
		c.expect("PUT", "/api/v1/jobs/"+saved+"/save", nil, 200)
		c.expect("PUT", "/api/v1/jobs/"+dismissed+"/dismiss", nil, 200)
		for _, path := range []string{"/api/v1/search?q=engineer", "/api/v1/jobs/matches", "/api/v1/jobs/matches?state=dismissed"} {
			p := page(path)
			if len(p.Matches) == 0 {
				t.Fatalf("%s: no hits", path)
			}
			for _, m := range p.Matches {
				id := jobID(t, m.Job)
				var one struct {
					Job         json.RawMessage `json:"job"`
					Explanation json.RawMessage `json:"explanation"`
				}
				if err := json.Unmarshal(c.expect("GET", "/api/v1/jobs/"+id+"/match", nil, 200).body, &one); err != nil {
					t.Fatal(err)
				}
				if !sameJSON(t, m.Job, one.Job) || !sameJSON(t, m.Explanation, one.Explanation) {
					t.Fatalf("%s: hit %s differs from its /match:\n%s\n%s\nvs\n%s\n%s", path, id, m.Job, m.Explanation, one.Job, one.Explanation)
				}
			}
		}
		// The save shows on the search hit, the dismissed posting left the matches and is the only dismissed one.
		if hit := page("/api/v1/search?q=engineer").Matches[0].Job; !hasMark(t, hit, "saved_at") {
			t.Fatalf("saved posting without saved_at in the next search: %s", hit)
		}
		for _, m := range page("/api/v1/jobs/matches").Matches {
			if jobID(t, m.Job) == dismissed {
				t.Fatal("a dismissed posting is still in the matches")
			}
		}
		if p := page("/api/v1/jobs/matches?state=dismissed"); len(p.Matches) != 1 || jobID(t, p.Matches[0].Job) != dismissed || !hasMark(t, p.Matches[0].Job, "dismissed_at") {
			t.Fatalf("dismissed view %+v", p.Matches)
		}
		c.expect("DELETE", "/api/v1/jobs/"+dismissed+"/dismiss", nil, 200)
		if p := page("/api/v1/jobs/matches?state=dismissed"); len(p.Matches) != 0 {
			t.Fatalf("undismissed posting still dismissed: %d", len(p.Matches))
		}
	})
}

func sameJSON(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(x, y)
}

func hasMark(t *testing.T, job json.RawMessage, field string) bool {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(job, &m); err != nil {
		t.Fatal(err)
	}
	return m[field] != nil
}
