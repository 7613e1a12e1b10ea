package config

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
)

// Server is how writ serve meets the network.
type Server struct {
	// PublicURL is the address people reach writ at, as they type it
	// (WRIT_PUBLIC_URL, or --public-url): links in mail and pages are built
	// from it, and when it is https cookies are Secure with the __Host-
	// prefix and every answer carries HSTS. Stored without a trailing
	// slash; "" when writ is reached at the address it listens on.
	PublicURL string
	// TLSCert and TLSKey are PEM files for serving TLS directly
	// (WRIT_TLS_CERT, WRIT_TLS_KEY; --tls-cert, --tls-key); both or none.
	TLSCert, TLSKey string
	// TrustedProxies are the addresses of the reverse proxies whose
	// X-Forwarded-For writ believes (WRIT_TRUSTED_PROXIES, comma-separated
	// addresses or CIDR prefixes): only from them is a forwarded client
	// address read, for the limits on guessing. None by default.
	TrustedProxies []netip.Prefix
	// MetricsToken guards /metrics: a scraper sends it as a bearer token
	// (WRIT_METRICS_TOKEN or WRIT_METRICS_TOKEN_FILE).
	MetricsToken string
	// MetricsAddr serves /metrics on an address of its own, such as a
	// private interface, instead of beside the application
	// (WRIT_METRICS_ADDR, --metrics-addr).
	MetricsAddr string
}

// HTTPS reports whether writ is reached over https.
func (s Server) HTTPS() bool { return strings.HasPrefix(s.PublicURL, "https://") }

// minMetricsToken is the shortest bearer token /metrics takes: a token is
// a secret, not a password a person remembers.
const minMetricsToken = 20

func loadServer(getenv func(string) string, readFile func(string) ([]byte, error)) (Server, error) {
	s := Server{TLSCert: getenv("WRIT_TLS_CERT"), TLSKey: getenv("WRIT_TLS_KEY"), MetricsAddr: getenv("WRIT_METRICS_ADDR")}
	var err error
	if s.PublicURL, err = PublicURL(getenv("WRIT_PUBLIC_URL")); err != nil {
		return s, fmt.Errorf("WRIT_PUBLIC_URL: %w", err)
	}
	if (s.TLSCert == "") != (s.TLSKey == "") {
		return s, fmt.Errorf("WRIT_TLS_CERT and WRIT_TLS_KEY go together: set both to serve TLS, or neither")
	}
	if s.TrustedProxies, err = Proxies(getenv("WRIT_TRUSTED_PROXIES")); err != nil {
		return s, fmt.Errorf("WRIT_TRUSTED_PROXIES: %w", err)
	}
	if s.MetricsToken, err = secret(getenv, readFile, "WRIT_METRICS_TOKEN"); err != nil {
		return s, err
	}
	if s.MetricsToken != "" && len(s.MetricsToken) < minMetricsToken {
		return s, fmt.Errorf("WRIT_METRICS_TOKEN: a token of at least %d characters (a random one: openssl rand -hex 20)", minMetricsToken)
	}
	return s, nil
}

// PublicURL checks the public address writ is reached at: an absolute
// http or https URL with a host, maybe a path, and no query or fragment.
// It returns it without a trailing slash.
func PublicURL(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	u, err := url.Parse(v)
	switch {
	case err != nil, u.Scheme != "https" && u.Scheme != "http", u.Host == "":
		return "", fmt.Errorf("%q is not an address such as https://writ.platform.example", v)
	case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
		return "", fmt.Errorf("%q: the public address has no user, query or fragment", v)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// Proxies reads a comma-separated list of addresses and CIDR prefixes.
func Proxies(v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a prefix such as 10.0.0.0/8", f)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
