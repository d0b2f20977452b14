package store_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func upsertItem(ext, title, city, hash string) store.IngestItem {
	p := posting.Posting{ExternalID: ext, Title: title, TitleKey: title, Company: "Acme", CompanyKey: "acme",
		DescriptionHTML: "<p>" + title + "</p>", DescriptionText: title, URL: "https://acme.test/jobs/" + ext}
	if city != "" {
		p.Locations = []posting.Location{{City: city, Country: "DE", Raw: city + ", Germany"}}
	}
	return store.IngestItem{ExternalID: ext, Posting: p, Hash: hash}
}

func newSource(t *testing.T, s *store.Store, key string, now time.Time) string {
	t.Helper()
	src, err := s.CreateSource(context.Background(), store.Source{ID: uuid.NewString(), Kind: "file", Name: key, Key: key,
		Params: map[string]string{}, CreatedAt: now, UpdatedAt: now})
	if err != nil {
		t.Fatal(err)
	}
	return src.ID
}

// twoSources opens a fresh store with two sources, a and b, created at t0.
func twoSources(t *testing.T, d store.Dialect) (s *store.Store, t0 time.Time, a, b string) {
	t.Helper()
	s, t0 = storetest.Open(t, d), time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	return s, t0, newSource(t, s, "a", t0), newSource(t, s, "b", t0)
}

func TestUpsertPostingsBatchDecisions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, b := twoSources(t, d)

		// In one batch: a job, the same job again under another id (linked to the first), the same title in
		// another city (a job of its own), and an id listed twice (the second sees the first's link).
		batch := []store.IngestItem{
			upsertItem("1", "Engineer", "Berlin", "h1"),
			upsertItem("2", "Engineer", "Berlin", "h2"),
			upsertItem("3", "Engineer", "Munich", "h3"),
			upsertItem("4", "Designer", "", "h4"),
			upsertItem("4", "Designer", "", "h4"),
		}
		c, err := s.UpsertPostings(ctx, a, batch, t0)
		if err != nil {
			t.Fatal(err)
		}
		if c.Created != 3 || c.Linked != 1 || c.Unchanged != 1 || c.Updated != 0 || len(c.NewIDs) != 3 {
			t.Fatalf("first batch %+v", c)
		}
		berlin, err := s.Posting(ctx, c.NewIDs[0], "")
		if err != nil || berlin.Title != "Engineer" || len(berlin.Links) != 2 || berlin.Links[0].ExternalID != "1" || berlin.Links[1].ExternalID != "2" {
			t.Fatalf("berlin posting %+v %v", berlin.Links, err)
		}

		// Another source lists the Munich job, and a changed Berlin one; source a lists 1 again as it was.
		t1 := t0.Add(time.Hour)
		c, err = s.UpsertPostings(ctx, b, []store.IngestItem{upsertItem("m", "Engineer", "Munich", "x")}, t1)
		if err != nil || c.Linked != 1 || c.Created != 0 {
			t.Fatalf("second source %+v %v", c, err)
		}
		changed := upsertItem("2", "Engineer", "Berlin", "h2b")
		changed.Posting.DescriptionText = "Engineer, now in Go"
		c, err = s.UpsertPostings(ctx, a, []store.IngestItem{upsertItem("1", "Engineer", "Berlin", "h1"), changed}, t1)
		if err != nil || c.Unchanged != 1 || c.Updated != 1 || c.Created != 0 {
			t.Fatalf("re-listing %+v %v", c, err)
		}
		berlin, _ = s.Posting(ctx, berlin.ID, "")
		if berlin.DescriptionText != "Engineer, now in Go" || !berlin.LastSeenAt.Equal(t1) || !berlin.Links[0].LastSeenAt.Equal(t1) {
			t.Fatalf("after update %q seen %v / %v", berlin.DescriptionText, berlin.LastSeenAt, berlin.Links[0].LastSeenAt)
		}

		// Closed links reopen as updates; a new id for a closed job links to it (a repost) and reopens it.
		t2 := t1.Add(time.Hour)
		if n, err := s.CloseUnseen(ctx, a, t2, nil, t2); err != nil || n != 4 {
			t.Fatalf("close %d %v", n, err)
		}
		t3 := t2.Add(time.Hour)
		c, err = s.UpsertPostings(ctx, a, []store.IngestItem{upsertItem("4", "Designer", "", "h4"), upsertItem("5", "Designer", "Hamburg", "h5")}, t3)
		if err != nil || c.Updated != 1 || c.Linked != 1 || c.Created != 0 {
			t.Fatalf("reopen %+v %v", c, err)
		}
		// Open now: the reopened Designer, at the place of its new link (the reopened one names none), and
		// Munich, which source b still lists.
		open, _, err := s.ListPostings(ctx, store.PostingFilter{SourceID: a, Status: "open"})
		if err != nil || len(open) != 2 {
			t.Fatalf("open after reopen %+v %v", open, err)
		}
		if open[1].Title == "Designer" {
			open[0], open[1] = open[1], open[0]
		}
		if open[0].Title != "Designer" || len(open[0].Locations) != 1 || open[0].Locations[0].City != "Hamburg" || !open[0].LastSeenAt.Equal(t3) || open[1].Locations[0].City != "Munich" {
			t.Fatalf("open after reopen %+v", open)
		}
		p, _ := s.Posting(ctx, open[0].ID, "")
		if len(p.Links) != 2 || p.Links[1].ExternalID != "5" || !p.Links[0].ClosedAt.IsZero() {
			t.Fatalf("designer links %+v", p.Links)
		}
	})
}

