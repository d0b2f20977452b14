package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
)

func TestPublicErrorHidesInternals(t *testing.T) {
	var syn error
	syn = json.Unmarshal([]byte(`{"jobs": [{"id": `), &struct{}{})
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("greenhouse: atsutil: get: %w", &fetch.StatusError{Status: 503, URL: "https://x/v1"}), "the board answered HTTP 503"},
		{fmt.Errorf("greenhouse: get: %w", &net.DNSError{Err: "no such host", Name: "boards-api.greenhouse.io", Server: "10.255.255.53:53"}), "could not find the host boards-api.greenhouse.io"},
		{fmt.Errorf("fetch: %w", fetch.ErrPrivateAddress), "the address is on a private network (allowed only with COPILOT_ALLOW_PRIVATE_FETCH=true)"},
		{fmt.Errorf("lever: %w", context.DeadlineExceeded), "the board did not answer in time"},
		{fmt.Errorf("greenhouse: parse: %w", syn), "the answer was not a listing this kind of board sends (malformed JSON)"},
		{fmt.Errorf("rss: no channel"), "the answer could not be read as a listing of this kind of board"},
	}
	for _, c := range cases {
		got := publicError(c.err)
		if got != c.want {
			t.Errorf("publicError(%v) = %q, want %q", c.err, got, c.want)
		}
		for _, leak := range []string{"atsutil", "10.255.255.53", "fetch:"} {
			if strings.Contains(got, leak) {
				t.Errorf("%q leaks %q", got, leak)
			}
		}
	}
}
