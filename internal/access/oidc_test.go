package access_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/access/oidctest"
	"github.com/writ-project/writ/internal/fault"
)

// oidcFixture is the access fixture with a test provider and writ's OIDC
// client of it.
type oidcFixture struct {
	*fixture
	idp  *oidctest.Provider
	oidc *access.OIDC
}

const testRedirect = "http://127.0.0.1:1/signin/oidc/callback"

func newOIDCFixture(t *testing.T) *oidcFixture {
	t.Helper()
	f := newFixture(t, access.Options{})
	idp := oidctest.New(t)
	idp.Now = func() time.Time { return t0 }
	o, err := access.NewOIDC(f.a, access.OIDCConfig{Issuer: idp.URL, ClientID: oidctest.ClientID,
		ClientSecret: oidctest.ClientSecret, RedirectURL: testRedirect, Name: "Test IdP"})
	if err != nil {
		t.Fatal(err)
	}
	return &oidcFixture{fixture: f, idp: idp, oidc: o}
}

// authorize begins a sign-in and follows it through the provider's
// authorization endpoint, as a browser would, up to the callback: it
// returns the flow and the callback's query.
func (f *oidcFixture) authorize(t *testing.T, id oidctest.Identity) (access.Flow, url.Values) {
	t.Helper()
	f.idp.SetNext(id)
	authURL, flow, err := f.oidc.Begin(context.Background(), t0)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(loc.String(), testRedirect+"?") {
		t.Fatalf("the provider redirected to %q, want the callback", resp.Header.Get("Location"))
	}
	return flow, loc.Query()
}

