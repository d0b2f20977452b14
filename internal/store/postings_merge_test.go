package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

var (
	remoteUS = posting.Location{Country: "US", Remote: true, Raw: "Remote - US"}
	sf       = posting.Location{City: "San Francisco", Region: "US-CA", Country: "US", Raw: "HQ - San Francisco"}
	berlin   = posting.Location{City: "Berlin", Country: "DE", Raw: "Berlin, Germany"}
	munich   = posting.Location{City: "Munich", Country: "DE", Raw: "Munich, Germany"}
	hamburg  = posting.Location{City: "Hamburg", Country: "DE", Raw: "Hamburg"}
)

// placed is an Acme "Designer" listing at the given places, with the given work mode and remote regions.
func placed(ext, hash, mode string, regions []string, locs ...posting.Location) store.IngestItem {
	it := upsertItem(ext, "Designer", "", hash)
	it.Posting.Locations, it.Posting.WorkMode, it.Posting.RemoteRegions = locs, mode, regions
	return it
}

// upsertOne stores one batch and fails the test on an error.
func upsertOne(t *testing.T, s *store.Store, src string, at time.Time, items ...store.IngestItem) store.IngestCounts {
	t.Helper()
	c, err := s.UpsertPostings(context.Background(), src, items, at)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// onlyPosting loads the one posting the store holds.
func onlyPosting(t *testing.T, s *store.Store) store.StoredPosting {
	t.Helper()
	ps, _, err := s.ListPostings(context.Background(), store.PostingFilter{})
	if err != nil || len(ps) != 1 {
		t.Fatalf("postings %d, %v", len(ps), err)
	}
	p, err := s.Posting(context.Background(), ps[0].ID, "")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func wantWhere(t *testing.T, p store.StoredPosting, mode string, regions []string, locs ...posting.Location) {
	t.Helper()
	if !slices.Equal(p.Locations, locs) || p.WorkMode != mode || !slices.Equal(p.RemoteRegions, regions) {
		t.Fatalf("posting at %+v, %q, %v; want %+v, %q, %v", p.Locations, p.WorkMode, p.RemoteRegions, locs, mode, regions)
	}
}
