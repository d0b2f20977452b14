package api_test

import (
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// With the dashboard's caches on, a profile change shows in the next dashboard's scores at once, and an
// application write keeps the scores computed.
func TestDashboardScoresFollowProfileAtOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		h.an.CacheDashboard()
		h.seedPostings("Data Engineer", "Backend Engineer")
		c, _ := h.registerAPI("dash@example.test")
		score := func() map[string]float64 {
			out := map[string]float64{}
			for _, m := range c.expect("GET", "/api/v1/dashboard", nil, 200).json(t)["new_matches"].([]any) {
				it := m.(map[string]any)
				out[it["title"].(string)] = it["score"].(float64)
			}
			return out
		}
		before := score()
		if len(before) != 2 {
			t.Fatalf("want both postings scored, got %v", before)
		}
		c.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Engineer", "stage": "saved"}, 201)
		if got := score(); got["Backend Engineer"] != before["Backend Engineer"] || got["Data Engineer"] != before["Data Engineer"] {
			t.Fatalf("an application write changed the scores: %v, then %v", before, got)
		}
		c.expect("PATCH", "/api/v1/profile", map[string]any{"desired_titles": []string{"Backend Engineer"}}, 200)
		if after := score(); after["Backend Engineer"] <= before["Backend Engineer"] {
			t.Fatalf("the desired title did not raise its posting's score at once: %v, then %v", before, after)
		}
	})
}

// A posting the user dismissed is not among the dashboard's new matches, as it is not among the matches.
func TestDashboardLeavesOutDismissed(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		h.an.CacheDashboard()
		h.seedPostings("Data Engineer", "Backend Engineer")
		c, _ := h.registerAPI("dismiss@example.test")
		titles := func() map[string]string {
			out := map[string]string{}
			for _, m := range c.expect("GET", "/api/v1/dashboard", nil, 200).json(t)["new_matches"].([]any) {
				it := m.(map[string]any)
				out[it["title"].(string)] = it["id"].(string)
			}
			return out
		}
		before := titles()
		if len(before) != 2 {
			t.Fatalf("want both postings, got %v", before)
		}
		c.expect("PUT", "/api/v1/jobs/"+before["Data Engineer"]+"/dismiss", nil, 200)
		if after := titles(); len(after) != 1 || after["Backend Engineer"] == "" {
			t.Fatalf("after dismissing Data Engineer: %v", after)
		}
	})
}
