package ingest

import (
	"encoding/xml"
	"fmt"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/greenhouse"
	"github.com/career-copilot/copilot/internal/source/jsonld"
	"github.com/career-copilot/copilot/internal/source/personio"
	"github.com/career-copilot/copilot/internal/source/rss"
)

// A run's error says what was wrong with an answer the adapter read, as the adapter found it: a feed cut
// short names the line it stops at, and an answer of the wrong shape says which shape it lacks.
func TestPublicErrorSaysWhatTheAnswerLacks(t *testing.T) {
	parse := func(p func([]byte) error, body string) error { return p([]byte(body)) }
	rssParse := func(b []byte) error { _, _, err := rss.Parse(b); return err }
	cases := []struct {
		err  error
		want string
	}{
		{parse(rssParse, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>Go dev</title>"),
			"the answer ends at line 4 before the feed is complete (cut short)"},
		{fmt.Errorf("personio: decode: %w", &xml.SyntaxError{Msg: "unexpected end element </b>", Line: 3}),
			"the answer is not well-formed XML (line 3: unexpected end element </b>)"},
		{parse(rssParse, "<html><body>Jobs</body></html>"),
			"the answer is not what this kind of board sends: root element <html> is neither RSS nor Atom"},
		{parse(func(b []byte) error { _, _, err := jsonld.Parse(b); return err }, "<html><head><title>Careers</title></head></html>"),
			"the answer is not what this kind of board sends: no JobPosting found in the page's JSON-LD"},
		{parse(func(b []byte) error { _, _, err := greenhouse.Parse(b); return err }, `{"departments": []}`),
			"the answer is not what this kind of board sends: body is not a jobs list, offices list or single job"},
		{parse(func(b []byte) error { _, _, err := personio.Parse(b); return err }, `<jobs></jobs>`),
			"the answer is not what this kind of board sends: body is not a workzag-jobs XML feed"},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Fatalf("no error for the case that wants %q", c.want)
		}
		if got := publicError(c.err); got != c.want {
			t.Errorf("publicError(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

// An item error that keeps its cause is shown with the cause said as a run's error is, not as the chain of
// packages and addresses it went through.
func TestItemErrorCauseIsPublic(t *testing.T) {
	cause := fmt.Errorf("atsutil: get http://10.0.0.5:9100/v1/postings/7: fetch: GET http://10.0.0.5:9100/v1/postings/7: %w",
		&fetch.StatusError{Status: 404, URL: "http://10.0.0.5:9100/v1/postings/7"})
	got := publicItemErrors([]posting.ItemError{{Index: 3, ID: "7", Err: "smartrecruiters: its detail could not be read", Cause: cause}, {Index: 4, ID: "8", Err: "lever: posting has no id or title"}})
	if len(got) != 2 || got[0].Err != "smartrecruiters: its detail could not be read: the board answered HTTP 404" || got[1].Err != "lever: posting has no id or title" {
		t.Fatalf("item errors %+v", got)
	}
}