func TestOIDCSignIn(t *testing.T) {
	t.Parallel()
	f := newOIDCFixture(t)
	ctx := context.Background()
	now := t0.Add(time.Minute)

	t.Run("OK", func(t *testing.T) {
		for _, id := range []oidctest.Identity{
			{Email: "olive@platform.example"},
			// The address in another case is the same user.
			{Email: "Olive@Platform.EXAMPLE"},
			// Some providers send email_verified as a string.
			{Email: "olive@platform.example", EmailVerified: "true"},
			// A user with a password may sign in through OIDC too.
			{Email: "alice@platform.example"},
		} {
			flow, q := f.authorize(t, id)
			token, p, err := f.oidc.SignIn(ctx, flow, q.Get("state"), q.Get("code"), now)
			if err != nil {
				t.Fatalf("%+v: SignIn: %v", id, err)
			}
			got, err := f.a.Authenticate(ctx, token, now)
			if err != nil {
				t.Fatalf("%+v: the session does not authenticate: %v", id, err)
			}
			if got.User.ID != p.User.ID || !strings.EqualFold(got.User.Email, id.Email) {
				t.Errorf("%+v: signed in as %s (%s)", id, got.User.ID, got.User.Email)
			}
			if p.Session.CSRF == "" || !p.Session.Expires.Equal(now.Add(access.DefaultSessionTTL).UTC().Truncate(time.Microsecond)) {
				t.Errorf("%+v: session %+v is not a full session", id, p.Session)
			}
		}
		// The authorization request asked for the e-mail address, with
		// PKCE (S256), a state and a nonce.
		q := f.idp.LastAuthorization()
		for _, k := range []string{"state", "nonce", "code_challenge"} {
			if q.Get(k) == "" {
				t.Errorf("the authorization request has no %s", k)
			}
		}
		if q.Get("code_challenge_method") != "S256" || !strings.Contains(q.Get("scope"), "email") || !strings.Contains(q.Get("scope"), "openid") {
			t.Errorf("authorization request %v: want S256 and scope openid email", q)
		}
	})

	t.Run("ErrRefused", func(t *testing.T) {
		other, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		known := "olive@platform.example"
		for _, tc := range []struct {
			name string
			id   oidctest.Identity
			// tamper changes what the callback brings to SignIn.
			tamper func(f *access.Flow, q url.Values)
			at     time.Time
		}{
			{name: "unknown address", id: oidctest.Identity{Email: "mallory@platform.example"}},
			{name: "address not verified", id: oidctest.Identity{Email: known, EmailVerified: false}},
			{name: "address not verified (string)", id: oidctest.Identity{Email: known, EmailVerified: "false"}},
			{name: "no email_verified claim", id: oidctest.Identity{Email: known, OmitEmailVerified: true}},
			{name: "no address", id: oidctest.Identity{Email: ""}},
			{name: "wrong nonce", id: oidctest.Identity{Email: known, Nonce: "another-nonce"}},
			{name: "wrong audience", id: oidctest.Identity{Email: known, Audience: "someone-else"}},
			{name: "wrong issuer", id: oidctest.Identity{Email: known, Issuer: "https://evil.example"}},
			{name: "expired token", id: oidctest.Identity{Email: known, Expiry: t0.Add(30 * time.Second)}},
			{name: "signed with another key", id: oidctest.Identity{Email: known, SignWith: other}},
			{name: "no ID token", id: oidctest.Identity{Email: known, OmitIDToken: true}},
			{name: "bad state", id: oidctest.Identity{Email: known}, tamper: func(_ *access.Flow, q url.Values) { q.Set("state", "forged") }},
			{name: "no state", id: oidctest.Identity{Email: known}, tamper: func(_ *access.Flow, q url.Values) { q.Del("state") }},
			{name: "no flow", id: oidctest.Identity{Email: known}, tamper: func(f *access.Flow, _ url.Values) { *f = access.Flow{} }},
			{name: "wrong PKCE verifier", id: oidctest.Identity{Email: known}, tamper: func(f *access.Flow, _ url.Values) {
				f.Verifier = strings.Repeat("x", 43)
			}},
			{name: "forged code", id: oidctest.Identity{Email: known}, tamper: func(_ *access.Flow, q url.Values) { q.Set("code", "forged") }},
			{name: "flow expired", id: oidctest.Identity{Email: known}, at: t0.Add(access.FlowTTL)},
		} {
			t.Run(tc.name, func(t *testing.T) {
				flow, q := f.authorize(t, tc.id)
				if tc.tamper != nil {
					tc.tamper(&flow, q)
				}
				at := now
				if !tc.at.IsZero() {
					at = tc.at
				}
				before := f.idp.Issued()
				token, p, err := f.oidc.SignIn(ctx, flow, q.Get("state"), q.Get("code"), at)
				wantErr(t, err, fault.Forbidden, access.ErrCredentials)
				var refusal *access.OIDCRefusal
				if !errors.As(err, &refusal) || refusal.Reason == "" {
					t.Errorf("error %v carries no refusal reason", err)
				}
				if token != "" || p.User.ID != "" {
					t.Errorf("a refused sign-in returned a session for %q", p.User.ID)
				}
				if msg := fault.Message(err); msg != "writ could not sign you in this way" {
					t.Errorf("message %q: every refusal must say the same", msg)
				}
				// A refusal before the exchange must not spend the code.
				if tc.name == "bad state" && f.idp.Issued() != before {
					t.Error("the code was exchanged although the state was wrong")
				}
			})
		}
	})

	t.Run("ErrCodeUsedTwice", func(t *testing.T) {
		flow, q := f.authorize(t, oidctest.Identity{Email: "olive@platform.example"})
		if _, _, err := f.oidc.SignIn(ctx, flow, q.Get("state"), q.Get("code"), now); err != nil {
			t.Fatal(err)
		}
		_, _, err := f.oidc.SignIn(ctx, flow, q.Get("state"), q.Get("code"), now)
		wantErr(t, err, fault.Forbidden, access.ErrCredentials)
	})

	if strings.Contains(f.log.String(), "@") {
		t.Errorf("the log holds an e-mail address:\n%s", f.log)
	}
}

