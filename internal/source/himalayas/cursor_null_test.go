package himalayas

import (
	"bytes"
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestFetchNullCursorKeepsOffsetPaging: an answer read by offset that sends "nextCursor": null names no
// cursor, so paging goes on by offset while totalCount says more jobs are left.
func TestFetchNullCursorKeepsOffsetPaging(t *testing.T) {
	withNull := func(p string) sourcetest.Route {
		return sourcetest.Route{Body: bytes.Replace(sourcetest.Read(t, p), []byte("{"), []byte(`{"nextCursor": null, `), 1)}
	}
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/jobs/api?limit=2&offset=0": withNull("testdata/page1.json"),
		"/jobs/api?limit=2&offset=2": withNull("testdata/page2.json"),
	})
	f, err := (Adapter{}).Fetch(context.Background(), sourcetest.Getter{}, source.Params{"base_url": srv.URL, "limit": "2"})
	if err != nil || len(srv.Requests()) != 2 || len(f.Drafts) != 3 {
		t.Fatalf("err %v drafts %d requests %q", err, len(f.Drafts), srv.Requests())
	}
}