func TestUpsertPostingsRanksOpenCandidatesFirst(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, b := twoSources(t, d)
		// Two postings of the same job (in different cities, so not linked to each other); the Berlin one closes.
		c, err := s.UpsertPostings(ctx, a, []store.IngestItem{upsertItem("1", "Engineer", "Berlin", "h1")}, t0)
		if err != nil || c.Created != 1 {
			t.Fatalf("%+v %v", c, err)
		}
		berlin := c.NewIDs[0]
		if _, err := s.CloseUnseen(ctx, a, t0.Add(time.Minute), nil, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		c, err = s.UpsertPostings(ctx, a, []store.IngestItem{upsertItem("2", "Engineer", "Munich", "h2")}, t0.Add(2*time.Minute))
		if err != nil || c.Created != 1 {
			t.Fatalf("%+v %v", c, err)
		}
		munich := c.NewIDs[0]
		// A posting with no place is the same job as both: the open Munich one is tried first, for both items.
		c, err = s.UpsertPostings(ctx, b, []store.IngestItem{upsertItem("x", "Engineer", "", "hx"), upsertItem("y", "Engineer", "", "hy")}, t0.Add(3*time.Minute))
		if err != nil || c.Linked != 2 {
			t.Fatalf("%+v %v", c, err)
		}
		m, _ := s.Posting(ctx, munich, "")
		bp, _ := s.Posting(ctx, berlin, "")
		if len(m.Links) != 3 || len(bp.Links) != 1 || !bp.ClosedAt.Equal(t0.Add(time.Minute)) {
			t.Fatalf("munich links %d, berlin links %d closed %v", len(m.Links), len(bp.Links), bp.ClosedAt)
		}
	})
}

