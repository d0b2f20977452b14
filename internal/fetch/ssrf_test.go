package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func addrPortOf(t *testing.T, srv *recorder) netip.AddrPort {
	t.Helper()
	ap, err := netip.ParseAddrPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	return ap
}

func TestUserURLToPrivateAddressIsRefused(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) })
	port := addrPortOf(t, srv).Port()

	// A server on [::1] too, when this machine has IPv6 loopback, so that
	// "refused" also means "never reached".
	var v6 *httptest.Server
	var v6hits atomic.Int32
	if ln, err := net.Listen("tcp", "[::1]:0"); err == nil {
		v6 = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { v6hits.Add(1) }))
		v6.Listener = ln
		v6.Start()
		t.Cleanup(v6.Close)
	}
	v6URL := "http://[::1]:9/"
	if v6 != nil {
		v6URL = v6.URL + "/"
	}

	c := newTestClient(t, Options{Timeout: time.Second})
	for _, raw := range []string{
		srv.URL + "/",
		"http://localhost:" + itoa(port) + "/",
		v6URL,
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/",
		"http://[fd00:ec2::254]/latest/meta-data/",
		"http://[::ffff:127.0.0.1]:" + itoa(port) + "/",
		"http://0.0.0.0:" + itoa(port) + "/",
	} {
		start := time.Now()
		_, err := c.Get(context.Background(), Request{URL: raw, UserURL: true})
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Get(%s) err = %v, want ErrPrivateAddress", raw, err)
		}
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("Get(%s) took %v: refused addresses must not be dialled or retried", raw, d)
		}
		if err := c.CheckURL(context.Background(), raw); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("CheckURL(%s) = %v, want ErrPrivateAddress", raw, err)
		}
	}
	if got := srv.count(""); got != 0 {
		t.Errorf("loopback server was reached %d times, want 0", got)
	}
	if n := v6hits.Load(); n != 0 {
		t.Errorf("[::1] server was reached %d times, want 0", n)
	}

	// The same server is fine for built-in sources and with AllowPrivate.
	if _, err := c.Get(context.Background(), Request{URL: srv.URL}); err != nil {
		t.Errorf("non-user URL on loopback: %v", err)
	}
	open := newTestClient(t, Options{AllowPrivate: true})
	if _, err := open.Get(context.Background(), Request{URL: srv.URL, UserURL: true}); err != nil {
		t.Errorf("user URL with AllowPrivate: %v", err)
	}
}

func TestBadURLsAreRefused(t *testing.T) {
	c := newTestClient(t, Options{})
	for _, raw := range []string{
		"file:///etc/passwd",
		"gopher://example.com/",
		"ftp://example.com/jobs.xml",
		"http://user:pass@example.com/",
		"https://token@example.com/",
		"/relative/path",
		"http://",
		"https://[::1",
	} {
		if _, err := c.Get(context.Background(), Request{URL: raw, UserURL: true}); !errors.Is(err, ErrBadURL) {
			t.Errorf("Get(%q) err = %v, want ErrBadURL", raw, err)
		}
		if _, err := c.Get(context.Background(), Request{URL: raw}); !errors.Is(err, ErrBadURL) {
			t.Errorf("Get(%q) without UserURL err = %v, want ErrBadURL", raw, err)
		}
	}
}

func TestConnectTimeCheckHoldsWithoutPrecheck(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {})
	c := newTestClient(t, Options{})
	// Straight through the guarded transport, skipping Get's early check.
	_, err := c.guarded.Get(srv.URL)
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("guarded transport to %s: err = %v, want ErrPrivateAddress", srv.URL, err)
	}
	if got := srv.count(""); got != 0 {
		t.Errorf("server reached %d times, want 0", got)
	}
	g := guard{}
	for addr, refused := range map[string]bool{
		"127.0.0.1:80":                true,
		"[::1]:443":                   true,
		"[::ffff:169.254.169.254]:80": true,
		"[fe80::1%eth0]:80":           true,
		"8.8.8.8:443":                 false,
		"[2606:4700::1111]:443":       false,
		"not-an-address":              true,
	} {
		err := g.control("tcp", addr, nil)
		if refused != errors.Is(err, ErrPrivateAddress) {
			t.Errorf("control(%s) = %v, want refused=%v", addr, err, refused)
		}
	}
}

