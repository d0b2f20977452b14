package ingest_test

import (
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// Two feeds of one site get names they can be told apart by: the host and the path.
func TestFeedSourcesNamedByHostAndPath(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		no := false
		for url, want := range map[string]string{
			"https://weworkremotely.com/categories/remote-programming-jobs.rss": "weworkremotely.com/categories/remote-programming-jobs.rss (rss)",
			"https://weworkremotely.com/categories/remote-design-jobs.rss":      "weworkremotely.com/categories/remote-design-jobs.rss (rss)",
		} {
			src, err := f.svc.CreateSource(context.Background(), f.admin, ingest.NewSource{URL: url, Enabled: &no})
			if err != nil || src.Name != want {
				t.Errorf("CreateSource(%s) = %q, %v; want %q", url, src.Name, err, want)
			}
		}
	})
}
