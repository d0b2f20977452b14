package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"syscall"
	"testing"
)

// A robots.txt that cannot be read is reported as such, with its cause,
// and never as a Disallow rule.
func TestRobotsUnreachableKeepsItsCause(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	url := closed.URL + "/feed.rss"
	closed.Close()
	_, err := newTestClient(t, Options{MaxRetries: -1}).Get(context.Background(), Request{URL: url, CheckRobots: true})
	var re *RobotsUnreachableError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want a *RobotsUnreachableError", err)
	}
	if !errors.Is(err, ErrRobots) || !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("err = %v, want ErrRobots wrapping ECONNREFUSED", err)
	}
}

func TestRobotsServerErrorKeepsItsStatusWhileCached(t *testing.T) {
	srv := robotsServer(t, http.StatusServiceUnavailable, "")
	c := newTestClient(t, Options{MaxRetries: -1})
	for i := range 2 { // the second answer comes from the cache
		_, err := c.Get(context.Background(), Request{URL: srv.URL + "/jobs", CheckRobots: true})
		var re *RobotsUnreachableError
		if !errors.As(err, &re) || re.Status != http.StatusServiceUnavailable {
			t.Fatalf("call %d: err = %v, want a *RobotsUnreachableError with status 503", i, err)
		}
	}
	if got := srv.count("/robots.txt"); got != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", got)
	}
}

func TestRobotsDisallowIsNotUnreachable(t *testing.T) {
	srv := robotsServer(t, 200, "User-agent: *\nDisallow: /\n")
	_, err := newTestClient(t, Options{}).Get(context.Background(), Request{URL: srv.URL + "/jobs", CheckRobots: true})
	var re *RobotsUnreachableError
	if !errors.Is(err, ErrRobots) || errors.As(err, &re) {
		t.Fatalf("err = %v, want ErrRobots and no *RobotsUnreachableError", err)
	}
}

// A robots.txt hop refused by the dial-time guard says the address was refused.
func TestRobotsRefusedAddressKeepsItsCause(t *testing.T) {
	srv := robotsServer(t, 200, "")
	c := newTestClient(t, Options{Resolve: func(context.Context, string) ([]netip.Addr, error) {
		return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
	}})
	// The guard is consulted through the robots fetch itself: call it directly,
	// since Get's own pre-check would refuse the page first.
	u, _ := parseTarget(srv.URL + "/jobs")
	err := c.robotsAllow(context.Background(), u, true)
	var re *RobotsUnreachableError
	if !errors.As(err, &re) || !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v, want a *RobotsUnreachableError wrapping ErrPrivateAddress", err)
	}
}
