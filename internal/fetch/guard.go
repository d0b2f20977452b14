package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// ErrBadURL reports a URL that is not absolute http(s), or that carries userinfo.
var ErrBadURL = errors.New("fetch: URL must be absolute http or https without userinfo")

// parseTarget parses and validates a URL we are about to request.
func parseTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if err := validTarget(u); err != nil {
		return nil, err
	}
	return u, nil
}

// validTarget refuses other schemes (file:, gopher:, ...), relative URLs and
// userinfo, which both leaks credentials and disguises the real host.
func validTarget(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q", ErrBadURL, u.Scheme)
	}
	if u.Host == "" || u.Hostname() == "" {
		return fmt.Errorf("%w: no host", ErrBadURL)
	}
	if u.User != nil {
		return fmt.Errorf("%w: userinfo in %s", ErrBadURL, redact(u))
	}
	return nil
}

// redact drops userinfo, query and fragment, which may hold API keys, from a
// URL shown in errors.
func redact(u *url.URL) string {
	return u.Scheme + "://" + u.Host + u.EscapedPath()
}

// guard decides which addresses a guarded connection may reach.
type guard struct {
	allow   func(netip.AddrPort) bool
	resolve func(ctx context.Context, host string) ([]netip.Addr, error)
}

// check refuses a private address unless the allow hook excepts it.
func (g guard) check(ap netip.AddrPort) error {
	if !IsPrivateAddr(ap.Addr()) {
		return nil
	}
	if g.allow != nil && g.allow(ap) {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
}

// control runs inside net.Dialer after DNS resolution and before connect, on
// the very IP the socket is about to reach: this is the check that holds
// after redirects and when DNS answers change between a check and a connect.
func (g guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparsable dial address %q", ErrPrivateAddress, address)
	}
	return g.check(ap)
}

// precheck resolves host and refuses it early, with a clear error, when any
// of its addresses is private; the dial-time control stays the real guard.
func (g guard) precheck(ctx context.Context, host, port string) error {
	p, err := portOf(port)
	if err != nil {
		return err
	}
	addrs, err := g.lookup(ctx, host)
	if err != nil {
		return fmt.Errorf("fetch: resolve %s: %w", host, err)
	}
	for _, a := range addrs {
		if err := g.check(netip.AddrPortFrom(a, p)); err != nil {
			return fmt.Errorf("fetch: %s resolves to a refused address: %w", host, err)
		}
	}
	return nil
}

// lookup resolves host with the hook, or the system resolver; IP literals
// resolve to themselves.
func (g guard) lookup(ctx context.Context, host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, nil
	}
	var addrs []netip.Addr
	var err error
	if g.resolve != nil {
		addrs, err = g.resolve(ctx, host)
	} else {
		addrs, err = net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	}
	if err == nil && len(addrs) == 0 {
		err = errors.New("no addresses")
	}
	return addrs, err
}

func portOf(s string) (uint16, error) {
	var p uint16
	if _, err := fmt.Sscan(s, &p); err != nil {
		return 0, fmt.Errorf("%w: port %q", ErrBadURL, s)
	}
	return p, nil
}

// dialer builds the DialContext of a transport; with guarded set every
// connection goes through the address check in Control.
func (g guard) dialer(guarded bool, timeout time.Duration) func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if guarded {
		d.Control = g.control
	}
	if g.resolve == nil {
		return d.DialContext
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, fmt.Errorf("fetch: dial %s: %w", addr, err)
		}
		addrs, err := g.lookup(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("fetch: resolve %s: %w", host, err)
		}
		var errs []error
		for _, a := range addrs {
			conn, err := d.DialContext(ctx, network, net.JoinHostPort(a.String(), port))
			if err == nil {
				return conn, nil
			}
			errs = append(errs, err)
		}
		return nil, errors.Join(errs...)
	}
}