func TestDNSRebindingIsRefusedAtConnect(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("internal")) })
	port := addrPortOf(t, srv).Port()
	var mu sync.Mutex
	var lookups []string
	c := newTestClient(t, Options{
		MaxRetries: -1, // one attempt: the refusal must come from its own dial
		// The first answer is public (what a check-then-connect client
		// would vet); every later one points at loopback.
		Resolve: func(ctx context.Context, host string) ([]netip.Addr, error) {
			mu.Lock()
			defer mu.Unlock()
			lookups = append(lookups, host)
			if len(lookups) == 1 {
				return []netip.Addr{netip.MustParseAddr("203.0.113.7")}, nil
			}
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		},
	})
	_, err := c.Get(context.Background(), Request{URL: "http://rebind.test:" + itoa(port) + "/", UserURL: true})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v, want ErrPrivateAddress", err)
	}
	if got := srv.count(""); got != 0 {
		t.Errorf("loopback server reached %d times, want 0", got)
	}
	if len(lookups) != 2 {
		t.Errorf("resolver called %d times (%v), want 2: the early check and the dial", len(lookups), lookups)
	}
}

func TestResolveHookIsUsedForDialing(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("board")) })
	port := addrPortOf(t, srv).Port()
	c := newTestClient(t, Options{
		AllowPrivate: true,
		Resolve: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if host != "boards.example.test" {
				return nil, errors.New("unknown host " + host)
			}
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		},
	})
	resp, err := c.Get(context.Background(), Request{URL: "http://boards.example.test:" + itoa(port) + "/x", UserURL: true})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "board" {
		t.Errorf("body = %q, want board", resp.Body)
	}
}

func TestRedirectToPrivateAddressIsRefused(t *testing.T) {
	private := newRecorder(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("internal")) })
	var target string
	public := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target, http.StatusFound)
	})
	first := addrPortOf(t, public)
	c := newTestClient(t, Options{
		// Only the first hop's exact address:port passes as "public".
		AllowAddr: func(ap netip.AddrPort) bool { return ap == first },
	})
	for _, to := range []string{
		private.URL + "/admin",
		"http://169.254.169.254/latest/meta-data/iam/",
		"http://[::1]:" + itoa(addrPortOf(t, private).Port()) + "/",
	} {
		target = to
		_, err := c.Get(context.Background(), Request{URL: public.URL + "/feed", UserURL: true})
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("redirect to %s: err = %v, want ErrPrivateAddress", to, err)
		}
	}
	if got := public.count(""); got != 3 {
		t.Errorf("allowed first hop reached %d times, want 3", got)
	}
	if got := private.count(""); got != 0 {
		t.Errorf("private redirect target reached %d times, want 0", got)
	}

	target = "file:///etc/passwd"
	if _, err := c.Get(context.Background(), Request{URL: public.URL + "/feed", UserURL: true}); !errors.Is(err, ErrBadURL) {
		t.Errorf("redirect to file: err = %v, want ErrBadURL", err)
	}
}

func TestRedirectsAreFollowedAndLimited(t *testing.T) {
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/old":
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
		case p == "/new":
			w.Write([]byte("moved here"))
		default: // /loop/N -> /loop/N+1 forever
			n := len(strings.Split(p, "/"))
			http.Redirect(w, r, p+"/"+itoa(uint16(n)), http.StatusFound)
		}
	})
	c := newTestClient(t, Options{MinHostDelay: 5 * time.Millisecond})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/old"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "moved here" || resp.URL != srv.URL+"/new" {
		t.Errorf("got %q from %s, want \"moved here\" from /new", resp.Body, resp.URL)
	}
	_, err = c.Get(context.Background(), Request{URL: srv.URL + "/loop"})
	if err == nil || !strings.Contains(err.Error(), "more than 5 redirects") {
		t.Errorf("redirect loop: err = %v, want more than 5 redirects", err)
	}
	if got := len(srv.seen("")) - 2; got != 6 {
		t.Errorf("redirect loop made %d requests, want 6 (the first and 5 redirects)", got)
	}
}

func TestCrossHostRedirectDropsCredentials(t *testing.T) {
	other := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {})
	srv := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/away" {
			http.Redirect(w, r, other.URL+"/landing", http.StatusFound)
			return
		}
		if r.URL.Path == "/here" {
			http.Redirect(w, r, "/landing", http.StatusFound)
		}
	})
	c := newTestClient(t, Options{})
	hdr := http.Header{"Authorization": {"Bearer t0k"}, "X-Api-Key": {"k3y"}, "Accept": {"application/json"}}
	for _, p := range []string{"/away", "/here"} {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + p, Header: hdr}); err != nil {
			t.Fatal(err)
		}
	}
	away := other.seen("/landing")[0].header
	if away.Get("Authorization") != "" || away.Get("X-Api-Key") != "" || away.Get("Accept") != "application/json" {
		t.Errorf("other host got Authorization=%q X-Api-Key=%q Accept=%q; want credentials dropped, Accept kept",
			away.Get("Authorization"), away.Get("X-Api-Key"), away.Get("Accept"))
	}
	same := srv.seen("/landing")[0].header
	if same.Get("Authorization") != "Bearer t0k" || same.Get("X-Api-Key") != "k3y" {
		t.Errorf("same-host redirect lost credentials: %v", same)
	}
}

func itoa(p uint16) string { return strconv.Itoa(int(p)) }
