package api_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func TestTrackPostingInOneClick(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		ctx, now := context.Background(), time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
		src, err := h.st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "acme", Params: map[string]string{"board": "acme"},
			Key: "greenhouse:acme-track", Interval: time.Hour, Enabled: true, CreatedAt: now, UpdatedAt: now})
		if err != nil {
			t.Fatal(err)
		}
		p := posting.Posting{ExternalID: "4021", Title: "Staff Backend Engineer", TitleKey: "staff backend engineer", Company: "Acme Robotics", CompanyKey: "acme robotics",
			DescriptionText: "Go and Postgres", DescriptionHTML: "<p>Go and Postgres</p>", WorkMode: "hybrid", PostedAt: now,
			URL: "https://boards.greenhouse.io/acme/jobs/4021", Locations: []posting.Location{{City: "Berlin", Country: "DE", Raw: "Berlin, Germany"}},
			Salary: posting.Salary{Min: 90000, Max: 120000, Currency: "EUR", Period: "year", Raw: "€90,000 – €120,000"}}
		counts, err := h.st.UpsertPostings(ctx, src.ID, []store.IngestItem{{ExternalID: "4021", Posting: p, Hash: "h1"}}, now)
		if err != nil || len(counts.NewIDs) != 1 {
			t.Fatalf("seed posting: %+v %v", counts, err)
		}
		pid := counts.NewIDs[0]
		b := h.registerBrowser("track@example.com")
		app := b.expect("POST", "/api/v1/applications", map[string]any{"posting_id": pid, "origin": "page"}, 201).json(t)
		if app["posting_id"] != pid || app["company"] != "Acme Robotics" || app["title"] != "Staff Backend Engineer" || app["stage"] != "saved" ||
			app["url"] != "https://boards.greenhouse.io/acme/jobs/4021" || app["location"] != "Berlin, Germany" || app["salary"] != "€90,000 – €120,000" {
			t.Fatalf("tracked %v", app)
		}
		// A second click finds the same application instead of a duplicate.
		again := b.expect("POST", "/api/v1/applications", map[string]any{"posting_id": pid}, 200).json(t)
		if again["id"] != app["id"] {
			t.Fatalf("second track made %v", again["id"])
		}
		// Another user tracks the same posting separately.
		other := h.registerBrowser("track2@example.com")
		if o := other.expect("POST", "/api/v1/applications", map[string]any{"posting_id": pid}, 201).json(t); o["id"] == app["id"] {
			t.Fatal("two users share one application")
		}
		if n := len(list(t, b.expect("GET", "/api/v1/applications", nil, 200), "applications")); n != 1 {
			t.Fatalf("%d applications after two clicks", n)
		}
	})
}
