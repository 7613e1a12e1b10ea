package cli_test

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access/oidctest"
)

// TestServeOIDC starts `writ serve --demo` with an OpenID Connect provider
// configured through WRIT_OIDC_*: the sign-in page offers it, the callback
// writ tells the provider is derived from the address it serves at, and
// the demo's staff member signs in through it.
func TestServeOIDC(t *testing.T) {
	idp := oidctest.New(t)
	dir := t.TempDir()
	env := hermeticEnv()
	env.Now = time.Now
	vars := map[string]string{"WRIT_OIDC_ISSUER": idp.URL, "WRIT_OIDC_CLIENT_ID": oidctest.ClientID,
		"WRIT_OIDC_CLIENT_SECRET": oidctest.ClientSecret, "WRIT_OIDC_NAME": "Test IdP"}
	env.Getenv = func(k string) string { return vars[k] }
	srv := startServe(t, env, "--demo", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(dir, "demo"))
	base, stderr := srv.base, srv.stderr
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(u string) (*http.Response, string) {
		t.Helper()
		resp, err := c.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(b)
	}
	if _, body := get(base + "/signin"); !strings.Contains(body, "Sign in with Test IdP") {
		t.Fatalf("the sign-in page does not offer the provider:\n%s", body)
	}
	idp.SetNext(oidctest.Identity{Email: "staff@platform.example"})
	resp, _ := get(base + "/signin/oidc")
	authURL, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(authURL.String(), idp.URL) {
		t.Fatalf("GET /signin/oidc: %d to %q, want the provider", resp.StatusCode, resp.Header.Get("Location"))
	}
	if got, want := authURL.Query().Get("redirect_uri"), base+"/signin/oidc/callback"; got != want {
		t.Errorf("redirect_uri = %q, want %q (derived from the address served)", got, want)
	}
	resp, _ = get(authURL.String())
	resp, _ = get(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("callback: %d", resp.StatusCode)
	}
	if _, body := get(base + "/"); !strings.Contains(body, "Platform legal staff") {
		t.Errorf("home after signing in through the provider does not show the staff member:\n%s", body)
	}
	if strings.Contains(stderr.String(), "@platform.example") || strings.Contains(stderr.String(), oidctest.ClientSecret) {
		t.Errorf("the log holds an e-mail address or the client secret:\n%s", stderr.String())
	}
}

// TestServeOIDCConfig: an OIDC configuration that cannot work is refused
// at start, naming the setting.
func TestServeOIDCConfig(t *testing.T) {
	for _, tc := range []struct {
		vars       map[string]string
		addr, want string
	}{
		{map[string]string{"WRIT_OIDC_ISSUER": "https://login.example"}, "127.0.0.1:0", "WRIT_OIDC_CLIENT_ID"},
		{map[string]string{"WRIT_OIDC_CLIENT_ID": "writ"}, "127.0.0.1:0", "WRIT_OIDC_ISSUER"},
		{map[string]string{"WRIT_OIDC_ISSUER": "http://login.example", "WRIT_OIDC_CLIENT_ID": "writ"}, "127.0.0.1:0", "issuer must be an https URL"},
		// On every address, no callback can be derived.
		{map[string]string{"WRIT_OIDC_ISSUER": "https://login.example", "WRIT_OIDC_CLIENT_ID": "writ"}, "0.0.0.0:0", "WRIT_OIDC_REDIRECT_URL"},
	} {
		env := hermeticEnv()
		env.Getenv = func(k string) string { return tc.vars[k] }
		r := runEnv(t, env, "serve", "--addr", tc.addr, "--db", "sqlite:"+filepath.Join(t.TempDir(), "writ.db"))
		r.mustBeUsageError(t, tc.want)
	}
}

// TestServeHelpOIDC: the help of writ serve names every OIDC setting.
func TestServeHelpOIDC(t *testing.T) {
	r := run(t, "serve", "--help")
	r.mustSucceed(t)
	for _, want := range []string{"WRIT_OIDC_ISSUER", "WRIT_OIDC_CLIENT_ID", "WRIT_OIDC_CLIENT_SECRET", "WRIT_OIDC_CLIENT_SECRET_FILE", "WRIT_OIDC_REDIRECT_URL", "WRIT_OIDC_NAME"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("writ serve --help does not mention %s", want)
		}
	}
}
