package fetch

import (
	"net/netip"
	"testing"
)

func TestIsPrivateAddr(t *testing.T) {
	tests := []struct {
		addr    string
		private bool
	}{
		// Public addresses stay reachable.
		{"8.8.8.8", false},
		{"1.1.1.1", false},
		{"140.82.112.3", false},
		{"100.63.255.255", false}, // just below CGNAT
		{"100.128.0.0", false},    // just above CGNAT
		{"172.15.255.255", false}, // just below 172.16/12
		{"172.32.0.0", false},     // just above 172.16/12
		{"203.0.113.7", false},    // documentation range: unroutable, not internal
		{"2606:4700:4700::1111", false},
		{"2a00:1450:4001:80b::200e", false},
		{"::ffff:8.8.8.8", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"2002:808:808::1", false},  // 6to4 of 8.8.8.8

		// IPv4 loopback, private, link-local, CGNAT, unspecified, multicast.
		{"127.0.0.1", true},
		{"127.255.255.254", true},
		{"10.0.0.1", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"169.254.0.1", true},
		{"169.254.169.254", true}, // AWS, GCP, Azure metadata
		{"100.64.0.1", true},
		{"100.100.100.200", true}, // Alibaba metadata
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"240.0.0.1", true},
		{"255.255.255.255", true},
		{"198.18.0.1", true},
		{"192.0.0.170", true},

		// IPv6 loopback, unspecified, ULA, link-local, multicast, metadata.
		{"::1", true},
		{"::", true},
		{"fc00::1", true},
		{"fd12:3456:789a::1", true},
		{"fd00:ec2::254", true}, // AWS IPv6 metadata
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"febf:ffff::1", true},
		{"fec0::1", true},
		{"ff02::1", true},
		{"100::1", true},

		// IPv6 spellings of private IPv4 addresses.
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::127.0.0.1", true}, // deprecated IPv4-compatible
		{"::ffff:0:127.0.0.1", true},
		{"64:ff9b::a00:1", true}, // NAT64 of 10.0.0.1
		{"64:ff9b:1::1", true},
		{"2002:7f00:1::1", true}, // 6to4 of 127.0.0.1
		{"2002:a9fe:a9fe::1", true},
	}
	for _, tt := range tests {
		a, err := netip.ParseAddr(tt.addr)
		if err != nil {
			t.Fatalf("parse %q: %v", tt.addr, err)
		}
		if got := IsPrivateAddr(a); got != tt.private {
			t.Errorf("IsPrivateAddr(%s) = %v, want %v", tt.addr, got, tt.private)
		}
	}
	if !IsPrivateAddr(netip.Addr{}) {
		t.Error("IsPrivateAddr(zero Addr) = false, want true")
	}
}
