package httpauth

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

// TestClientKey: a client is counted by its address, an IPv6 address by
// its /64.
func TestClientKey(t *testing.T) {
	for _, tc := range []struct{ remote, want string }{
		{"192.0.2.7:51234", "192.0.2.7"},
		{"[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::"},
		{"[2001:db8:1:2:ffff::1]:443", "2001:db8:1:2::"},
		{"[::ffff:192.0.2.7]:443", "192.0.2.7"},
		{"not an address", "not an address"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.remote
		if got := ClientKey(r); got != tc.want {
			t.Errorf("ClientKey(%q) = %q, want %q", tc.remote, got, tc.want)
		}
	}
}

// TestClientKeyProxies: X-Forwarded-For names the client only when the
// request comes from a trusted proxy, and then the client is the
// right-most address that is not a trusted proxy: anything to its left
// was written by the client itself, and anyone can write anything there.
func TestClientKeyProxies(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("fd00::/8")}
	for _, tc := range []struct {
		name, remote string
		xff          []string
		want         string
	}{
		{"a direct client, no proxies trusted", "192.0.2.7:51234", nil, "192.0.2.7"},
		{"a direct client sending X-Forwarded-For is counted by its own address", "192.0.2.7:51234", []string{"198.51.100.1"}, "192.0.2.7"},
		{"behind a trusted proxy", "10.1.2.3:4000", []string{"198.51.100.1"}, "198.51.100.1"},
		{"a forged address left of the proxy's is not read", "10.1.2.3:4000", []string{"203.0.113.66, 198.51.100.1"}, "198.51.100.1"},
		{"through two trusted proxies", "127.0.0.1:4000", []string{"203.0.113.66, 198.51.100.1, 10.9.9.9"}, "198.51.100.1"},
		{"the header sent twice reads as one list", "10.1.2.3:4000", []string{"203.0.113.66", "198.51.100.1, 10.9.9.9"}, "198.51.100.1"},
		{"an IPv6 client behind the proxy, by its /64", "10.1.2.3:4000", []string{"2001:db8:1:2:3:4:5:6"}, "2001:db8:1:2::"},
		{"an IPv6 proxy", "[fd00::5]:443", []string{"198.51.100.1"}, "198.51.100.1"},
		{"an address with a port", "10.1.2.3:4000", []string{"198.51.100.1:61000"}, "198.51.100.1"},
		{"a bracketed IPv6 address with a port", "10.1.2.3:4000", []string{"[2001:db8:1:2::9]:61000"}, "2001:db8:1:2::"},
		{"an IPv4-mapped peer is the IPv4 proxy", "[::ffff:10.1.2.3]:4000", []string{"198.51.100.1"}, "198.51.100.1"},
		{"a client inside the trusted network", "10.1.2.3:4000", []string{"10.4.4.4"}, "10.4.4.4"},
		{"a proxy that sent no header is the client", "10.1.2.3:4000", nil, "10.1.2.3"},
		{"an entry that is no address is not believed: the proxy is the client", "10.1.2.3:4000", []string{"198.51.100.1, unknown"}, "10.1.2.3"},
		{"an empty header", "10.1.2.3:4000", []string{" , "}, "10.1.2.3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := ClientKey(r, trusted...); got != tc.want {
				t.Errorf("ClientKey(%s, X-Forwarded-For %q) = %q, want %q", tc.remote, tc.xff, got, tc.want)
			}
		})
	}
}
