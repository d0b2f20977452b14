package ingest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/validate"
)

func fieldErrs(t *testing.T, err error) map[string]string {
	t.Helper()
	var fe validate.Errors
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v, want field errors", err)
	}
	out := map[string]string{}
	for _, e := range fe {
		out[e.Field] = e.Message
	}
	return out
}

// Identifying params follow the kind's rule table at create and update, and a refused URL says why.
func TestSourceParamsAndURLsAreCheckedForTheirRealProblem(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	svc := ingest.New(st, fetch.New(fetch.Options{}), ingest.Options{})
	ctx := context.Background()
	admin := ingest.Actor{Admin: true}
	slug := "may hold only letters, digits and - _ ., starting with a letter or digit"
	for _, c := range []struct {
		in          ingest.NewSource
		field, want string
	}{
		{ingest.NewSource{Kind: "greenhouse", Params: map[string]string{"board": "../../etc"}}, "params.board", slug},
		{ingest.NewSource{Kind: "ashby", Params: map[string]string{"board": "a b"}}, "params.board", slug},
		{ingest.NewSource{Kind: "comeet", Params: map[string]string{"company": "F6.003"}}, "params.token", "is required"},
		{ingest.NewSource{Kind: "hn", Params: map[string]string{"item": "1/2"}}, "params.item", "may hold only letters and digits"},
		{ingest.NewSource{Kind: "rss", Params: map[string]string{"url": "http://user:pass@example.org/feed.rss"}}, "params.url", "credentials in the URL are not supported"},
		{ingest.NewSource{URL: "https://user:pass@boards.greenhouse.io/gitlab"}, "url", "credentials in the URL are not supported"},
		{ingest.NewSource{Kind: "rss", Params: map[string]string{"url": "http://[::1]/feed"}}, "params.url", "is refused: it resolves to a loopback, private, link-local or metadata address"},
		{ingest.NewSource{Kind: "rss", Params: map[string]string{"url": "http://nonexistent.invalid/feed.rss"}}, "params.url", "cannot be resolved: the host nonexistent.invalid does not resolve"},
	} {
		_, err := svc.CreateSource(ctx, admin, c.in)
		if fe := fieldErrs(t, err); fe[c.field] != c.want || len(fe) != 1 {
			t.Errorf("%+v: errors %v, want %s: %q", c.in, fe, c.field, c.want)
		}
	}
	src, err := svc.CreateSource(ctx, admin, ingest.NewSource{URL: "https://boards.greenhouse.io/wealth-com"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.UpdateSource(ctx, admin, src.ID, ingest.SourcePatch{Params: map[string]string{"board": "x#y"}})
	if fe := fieldErrs(t, err); fe["params.board"] != slug {
		t.Errorf("update errors %v", fe)
	}
}
