package httpauth

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ClientKey is what a rate limit counts a client by (the sign-in's, the
// portal's): the client's address, an IPv6 address cut to its /64 (one
// host's usual share). It is used for nothing else and never logged.
//
// Behind a reverse proxy every request comes from the proxy, and counting
// by the proxy's address would put every client in one count, so that one
// client's failures would lock out everyone. So when the direct peer is
// one of the trusted proxies, the client is read from X-Forwarded-For: the
// right-most address in it that is not itself a trusted proxy. Each proxy
// appends the address it got the request from, so reading from the right,
// past the proxies writ trusts, gives the address the outermost of them
// saw; whatever lies left of it was written by the client and may say
// anything. A peer that is not trusted is the client, whatever it sends:
// else a client could spread its failures over addresses it made up, or
// charge them to someone else's.
//
// trusted are the proxies (config.Server.TrustedProxies); with none, the
// default, X-Forwarded-For is never read.
func ClientKey(r *http.Request, trusted ...netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	client := plain(peer)
	if isTrusted(client, trusted) {
		client = forwarded(r.Header.Values("X-Forwarded-For"), trusted, client)
	}
	if client.Is4() {
		return client.String()
	}
	return netip.PrefixFrom(client, 64).Masked().Addr().String()
}

// forwarded reads the client from the X-Forwarded-For headers of a request
// that came from the trusted proxy peer: the right-most address that is
// not a trusted proxy. When every address is a trusted one, the client is
// inside the trusted network and is the left-most. An entry that is not
// an address stops the reading at the last proxy read (the peer, if it is
// the right-most): something other than the trusted proxies wrote it, so
// nothing left of it can be believed, and the proxy that passed it on is
// the client as far as writ can tell.
func forwarded(values []string, trusted []netip.Prefix, peer netip.Addr) netip.Addr {
	var hops []string
	for _, v := range values {
		// Several headers are one list, in order (RFC 9110, section 5.3).
		hops = append(hops, strings.Split(v, ",")...)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		hop := strings.TrimSpace(hops[i])
		if hop == "" {
			continue
		}
		a, ok := parseHop(hop)
		if !ok {
			return client
		}
		client = a
		if !isTrusted(a, trusted) {
			return a
		}
	}
	return client
}

// parseHop reads one entry of X-Forwarded-For: an address, or (as some
// proxies write it) an address and port, an IPv6 one in brackets.
func parseHop(s string) (netip.Addr, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return plain(a), true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return plain(ap.Addr()), true
	}
	return netip.Addr{}, false
}

// plain is an address as prefixes match it: an IPv4 address written as
// IPv6 (::ffff:192.0.2.1, as a dual-stack listener reports it) is the IPv4
// address, and a zone is dropped.
func plain(a netip.Addr) netip.Addr { return a.Unmap().WithZone("") }

// isTrusted reports whether a is one of the trusted proxies.
func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
