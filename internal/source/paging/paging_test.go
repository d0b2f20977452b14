package paging

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// pages is a Step over a fixed table: entry n-1 is page n.
func pages(t *testing.T, table []Page, fail map[int]error, calls *[]int) Step {
	return func(_ context.Context, n int) (Page, error) {
		*calls = append(*calls, n)
		if n > len(table) {
			t.Fatalf("step called for page %d of %d", n, len(table))
		}
		return table[n-1], fail[n]
	}
}

func drafts(ids ...string) []posting.Draft {
	out := make([]posting.Draft, len(ids))
	for i, id := range ids {
		out[i] = posting.Draft{ExternalID: id}
	}
	return out
}

func TestWalkUntilLast(t *testing.T) {
	var calls []int
	table := []Page{
		{Drafts: drafts("a", "b"), Errors: []posting.ItemError{{Index: 1, ID: "x", Err: "bad"}}},
		{Drafts: drafts("c"), Last: true},
	}
	f, err := Walk(context.Background(), 5, pages(t, table, nil, &calls), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Complete || len(calls) != 2 || len(f.Drafts) != 3 || f.Drafts[2].ExternalID != "c" || len(f.Errors) != 1 || f.Errors[0].ID != "x" || f.Fetched.IsZero() {
		t.Fatalf("calls %v complete %v drafts %+v errors %+v fetched %v", calls, f.Complete, f.Drafts, f.Errors, f.Fetched)
	}
}

func TestWalkStopsAtMaxPages(t *testing.T) {
	var calls []int
	table := []Page{{Drafts: drafts("a")}, {Drafts: drafts("b")}, {Drafts: drafts("c"), Last: true}}
	f, err := Walk(context.Background(), 2, pages(t, table, nil, &calls), nil)
	if err != nil || f.Complete || len(calls) != 2 || len(f.Drafts) != 2 {
		t.Fatalf("err %v complete %v calls %v drafts %d", err, f.Complete, calls, len(f.Drafts))
	}
}

func TestWalkHalt(t *testing.T) {
	var calls []int
	table := []Page{{Drafts: drafts("a")}, {Drafts: drafts("ignored"), Halt: true}}
	f, err := Walk(context.Background(), 5, pages(t, table, nil, &calls), nil)
	if err != nil || f.Complete || len(calls) != 2 || len(f.Drafts) != 1 || f.Drafts[0].ExternalID != "a" || len(f.Errors) != 0 {
		t.Fatalf("err %v complete %v calls %v drafts %+v errors %+v", err, f.Complete, calls, f.Drafts, f.Errors)
	}
}

func TestWalkFirstPageFails(t *testing.T) {
	var calls []int
	boom := errors.New("boom")
	f, err := Walk(context.Background(), 5, pages(t, []Page{{Drafts: drafts("a")}}, map[int]error{1: boom}, &calls), nil)
	if !errors.Is(err, boom) || len(f.Drafts) != 0 || f.Complete || len(calls) != 1 {
		t.Fatalf("err %v fetched %+v calls %v", err, f, calls)
	}
}

func TestWalkLaterPageFails(t *testing.T) {
	var calls []int
	table := []Page{{Drafts: drafts("a")}, {Drafts: drafts("b")}, {Drafts: drafts("c"), Last: true}}
	fail := map[int]error{2: errors.New("get ?key=s3cret: status 500")}
	redact := func(s string) string { return strings.ReplaceAll(s, "s3cret", "REDACTED") }
	f, err := Walk(context.Background(), 5, pages(t, table, fail, &calls), redact)
	if err != nil {
		t.Fatal(err)
	}
	if f.Complete || len(calls) != 2 || len(f.Drafts) != 2 || f.Drafts[1].ExternalID != "b" || len(f.Errors) != 1 {
		t.Fatalf("complete %v calls %v drafts %+v errors %+v", f.Complete, calls, f.Drafts, f.Errors)
	}
	want := posting.ItemError{Index: -1, ID: "page 2", Err: "get ?key=REDACTED: status 500"}
	if f.Errors[0] != want {
		t.Errorf("page error = %+v, want %+v", f.Errors[0], want)
	}
}
