package index

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/embed"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

var t0 = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// embeddingServer speaks /v1/embeddings; a text's vector counts "kotlin" and "rust" in it.
func embeddingServer(t *testing.T) (*httptest.Server, *int) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		var req struct{ Input []string }
		json.NewDecoder(r.Body).Decode(&req)
		var data []map[string]any
		for i, s := range req.Input {
			l := strings.ToLower(s)
			data = append(data, map[string]any{"index": i, "embedding": []float32{float32(strings.Count(l, "kotlin")), float32(strings.Count(l, "rust")), 0.01}})
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data})
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func TestHybridRanking(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		st := storetest.Open(t, d)
		u, err := st.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: "h@example.com", PasswordHash: "h", CreatedAt: t0, UpdatedAt: t0}, store.NewUser{})
		if err != nil {
			t.Fatal(err)
		}
		src, err := st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "x", Params: map[string]string{"b": "x"}, Key: "gh:x",
			Interval: time.Hour, Enabled: true, CreatedAt: t0, UpdatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		// Deterministic order follows Python (the profile's skill); embeddings follow Rust (its text).
		texts := map[string]string{
			"p1": "Requirements: Python, Django and PostgreSQL. Kotlin.",
			"p2": "Requirements: Python and Rust.",
			"p3": "Rust, Rust and more Rust for our embedded team.",
		}
		var items []store.IngestItem
		for _, id := range []string{"p1", "p2", "p3"} {
			items = append(items, store.IngestItem{ExternalID: id, Hash: id, Posting: posting.Posting{Title: "Engineer " + id, TitleKey: id, Company: "Co " + id, CompanyKey: id, DescriptionText: texts[id]}})
		}
		if _, err := st.UpsertPostings(ctx, src.ID, items, t0); err != nil {
			t.Fatal(err)
		}
		profiles := profile.NewService(st)
		p := profile.DefaultProfile()
		p.Skills = []string{"Python", "Django", "PostgreSQL"}
		p.Headline = "Rust Rust Rust"
		if _, err := profiles.SaveProfile(ctx, u.ID, p); err != nil {
			t.Fatal(err)
		}
		s := New(st, profiles)
		s.SetClock(func() time.Time { return t0 })
		if err := s.Load(ctx); err != nil {
			t.Fatal(err)
		}
		det, _, err := s.Matches(ctx, u.ID, StateAny, search.Query{})
		if err != nil {
			t.Fatal(err)
		}
		detIDs := hitIDs(det.Hits)

		srv, calls := embeddingServer(t)
		on := false
		if err := s.EnableEmbeddings(ctx, embed.NewOpenAI(srv.URL, "m", ""), func(string) bool { return on }); err != nil {
			t.Fatal(err)
		}
		if n, err := s.EmbedPending(ctx, 10); err != nil || n != 3 {
			t.Fatalf("embedded %d, %v", n, err)
		}
		if n, _ := s.EmbedPending(ctx, 10); n != 0 {
			t.Fatalf("second pass embedded %d", n)
		}
		// Flag off: the deterministic ranking, unchanged.
		off, _, _ := s.Matches(ctx, u.ID, StateAny, search.Query{})
		if !reflect.DeepEqual(hitIDs(off.Hits), detIDs) {
			t.Fatalf("flag off changed the ranking: %v vs %v", hitIDs(off.Hits), detIDs)
		}
		on = true
		res, _, err := s.Matches(ctx, u.ID, StateAny, search.Query{})
		if err != nil {
			t.Fatal(err)
		}
		// The embedding ranking is by Rust count: p3 (3), p2 (1), p1 (0).
		ext := map[string]string{}
		for _, h := range det.Hits {
			sp, _ := st.Posting(ctx, h.ID, "")
			ext[h.ID] = strings.TrimPrefix(sp.Title, "Engineer ")
		}
		inv := map[string]string{}
		for id, e := range ext {
			inv[e] = id
		}
		want := embed.RRF(60, detIDs, []string{inv["p3"], inv["p2"], inv["p1"]})
		if got := hitIDs(res.Hits); !reflect.DeepEqual(got, want) || reflect.DeepEqual(got, detIDs) {
			t.Fatalf("hybrid = %v, want %v (deterministic %v)", got, want, detIDs)
		}
		before := *calls
		s.Matches(ctx, u.ID, StateAny, search.Query{})
		if *calls != before {
			t.Error("an unchanged profile must not be embedded again")
		}
	})
}

func hitIDs(hs []search.Hit) []string {
	out := []string{}
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}
