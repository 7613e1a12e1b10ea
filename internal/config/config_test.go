package config

import (
	"errors"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	files := map[string]string{"/run/secrets/seal": "AGE-SECRET-KEY-1ABC\n", "/run/secrets/oidc": "s3cret\n",
		"/brand/logo.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "/brand/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"}
	read := func(p string) ([]byte, error) {
		if s, ok := files[p]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	for _, tc := range []struct {
		name    string
		env     map[string]string
		check   func(Config) bool
		problem string
	}{
		{"defaults", nil, func(c Config) bool { return c.DB == "sqlite:writ.db" && c.Court == "cand" && c.SealKey == "" }, ""},
		{"environment over defaults", map[string]string{"WRIT_DB": "postgres://x", "WRIT_SOURCE": "demo:/d"}, func(c Config) bool { return c.DB == "postgres://x" && c.Source == "demo:/d" }, ""},
		{"secret from a file, trimmed", map[string]string{"WRIT_SEAL_KEY_FILE": "/run/secrets/seal"}, func(c Config) bool { return c.SealKey == "AGE-SECRET-KEY-1ABC" }, ""},
		{"secret in the variable", map[string]string{"WRIT_SEAL_KEY": "AGE-SECRET-KEY-1XYZ"}, func(c Config) bool { return c.SealKey == "AGE-SECRET-KEY-1XYZ" }, ""},
		{"both forms of a secret", map[string]string{"WRIT_SEAL_KEY": "a", "WRIT_SEAL_KEY_FILE": "/run/secrets/seal"}, nil, "both set"},
		{"a secret file that is missing", map[string]string{"WRIT_SEAL_KEY_FILE": "/nope"}, nil, "cannot read /nope"},
		{"the font writ embeds, unless WRIT_FONT names another", nil, func(c Config) bool { return c.Font == "" }, ""},
		{"WRIT_FONT", map[string]string{"WRIT_FONT": "/fonts/a.ttf"}, func(c Config) bool { return c.Font == "/fonts/a.ttf" }, ""},
		{"a portal logo", map[string]string{"WRIT_PORTAL_LOGO": "/brand/logo.png"}, func(c Config) bool { return strings.HasPrefix(string(c.Notice.PortalLogo), "\x89PNG") }, ""},
		{"a portal logo that is no PNG or JPEG", map[string]string{"WRIT_PORTAL_LOGO": "/brand/logo.svg"}, nil, "WRIT_PORTAL_LOGO /brand/logo.svg is not a PNG or JPEG image"},
		{"a portal logo that is missing", map[string]string{"WRIT_PORTAL_LOGO": "/brand/none.png"}, nil, "cannot read WRIT_PORTAL_LOGO"},
		{"no OIDC", nil, func(c Config) bool { return c.OIDC == (OIDC{}) }, ""},
		{"OIDC", map[string]string{"WRIT_OIDC_ISSUER": "https://login.example", "WRIT_OIDC_CLIENT_ID": "writ", "WRIT_OIDC_CLIENT_SECRET_FILE": "/run/secrets/oidc",
			"WRIT_OIDC_REDIRECT_URL": "https://writ.example/signin/oidc/callback", "WRIT_OIDC_NAME": "Okta"}, func(c Config) bool {
			return c.OIDC == OIDC{Issuer: "https://login.example", ClientID: "writ", ClientSecret: "s3cret", RedirectURL: "https://writ.example/signin/oidc/callback", Name: "Okta"}
		}, ""},
		{"OIDC public client", map[string]string{"WRIT_OIDC_ISSUER": "https://login.example", "WRIT_OIDC_CLIENT_ID": "writ"}, func(c Config) bool {
			return c.OIDC.ClientID == "writ" && c.OIDC.ClientSecret == ""
		}, ""},
		{"OIDC without a client ID", map[string]string{"WRIT_OIDC_ISSUER": "https://login.example"}, nil, "WRIT_OIDC_CLIENT_ID is not"},
		{"OIDC without an issuer", map[string]string{"WRIT_OIDC_CLIENT_ID": "writ"}, nil, "WRIT_OIDC_ISSUER is not set"},
		{"both forms of the OIDC secret", map[string]string{"WRIT_OIDC_ISSUER": "https://login.example", "WRIT_OIDC_CLIENT_ID": "writ",
			"WRIT_OIDC_CLIENT_SECRET": "a", "WRIT_OIDC_CLIENT_SECRET_FILE": "/run/secrets/oidc"}, nil, "both set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(func(k string) string { return tc.env[k] }, read)
			if tc.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tc.problem) {
					t.Fatalf("error %v; want one saying %q", err, tc.problem)
				}
				return
			}
			if err != nil || !tc.check(c) {
				t.Errorf("Load = %+v, %v", c, err)
			}
		})
	}
}
