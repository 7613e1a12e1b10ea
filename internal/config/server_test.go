package config

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
)

// TestLoadServer: the public address, TLS, the proxies trusted to say who
// the client is, and how /metrics is guarded (issue 13, items 3 and 10).
func TestLoadServer(t *testing.T) {
	read := func(p string) ([]byte, error) {
		if p == "/run/secrets/metrics" {
			return []byte("m3trics-t0ken-of-enough-length\n"), nil
		}
		return nil, errors.New("no such file")
	}
	for _, tc := range []struct {
		name    string
		env     map[string]string
		check   func(Server) bool
		problem string
	}{
		{"nothing set", nil, func(s Server) bool {
			return s.PublicURL == "" && !s.HTTPS() && len(s.TrustedProxies) == 0 && s.MetricsToken == ""
		}, ""},
		{"a public https address", map[string]string{"WRIT_PUBLIC_URL": "https://writ.platform.example/"}, func(s Server) bool {
			return s.PublicURL == "https://writ.platform.example" && s.HTTPS()
		}, ""},
		{"a public address under a path", map[string]string{"WRIT_PUBLIC_URL": "https://legal.example/writ"}, func(s Server) bool { return s.PublicURL == "https://legal.example/writ" }, ""},
		{"plain http", map[string]string{"WRIT_PUBLIC_URL": "http://127.0.0.1:8080"}, func(s Server) bool { return !s.HTTPS() }, ""},
		{"not a URL", map[string]string{"WRIT_PUBLIC_URL": "writ.example"}, nil, "WRIT_PUBLIC_URL"},
		{"a query in the address", map[string]string{"WRIT_PUBLIC_URL": "https://writ.example/?x=1"}, nil, "WRIT_PUBLIC_URL"},
		{"TLS", map[string]string{"WRIT_TLS_CERT": "/etc/writ/cert.pem", "WRIT_TLS_KEY": "/etc/writ/key.pem"}, func(s Server) bool {
			return s.TLSCert == "/etc/writ/cert.pem" && s.TLSKey == "/etc/writ/key.pem"
		}, ""},
		{"a certificate without its key", map[string]string{"WRIT_TLS_CERT": "/etc/writ/cert.pem"}, nil, "WRIT_TLS_KEY"},
		{"trusted proxies", map[string]string{"WRIT_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1 ,::1"}, func(s Server) bool {
			return len(s.TrustedProxies) == 3 && s.TrustedProxies[0] == netip.MustParsePrefix("10.0.0.0/8") &&
				s.TrustedProxies[1] == netip.MustParsePrefix("127.0.0.1/32") && s.TrustedProxies[2] == netip.MustParsePrefix("::1/128")
		}, ""},
		{"a proxy that is not an address", map[string]string{"WRIT_TRUSTED_PROXIES": "10.0.0.0/8,proxy.internal"}, nil, "proxy.internal"},
		{"a metrics token from a file", map[string]string{"WRIT_METRICS_TOKEN_FILE": "/run/secrets/metrics"}, func(s Server) bool { return s.MetricsToken == "m3trics-t0ken-of-enough-length" }, ""},
		{"a short metrics token", map[string]string{"WRIT_METRICS_TOKEN": "abc"}, nil, "at least 20"},
		{"metrics on their own address", map[string]string{"WRIT_METRICS_ADDR": "127.0.0.1:9100"}, func(s Server) bool { return s.MetricsAddr == "127.0.0.1:9100" }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(func(k string) string { return tc.env[k] }, read)
			if tc.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tc.problem) {
					t.Fatalf("err = %v; want one naming %q", err, tc.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(c.Server) {
				t.Errorf("got %+v", c.Server)
			}
		})
	}
}
