package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"time"
)

// checkLoopback refuses any URL whose host is not a loopback address: the generator must never load
// someone else's server, so a name is resolved and every address it has must be loopback.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("loadgen: parse %q: %w", raw, err)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("loadgen: %q has no host", raw)
	}
	if ip := net.ParseIP(host); ip != nil {
		if !ip.IsLoopback() {
			return fmt.Errorf("loadgen: refusing %s: not a loopback address", host)
		}
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil || len(addrs) == 0 {
		return fmt.Errorf("loadgen: refusing %s: cannot resolve it to a loopback address", host)
	}
	for _, a := range addrs {
		if !a.IP.IsLoopback() {
			return fmt.Errorf("loadgen: refusing %s: it resolves to %s, not a loopback address", host, a.IP)
		}
	}
	return nil
}
