package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A feed whose host refuses connections says so, not that robots.txt forbids it.
func TestRunReportsWhyRobotsCouldNotBeRead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		closed := httptest.NewServer(http.NotFoundHandler())
		feed := closed.URL + "/feed.rss"
		closed.Close()
		svc := ingest.New(f.st, fetch.New(fetch.Options{AllowPrivate: true, MinHostDelay: -1, MaxRetries: -1}), ingest.Options{})
		svc.SetClock(func() time.Time { return f.now })
		ctx := context.Background()
		src, err := svc.CreateSource(ctx, f.admin, ingest.NewSource{Kind: "rss", Params: map[string]string{"url": feed}})
		if err != nil {
			t.Fatal(err)
		}
		r, _ := svc.Run(ctx, src.ID, "", "test")
		want := "robots.txt could not be read (connection refused), so the page is not fetched"
		if r.Status != store.RunFailed || r.Error != want {
			t.Fatalf("run %+v, want failed with %q", r, want)
		}
		got, _ := f.st.Source(ctx, src.ID)
		if got.LastError != want {
			t.Errorf("last_error = %q, want %q", got.LastError, want)
		}
	})
}
