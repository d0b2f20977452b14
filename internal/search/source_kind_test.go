package search_test

import (
	"context"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// The source filter takes source kinds as well as ids, as the API documents it, over postings as
// the store hands them to the index: a posting a Lever board listed first and a Greenhouse board
// listed later is found by both kinds; one only Greenhouse listed, by greenhouse alone.
func TestSearchSourceKindFromStore(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st := storetest.Open(t, d)
		t0 := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
		source := func(kind string) string {
			src, err := st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: kind, Name: kind + " acme", Params: map[string]string{"board": "acme"},
				Key: kind + ":acme", Interval: time.Hour, Enabled: true, CreatedAt: t0, UpdatedAt: t0})
			if err != nil {
				t.Fatal(err)
			}
			return src.ID
		}
		lever, greenhouse := source("lever"), source("greenhouse")
		item := func(ext, title, city string) store.IngestItem {
			return store.IngestItem{ExternalID: ext, Hash: ext, Posting: posting.Posting{ExternalID: ext, Title: title, TitleKey: title,
				Company: "Acme", CompanyKey: "acme", DescriptionText: title + " for our accounts.", PostedAt: t0,
				Locations: []posting.Location{{City: city, Country: "DE", Raw: city}}}}
		}
		if _, err := st.UpsertPostings(ctx, lever, []store.IngestItem{item("l1", "Account Executive", "Berlin")}, t0); err != nil {
			t.Fatal(err)
		}
		c, err := st.UpsertPostings(ctx, greenhouse, []store.IngestItem{item("g1", "Account Executive", "Berlin"), item("g2", "Account Manager", "Munich")}, t0.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if c.Linked != 1 || c.Created != 1 {
			t.Fatalf("greenhouse run %+v, want the executive linked and the manager created", c)
		}
		rows, err := st.IndexPostings(ctx, time.Time{}, "", 10)
		if err != nil || len(rows) != 2 {
			t.Fatalf("index rows %d, %v", len(rows), err)
		}
		byTitle := map[string]string{}
		for _, r := range rows {
			byTitle[r.Title] = r.ID
			want := []string{"greenhouse"}
			if r.Title == "Account Executive" {
				want = []string{"greenhouse", "lever"}
			}
			if !reflect.DeepEqual(r.SourceKinds, want) {
				t.Errorf("%s: kinds %q, want %q", r.Title, r.SourceKinds, want)
			}
		}
		exec, manager := byTitle["Account Executive"], byTitle["Account Manager"]

		s := index.New(st, profile.NewService(st))
		if err := s.Load(ctx); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			sources []string
			want    []string
		}{
			{[]string{"lever"}, []string{exec}},
			{[]string{"greenhouse"}, []string{exec, manager}},
			{[]string{"ashby", "Lever"}, []string{exec}},
			{[]string{lever}, []string{exec}},
			{[]string{greenhouse}, []string{manager}}, // an id is the first source's, as the source facet counts it
			{[]string{"workable"}, nil},
		} {
			res, err := s.Index().Search(search.Query{Text: "account", Filter: search.Filter{Sources: c.sources}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			sort.Strings(got)
			sort.Strings(c.want)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("account source=%q: %q, want %q", c.sources, got, c.want)
			}
		}
	})
}
