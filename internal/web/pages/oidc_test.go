package pages

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/access/oidctest"
	"github.com/writ-project/writ/internal/web/webtest"
)

// oidcFixture is the pages' fixture served again with sign-in through a test
// OpenID Connect provider, and a log to read.
type oidcFixture struct {
	*fixture
	idp *oidctest.Provider
	url string
	log *bytes.Buffer
}

// refusedMessage is what every refused sign-in through the provider says,
// and all it says.
const refusedMessage = `<p class="message" role="alert">writ could not sign you in through Test IdP. Ask writ&#39;s administrator whether your account uses this e-mail address.</p>`

func newOIDCFixture(t *testing.T) *oidcFixture {
	t.Helper()
	f := newFixture(t)
	idp := oidctest.New(t)
	idp.Now = func() time.Time { return webtest.Now }
	ts := httptest.NewUnstartedServer(nil)
	base := "http://" + ts.Listener.Addr().String()
	o, err := access.NewOIDC(f.Access, access.OIDCConfig{Issuer: idp.URL, ClientID: oidctest.ClientID,
		ClientSecret: oidctest.ClientSecret, RedirectURL: base + "/signin/oidc/callback", Name: "Test IdP"})
	if err != nil {
		t.Fatal(err)
	}
	log := &bytes.Buffer{}
	s := *f.pages
	s.OIDC, s.Log = o, slog.New(slog.NewJSONHandler(log, nil))
	ts.Config.Handler = webtest.Handler(s.Routes())
	ts.Start()
	t.Cleanup(ts.Close)
	return &oidcFixture{fixture: f, idp: idp, url: base, log: log}
}