func TestOIDCProviderDown(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.Options{})
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	o, err := access.NewOIDC(f.a, access.OIDCConfig{Issuer: down.URL, ClientID: "c", RedirectURL: testRedirect})
	if err != nil {
		t.Fatal(err)
	}
	if o.Name() != strings.TrimPrefix(down.URL, "http://") {
		t.Errorf("Name() = %q, want the issuer's host", o.Name())
	}
	if _, _, err := o.Begin(context.Background(), t0); !fault.Is(err, fault.Internal) {
		t.Errorf("Begin with the provider down: %v, want internal", err)
	}
	// A refusal is no answer to a provider that cannot be reached.
	_, _, err = o.SignIn(context.Background(), access.Flow{State: "s", Nonce: "n", Verifier: "v", Expires: t0.Add(time.Minute)}, "s", "code", t0)
	if !fault.Is(err, fault.Internal) || errors.Is(err, access.ErrCredentials) {
		t.Errorf("SignIn with the provider down: %v, want internal", err)
	}
}

func TestNewOIDCConfig(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.Options{})
	ok := access.OIDCConfig{Issuer: "https://login.example", ClientID: "writ", RedirectURL: "https://writ.example/signin/oidc/callback"}
	if _, err := access.NewOIDC(f.a, ok); err != nil {
		t.Fatalf("a good config: %v", err)
	}
	for _, tc := range []struct {
		name, field string
		change      func(c *access.OIDCConfig)
	}{
		{"plain http issuer", "issuer", func(c *access.OIDCConfig) { c.Issuer = "http://login.example" }},
		{"relative issuer", "issuer", func(c *access.OIDCConfig) { c.Issuer = "login.example" }},
		{"no client ID", "client ID", func(c *access.OIDCConfig) { c.ClientID = " " }},
		{"no redirect URL", "redirect URL", func(c *access.OIDCConfig) { c.RedirectURL = "" }},
	} {
		c := ok
		tc.change(&c)
		_, err := access.NewOIDC(f.a, c)
		var fe *fault.Error
		if !errors.As(err, &fe) || fe.Code != fault.Invalid || fe.Field != tc.field {
			t.Errorf("%s: %v, want invalid naming %q", tc.name, err, tc.field)
		}
	}
}

func TestFlowCookie(t *testing.T) {
	t.Parallel()
	f := newOIDCFixture(t)
	flow := access.Flow{State: "state", Nonce: "nonce", Verifier: "verifier", Expires: t0.Add(access.FlowTTL).UTC()}
	for _, secure := range []bool{false, true} {
		rec := httptest.NewRecorder()
		f.oidc.SetFlowCookie(rec, flow, secure)
		c := rec.Result().Cookies()[0]
		wantName := map[bool]string{false: access.FlowCookieName, true: access.SecureFlowCookieName}[secure]
		if c.Name != wantName || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != secure || c.Path != "/" || c.MaxAge != int(access.FlowTTL.Seconds()) {
			t.Errorf("flow cookie %+v: want %s, HttpOnly, SameSite=Lax, Path=/, Max-Age=%d", c, wantName, int(access.FlowTTL.Seconds()))
		}
		req := httptest.NewRequest("GET", "/signin/oidc/callback", nil)
		req.AddCookie(c)
		if got := f.oidc.FlowFromRequest(req); got != flow {
			t.Errorf("round trip: %+v, want %+v", got, flow)
		}

		// A cookie whose content was changed is no flow.
		payload, sig, _ := strings.Cut(c.Value, ".")
		for _, forged := range []string{payload + ".AAAA" + sig[4:], "e30." + sig, payload, ""} {
			req := httptest.NewRequest("GET", "/signin/oidc/callback", nil)
			req.AddCookie(&http.Cookie{Name: c.Name, Value: forged})
			if got := f.oidc.FlowFromRequest(req); got != (access.Flow{}) {
				t.Errorf("forged cookie %q gave flow %+v", forged, got)
			}
		}
	}
	// Another writ (another client secret) does not take this one's flow.
	other, err := access.NewOIDC(f.a, access.OIDCConfig{Issuer: f.idp.URL, ClientID: oidctest.ClientID, ClientSecret: "other", RedirectURL: testRedirect})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	f.oidc.SetFlowCookie(rec, flow, false)
	req := httptest.NewRequest("GET", "/", nil)
	req.AddCookie(rec.Result().Cookies()[0])
	if got := other.FlowFromRequest(req); got != (access.Flow{}) {
		t.Errorf("a flow signed with another key was taken: %+v", got)
	}
}
