package fetch

import (
	"context"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMinHostDelay = time.Second
	DefaultMaxBytes     = 20 << 20
	DefaultMaxRetries   = 3
	DefaultBaseBackoff  = 500 * time.Millisecond
	DefaultMaxRetryWait = 2 * time.Minute
	DefaultRobotsTTL    = time.Hour
	maxRedirects        = 5
)

// Options configure a Client; the zero value of each field means its default.
type Options struct {
	// UserAgent replaces the default UserAgent(Version).
	UserAgent string
	// Version goes into the default User-Agent ("dev" when empty).
	Version string
	// Timeout bounds one attempt, from connect to the last body byte (30s).
	Timeout time.Duration
	// MinHostDelay is the pause between two requests to the same host (1s);
	// negative means none.
	MinHostDelay time.Duration
	// MaxBytes caps a body, on the wire and decompressed (20 MiB).
	MaxBytes int64
	// MaxRetries is how many times a transient failure is retried (3);
	// negative means never retry.
	MaxRetries int
	// BaseBackoff is the first retry's wait before jitter, doubled each time (500ms).
	BaseBackoff time.Duration
	// MaxRetryWait caps any one wait; a longer Retry-After ends the retries (2m).
	MaxRetryWait time.Duration
	// RobotsTTL is how long a host's robots.txt is cached (1h).
	RobotsTTL time.Duration
	// AllowPrivate turns the private-address guard off (COPILOT_ALLOW_PRIVATE_FETCH).
	AllowPrivate bool
	// AllowAddr excepts an address from the guard (a LAN feed, or a test's
	// first hop); nil excepts nothing.
	AllowAddr func(netip.AddrPort) bool
	// Resolve replaces DNS for dialing and the guard's pre-check (tests,
	// split-horizon setups); nil uses the system resolver.
	Resolve func(ctx context.Context, host string) ([]netip.Addr, error)
	// OnRequest, when set, is called after every attempt (status 0 when no
	// response came), for metrics.
	OnRequest func(host string, status int, dur time.Duration)
}

// UserAgent is the default User-Agent for a build version.
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "CareerCopilot/" + version + " (+https://github.com/career-copilot/copilot)"
}

// Client is the polite, size-capped, SSRF-guarded HTTP client; it is safe for
// concurrent use and should be shared so per-host politeness holds.
type Client struct {
	opts    Options
	agent   string // product token matched against robots.txt groups
	guard   guard
	plain   *http.Client
	guarded *http.Client

	mu     sync.Mutex
	hosts  map[string]*hostGate
	robots map[string]*robotsEntry
}

// New builds a Client, filling defaults into zero Options.
func New(opts Options) *Client {
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent(opts.Version)
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MinHostDelay == 0 {
		opts.MinHostDelay = DefaultMinHostDelay
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRetries == 0 {
		opts.MaxRetries = DefaultMaxRetries
	}
	if opts.BaseBackoff <= 0 {
		opts.BaseBackoff = DefaultBaseBackoff
	}
	if opts.MaxRetryWait <= 0 {
		opts.MaxRetryWait = DefaultMaxRetryWait
	}
	if opts.RobotsTTL <= 0 {
		opts.RobotsTTL = DefaultRobotsTTL
	}
	c := &Client{
		opts:   opts,
		agent:  productToken(opts.UserAgent),
		guard:  guard{allow: opts.AllowAddr, resolve: opts.Resolve},
		hosts:  map[string]*hostGate{},
		robots: map[string]*robotsEntry{},
	}
	c.plain = c.httpClient(false)
	c.guarded = c.httpClient(true)
	return c
}

// httpClient builds a client that never follows redirects itself (Get does,
// re-checking each hop) and never decompresses (readBody does, capped).
// The guarded one dials only public addresses and never uses a proxy, since
// the guard would then vet the proxy instead of the target; neither uses one
// when a Resolve hook says how to reach hosts.
func (c *Client) httpClient(guarded bool) *http.Client {
	t := &http.Transport{
		DialContext:           c.guard.dialer(guarded, c.opts.Timeout),
		ForceAttemptHTTP2:     true,
		DisableCompression:    true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	if !guarded && c.opts.Resolve == nil {
		t.Proxy = http.ProxyFromEnvironment
	}
	return &http.Client{
		Transport: t,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// productToken is the part of a User-Agent that robots.txt groups name
// ("CareerCopilot" in "CareerCopilot/1.2 (+url)").
func productToken(ua string) string {
	if i := strings.IndexAny(ua, "/ "); i > 0 {
		return ua[:i]
	}
	return ua
}

// CheckURL tells whether Get would accept rawURL as a user-supplied URL:
// http(s), no userinfo, and a host that resolves only to public addresses
// (unless AllowPrivate); for validating a feed URL when a user saves it.
func (c *Client) CheckURL(ctx context.Context, rawURL string) error {
	u, err := parseTarget(rawURL)
	if err != nil {
		return err
	}
	if c.opts.AllowPrivate {
		return nil
	}
	return c.guard.precheck(ctx, u.Hostname(), portOrDefault(u.Port(), u.Scheme))
}

func portOrDefault(port, scheme string) string {
	if port != "" {
		return port
	}
	if scheme == "https" {
		return "443"
	}
	return "80"
}

// CloseIdleConnections closes kept-alive connections (on shutdown, in tests).
func (c *Client) CloseIdleConnections() {
	c.plain.CloseIdleConnections()
	c.guarded.CloseIdleConnections()
}