// browserClient is a client with a cookie jar that follows no redirect,
// so that each step of the flow can be looked at.
func browserClient(*testing.T) *http.Client {
	return &http.Client{Jar: &testJar{hosts: map[string]map[string]*http.Cookie{}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// testJar keeps cookies per host like a browser, except that it reads no
// clock: the server's sessions expire by the tests' clock, which is not
// the wall clock net/http/cookiejar would judge them by. A cookie set with
// Max-Age<0 is removed.
type testJar struct {
	mu    sync.Mutex
	hosts map[string]map[string]*http.Cookie
}

func (j *testJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.hosts[u.Host] == nil {
		j.hosts[u.Host] = map[string]*http.Cookie{}
	}
	for _, c := range cookies {
		if c.MaxAge < 0 {
			delete(j.hosts[u.Host], c.Name)
			continue
		}
		j.hosts[u.Host][c.Name] = c
	}
}

func (j *testJar) Cookies(u *url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []*http.Cookie
	for _, c := range j.hosts[u.Host] {
		out = append(out, &http.Cookie{Name: c.Name, Value: c.Value})
	}
	return out
}

func get(t *testing.T, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

// signInThrough goes from writ's "Sign in with" link through the provider
// to writ's callback, letting tamper change the callback's query, and
// returns the callback's answer.
func (f *oidcFixture) signInThrough(t *testing.T, c *http.Client, id oidctest.Identity, tamper func(url.Values)) (*http.Response, string) {
	t.Helper()
	f.idp.SetNext(id)
	resp, _ := get(t, c, f.url+"/signin/oidc")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), f.idp.URL+"/authorize?") {
		t.Fatalf("GET /signin/oidc: %d to %q, want 303 to the provider", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, _ = get(t, c, resp.Header.Get("Location"))
	callback, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(callback.String(), f.url+"/signin/oidc/callback?") {
		t.Fatalf("the provider sent the browser to %q, want writ's callback", resp.Header.Get("Location"))
	}
	if tamper != nil {
		q := callback.Query()
		tamper(q)
		callback.RawQuery = q.Encode()
	}
	return get(t, c, callback.String())
}

// clearsFlow reports whether a response removes the flow cookie.
func clearsFlow(resp *http.Response) bool {
	for _, c := range resp.Cookies() {
		if c.Name == access.FlowCookieName && c.MaxAge < 0 {
			return true
		}
	}
	return false
}

// setsSession reports whether a response sets a session cookie.
func setsSession(resp *http.Response) bool {
	for _, c := range resp.Cookies() {
		if c.Name == access.CookieName && c.Value != "" {
			return true
		}
	}
	return false
}

func TestOIDCSignInPage(t *testing.T) {
	t.Parallel()
	f := newOIDCFixture(t)
	c := browserClient(t)

	t.Run("OK", func(t *testing.T) {
		_, body := get(t, c, f.url+"/signin")
		if !strings.Contains(body, `href="/signin/oidc">Sign in with Test IdP</a>`) {
			t.Errorf("the sign-in page has no link to sign in through the provider:\n%s", body)
		}
		resp, body := f.signInThrough(t, c, oidctest.Identity{Email: "counsel@example.com"}, nil)
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, `<meta http-equiv="refresh" content="0; url=/">`) || !setsSession(resp) {
			t.Fatalf("callback: %d, session cookie set: %v; want a page that goes home, with a session:\n%s", resp.StatusCode, setsSession(resp), body)
		}
		if !clearsFlow(resp) {
			t.Error("the callback left the flow cookie")
		}
		resp, body = get(t, c, f.url+"/")
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, "counsel · counsel") || !strings.Contains(body, "Sign out") {
			t.Errorf("home after sign-in: %d, want counsel signed in:\n%s", resp.StatusCode, body)
		}
		// Signed in, the link goes home rather than to the provider.
		resp, _ = get(t, c, f.url+"/signin/oidc")
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
			t.Errorf("GET /signin/oidc when signed in: %d to %q, want home", resp.StatusCode, resp.Header.Get("Location"))
		}
	})

	t.Run("ErrRefused", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			id     oidctest.Identity
			tamper func(url.Values)
		}{
			{"unknown address", oidctest.Identity{Email: "nobody@example.com"}, nil},
			{"address not verified", oidctest.Identity{Email: "staff@example.com", EmailVerified: false}, nil},
			{"wrong nonce", oidctest.Identity{Email: "staff@example.com", Nonce: "replayed"}, nil},
			{"wrong audience", oidctest.Identity{Email: "staff@example.com", Audience: "another-app"}, nil},
			{"expired token", oidctest.Identity{Email: "staff@example.com", Expiry: webtest.Now.Add(-time.Second)}, nil},
			{"bad state", oidctest.Identity{Email: "staff@example.com"}, func(q url.Values) { q.Set("state", "forged-state") }},
		} {
			t.Run(tc.name, func(t *testing.T) {
				c := browserClient(t)
				resp, body := f.signInThrough(t, c, tc.id, tc.tamper)
				if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, refusedMessage) {
					t.Errorf("callback: %d, want 401 with %q:\n%s", resp.StatusCode, refusedMessage, body)
				}
				if setsSession(resp) {
					t.Error("a refused sign-in set a session cookie")
				}
				if !clearsFlow(resp) {
					t.Error("a refused sign-in left the flow cookie")
				}
				// The page is the sign-in page, with the link to try again.
				if !strings.Contains(body, `action="/signin"`) || !strings.Contains(body, "Sign in with Test IdP") {
					t.Errorf("the refusal is not the sign-in page:\n%s", body)
				}
				if resp, _ := get(t, c, f.url+"/"); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/signin" {
					t.Errorf("home after a refusal: %d to %q, want the sign-in page", resp.StatusCode, resp.Header.Get("Location"))
				}
			})
		}
	})

	t.Run("ErrFlowUsedTwice", func(t *testing.T) {
		c := browserClient(t)
		var callback string
		resp, _ := f.signInThrough(t, c, oidctest.Identity{Email: "court@example.com"}, func(q url.Values) {
			callback = f.url + "/signin/oidc/callback?" + q.Encode()
		})
		if resp.StatusCode != http.StatusOK || !setsSession(resp) {
			t.Fatalf("first callback: %d", resp.StatusCode)
		}
		// The flow cookie is gone: the same callback again is refused.
		resp, body := get(t, c, callback)
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, refusedMessage) {
			t.Errorf("the same callback again: %d, want 401", resp.StatusCode)
		}
	})

	t.Run("ErrProvider", func(t *testing.T) {
		c := browserClient(t)
		for _, tc := range []struct{ code, want string }{
			{"access_denied", "Test IdP did not let you sign in to writ"},
			{"temporarily_unavailable", "Test IdP is unavailable just now"},
			{"weird_error", "Test IdP refused the sign-in (weird_error)."},
		} {
			resp, body := f.signInThrough(t, c, oidctest.Identity{Error: tc.code}, nil)
			if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, tc.want) {
				t.Errorf("error=%s: %d, want 401 saying %q:\n%s", tc.code, resp.StatusCode, tc.want, body)
			}
			if strings.Contains(body, "SHOULD-NOT-BE-SHOWN") {
				t.Errorf("error=%s: the page shows the provider's error_description", tc.code)
			}
		}
		resp, body := get(t, c, f.url+"/signin/oidc/callback?error=%3Cscript%3E")
		if resp.StatusCode != http.StatusUnauthorized || strings.Contains(body, "script") || !strings.Contains(body, "(malformed)") {
			t.Errorf("a malformed error code: %d:\n%s", resp.StatusCode, body)
		}
	})

	// Nothing of a person, a code or a token reaches the log.
	log := f.log.String()
	for _, secret := range []string{"@example.com", "eyJ", "code=", "forged-state"} {
		if strings.Contains(log, secret) {
			t.Errorf("the log holds %q:\n%s", secret, log)
		}
	}
	if !strings.Contains(log, `"msg":"oidc sign-in refused"`) || !strings.Contains(log, `"user_id":"u-`) {
		t.Errorf("the log does not record refusals and sign-ins by user ID:\n%s", log)
	}
}

