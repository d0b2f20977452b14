package fetch

import "net/netip"

// blocked4 lists the IPv4 ranges a user-supplied URL may never reach: this
// network, RFC 1918, CGNAT (also Alibaba's metadata 100.100.100.200),
// loopback, link-local (AWS/GCP/Azure metadata 169.254.169.254), IETF
// protocol assignments, benchmarking, multicast and reserved/broadcast.
var blocked4 = prefixes(
	"0.0.0.0/8",
	"10.0.0.0/8",
	"100.64.0.0/10",
	"127.0.0.0/8",
	"169.254.0.0/16",
	"172.16.0.0/12",
	"192.0.0.0/24",
	"192.168.0.0/16",
	"198.18.0.0/15",
	"224.0.0.0/4",
	"240.0.0.0/4",
)

// blocked6 lists the IPv6 ranges refused outright: unspecified, loopback and
// the deprecated IPv4-compatible block (::/96), discard-only, local-use
// NAT64, unique local (AWS metadata fd00:ec2::254), link-local, site-local
// and multicast.
var blocked6 = prefixes(
	"::/96",
	"100::/64",
	"64:ff9b:1::/48",
	"fc00::/7",
	"fe80::/10",
	"fec0::/10",
	"ff00::/8",
)

// embeds4 lists IPv6 ranges whose last 32 bits carry an IPv4 address that a
// translator would reach (NAT64, SIIT); that address decides. IPv4-mapped
// ::ffff:0:0/96 is handled by Unmap.
var embeds4 = prefixes(
	"64:ff9b::/96",
	"::ffff:0:0:0/96",
)

// sixToFour carries an IPv4 address in bits 16..47 (RFC 3056).
var sixToFour = netip.MustParsePrefix("2002::/16")

func prefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// IsPrivateAddr reports whether a fetch of a user-supplied URL must refuse to
// connect to a: anything not plainly on the public Internet, including
// IPv4-mapped and translated IPv6 spellings of such addresses.
func IsPrivateAddr(a netip.Addr) bool {
	if !a.IsValid() {
		return true
	}
	a = a.WithZone("").Unmap()
	if a.Is4() {
		return inAny(blocked4, a)
	}
	for _, p := range embeds4 {
		if p.Contains(a) {
			b := a.As16()
			return IsPrivateAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		}
	}
	if sixToFour.Contains(a) {
		b := a.As16()
		return IsPrivateAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	}
	return inAny(blocked6, a)
}

func inAny(ps []netip.Prefix, a netip.Addr) bool {
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