func TestUpsertPostingsTriesTheTwentyMostRecentCandidates(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, b := twoSources(t, d)
		// 21 open postings of one company and title, one city each, seen a minute apart: city 0 the longest ago.
		ids := make([]string, 21)
		for i := range ids {
			ext := "e" + strconv.Itoa(i)
			c, err := s.UpsertPostings(ctx, a, []store.IngestItem{upsertItem(ext, "Engineer", "City"+strconv.Itoa(i), ext)}, t0.Add(time.Duration(i)*time.Minute))
			if err != nil || c.Created != 1 {
				t.Fatalf("posting %d: %+v %v", i, c, err)
			}
			ids[i] = c.NewIDs[0]
		}
		// Each probe comes from another source; linking marks the posting seen, which moves it to the front.
		probe := func(at time.Duration, ext, city string) store.IngestCounts {
			t.Helper()
			c, err := s.UpsertPostings(ctx, b, []store.IngestItem{upsertItem(ext, "Engineer", city, ext)}, t0.Add(at))
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		// No place matches all 21: the most recently seen, city 20, is tried first.
		if c := probe(time.Hour, "any", ""); c.Linked != 1 {
			t.Fatalf("no place: %+v", c)
		}
		// City 1 is now the 20th in rank order (20, 19 ... 1): still compared, linked.
		if c := probe(2*time.Hour, "one", "City1"); c.Linked != 1 {
			t.Fatalf("20th candidate: %+v", c)
		}
		// City 0 is the 21st (1, 20, 19 ... 2, 0): beyond the twenty compared, a posting of its own.
		if c := probe(3*time.Hour, "old", "City0"); c.Created != 1 {
			t.Fatalf("21st candidate: %+v", c)
		}
		for _, w := range []struct {
			id    string
			links int
		}{{ids[20], 2}, {ids[1], 2}, {ids[0], 1}, {ids[10], 1}} {
			p, err := s.Posting(ctx, w.id, "")
			if err != nil || len(p.Links) != w.links {
				t.Fatalf("posting %s in %v: %d links, want %d (%v)", w.id, p.Locations, len(p.Links), w.links, err)
			}
		}
	})
}

func TestUpsertPostingsStripsNUL(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, _ := twoSources(t, d)
		it := upsertItem("n\x001", "Engineer", "Berlin", "h1")
		it.Posting.DescriptionText = "Build\x00 things"
		c, err := s.UpsertPostings(ctx, a, []store.IngestItem{it}, t0)
		if err != nil || c.Created != 1 {
			t.Fatalf("%+v %v", c, err)
		}
		p, err := s.Posting(ctx, c.NewIDs[0], "")
		if err != nil || p.DescriptionText != "Build things" || len(p.Links) != 1 || p.Links[0].ExternalID != "n1" {
			t.Fatalf("stored %q, links %+v, %v", p.DescriptionText, p.Links, err)
		}
	})
}

// A listing without a description (a board whose list omits it, or a capped detail fetch) updates the
// other fields and keeps the stored description and its SimHash; a new description replaces it.
func TestUpsertKeepsDescriptionWhenNoneIsGiven(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, _ := twoSources(t, d)
		full := upsertItem("1", "Engineer", "Berlin", "h1")
		full.Posting.DescriptionHTML, full.Posting.DescriptionText, full.Posting.SimHash = "<p>Build billing in Go.</p>", "Build billing in Go.", 0x1234
		c, err := s.UpsertPostings(ctx, a, []store.IngestItem{full}, t0)
		if err != nil || c.Created != 1 {
			t.Fatalf("first %+v %v", c, err)
		}
		id := c.NewIDs[0]
		bare := upsertItem("1", "Senior Engineer", "Berlin", "h2")
		bare.Posting.DescriptionHTML, bare.Posting.DescriptionText, bare.Posting.SimHash = "", "", 0x9999
		if c, err = s.UpsertPostings(ctx, a, []store.IngestItem{bare}, t0.Add(time.Hour)); err != nil || c.Updated != 1 {
			t.Fatalf("bare %+v %v", c, err)
		}
		p, err := s.Posting(ctx, id, "")
		if err != nil || p.Title != "Senior Engineer" || p.DescriptionHTML != "<p>Build billing in Go.</p>" || p.DescriptionText != "Build billing in Go." || p.SimHash != 0x1234 {
			t.Fatalf("after a bare listing: title %q html %q text %q simhash %x, %v", p.Title, p.DescriptionHTML, p.DescriptionText, p.SimHash, err)
		}
		next := upsertItem("1", "Senior Engineer", "Berlin", "h3")
		next.Posting.DescriptionHTML, next.Posting.DescriptionText, next.Posting.SimHash = "<p>Now payments.</p>", "Now payments.", 0x5678
		if _, err = s.UpsertPostings(ctx, a, []store.IngestItem{next}, t0.Add(2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if p, _ = s.Posting(ctx, id, ""); p.DescriptionText != "Now payments." || p.DescriptionHTML != "<p>Now payments.</p>" || p.SimHash != 0x5678 {
			t.Fatalf("a new description: html %q text %q simhash %x", p.DescriptionHTML, p.DescriptionText, p.SimHash)
		}
	})
}
