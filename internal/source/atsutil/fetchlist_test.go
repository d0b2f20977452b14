package atsutil

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// lines parses one draft per line, "id" or "id company"; a line "bad" is an item error.
func lines(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var drafts []posting.Draft
	var errs []posting.ItemError
	for i, l := range strings.Split(strings.TrimSpace(string(body)), "\n") {
		if l == "bad" {
			errs = append(errs, posting.ItemError{Index: i, Err: "bad line"})
			continue
		}
		id, company, _ := strings.Cut(l, " ")
		drafts = append(drafts, posting.Draft{ExternalID: id, Company: company})
	}
	if len(drafts) == 0 {
		return nil, nil, errors.New("lines: empty")
	}
	return drafts, errs, nil
}

func TestFetchList(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{
		"/list":  {Body: []byte("j1\nbad\nj2 Own Co\n")},
		"/empty": {Body: []byte("bad\n")},
		"/gone":  {Status: http.StatusGone},
	})
	ctx := context.Background()
	p := source.Params{"company_name": "Fallback"}
	f, err := FetchList(ctx, sourcetest.Getter{}, p, "demo", srv.URL+"/list", "application/json", lines)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Complete || f.Fetched.IsZero() || len(f.Drafts) != 2 || len(f.Errors) != 1 || f.Errors[0].Index != 1 {
		t.Fatalf("fetched %+v", f)
	}
	if f.Drafts[0].Company != "Fallback" || f.Drafts[1].Company != "Own Co" {
		t.Errorf("companies %q %q", f.Drafts[0].Company, f.Drafts[1].Company)
	}
	if _, err := FetchList(ctx, sourcetest.Getter{}, p, "demo", srv.URL+"/empty", "", lines); err == nil || err.Error() != "lines: empty" {
		t.Errorf("parse failure: err %v", err)
	}
	_, err = FetchList(ctx, sourcetest.Getter{}, p, "demo", srv.URL+"/gone", "", lines)
	if !errors.Is(err, fetch.ErrStatus) || !strings.HasPrefix(err.Error(), "demo: atsutil: get "+srv.URL+"/gone") {
		t.Errorf("410: err %v", err)
	}
}