// TestOIDCNotConfigured: without a provider there is no link, and the
// routes are not there.
func TestOIDCNotConfigured(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := browserClient(t)
	if _, body := get(t, c, f.URL+"/signin"); strings.Contains(body, "/signin/oidc") || strings.Contains(body, "Sign in with") {
		t.Errorf("the sign-in page offers OIDC without a provider:\n%s", body)
	}
	for _, path := range []string{"/signin/oidc", "/signin/oidc/callback?code=x&state=y"} {
		if resp, _ := get(t, c, f.URL+path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
}

// TestOIDCProviderDown: a provider writ cannot reach gets a page that says
// so, not a refusal.
func TestOIDCProviderDown(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	gone := httptest.NewServer(nil)
	gone.Close()
	down := httptest.NewUnstartedServer(nil)
	o, err := access.NewOIDC(f.Access, access.OIDCConfig{Issuer: gone.URL, ClientID: "c",
		RedirectURL: "http://" + down.Listener.Addr().String() + "/signin/oidc/callback", Name: "Test IdP"})
	if err != nil {
		t.Fatal(err)
	}
	s := *f.pages
	s.OIDC = o
	down.Config.Handler = webtest.Handler(s.Routes())
	down.Start()
	t.Cleanup(down.Close)
	resp, body := get(t, browserClient(t), down.URL+"/signin/oidc")
	if resp.StatusCode != http.StatusBadGateway || !strings.Contains(body, "writ cannot reach Test IdP just now") {
		t.Errorf("provider down: %d, want 502 saying so:\n%s", resp.StatusCode, body)
	}
}

// TestBrowserOIDC signs in through the provider in headless Chromium, with
// the provider on another site (localhost) than writ (127.0.0.1): the flow
// cookie must come back on the provider's redirect to the callback
// (SameSite=Lax), and the session cookie must be sent on the way home.
// Both run on the wall clock, which the browser judges cookies by.
func TestBrowserOIDC(t *testing.T) {
	f := newFixture(t)
	ctx := webtest.Browser(t)
	dir := webtest.Artefacts(t)
	idp := oidctest.New(t)
	idp.URL = strings.Replace(idp.URL, "127.0.0.1", "localhost", 1)
	ts := httptest.NewUnstartedServer(nil)
	base := "http://" + ts.Listener.Addr().String()
	o, err := access.NewOIDC(f.Access, access.OIDCConfig{Issuer: idp.URL, ClientID: oidctest.ClientID,
		ClientSecret: oidctest.ClientSecret, RedirectURL: base + "/signin/oidc/callback", Name: "Test IdP"})
	if err != nil {
		t.Fatal(err)
	}
	s := *f.pages
	s.OIDC, s.Now = o, time.Now
	ts.Config.Handler = webtest.Handler(s.Routes())
	ts.Start()
	t.Cleanup(ts.Close)

	idp.SetNext(oidctest.Identity{Email: "staff@example.com", Interactive: true})
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/signin/oidc"]`)),
	)
	if err != nil {
		t.Fatalf("the sign-in page: %v", err)
	}
	if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		_ = os.WriteFile(filepath.Join(dir, "signin-oidc.png"), shot, 0o644)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`a[href="/signin/oidc"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#continue`)),
		chromedp.Click(chromedp.CSS(`#continue`)),
	)
	if err != nil {
		t.Fatalf("go to the provider and back: %v", err)
	}
	wait, cancel := context.WithTimeout(ctx, 10*time.Second)
	err = chromedp.Do(wait, chromedp.WaitVisible(chromedp.CSS(`form[action="/signout"]`)))
	cancel()
	location, _ := chromedp.Run(ctx, chromedp.Location())
	text, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	if err != nil {
		t.Fatalf("not signed in: %v (at %s: %s)", err, location, text)
	}
	if location != base+"/" || !strings.Contains(text, "staff · staff") {
		t.Errorf("after sign-in the browser is at %s showing:\n%s", location, text)
	}
	if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		_ = os.WriteFile(filepath.Join(dir, "home-after-oidc.png"), shot, 0o644)
	}
}
