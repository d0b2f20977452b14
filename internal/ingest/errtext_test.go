package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
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
		{fmt.Errorf("greenhouse: parse: %w", syn), "the answer ends at byte 17 before the listing is complete (cut short)"},
		{fmt.Errorf("greenhouse: parse: %w", json.Unmarshal(nil, &struct{}{})), "the answer was empty"},
		{fmt.Errorf("greenhouse: parse: %w", json.Unmarshal([]byte(`{"jobs": [}`), &struct{}{})), "the answer was not a listing this kind of board sends (malformed JSON)"},
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

// A robots.txt that could not be read says why, and only a real Disallow says robots.txt forbids the page.
func TestPublicErrorRobotsCause(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	unreach := func(err error) error {
		return fmt.Errorf("rss: get: %w", &fetch.RobotsUnreachableError{Origin: "http://h", Err: err})
	}
	cases := []struct {
		err  error
		want string
	}{
		{unreach(fmt.Errorf("fetch: resolve nonexistent.invalid: %w", &net.DNSError{Err: "no such host", Name: "nonexistent.invalid", Server: "10.1.1.1:53", IsNotFound: true})),
			"robots.txt could not be read (the host nonexistent.invalid does not resolve), so the page is not fetched"},
		{unreach(fmt.Errorf("fetch: 10.0.0.1 resolves to a refused address: %w", fetch.ErrPrivateAddress)),
			"robots.txt could not be read (refused: it resolves to a private address), so the page is not fetched"},
		{unreach(refused), "robots.txt could not be read (connection refused), so the page is not fetched"},
		{unreach(context.DeadlineExceeded), "robots.txt could not be read (no answer in time), so the page is not fetched"},
		{fmt.Errorf("rss: %w", &fetch.RobotsUnreachableError{Origin: "http://h", Status: 503}), "robots.txt could not be read (HTTP 503), so the page is not fetched"},
		{fmt.Errorf("rss: %w: http://h/feed for CareerCopilot", fetch.ErrRobots), "robots.txt does not allow fetching this page"},
		{fmt.Errorf("rss: get: %w", refused), "could not connect to the board (connection refused)"},
	}
	for _, c := range cases {
		if got := publicError(c.err); got != c.want {
			t.Errorf("publicError(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}
