package pages

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// browserSite is the pages served again, each answer's Set-Cookie headers
// kept, for a client with a cookie jar.
type browserSite struct {
	*fixture
	url string
	mu  sync.Mutex
	set []string
}

// newBrowserSite serves the fixture's pages (as configured) again,
// keeping every cookie they set.
func newBrowserSite(t *testing.T, f *fixture) *browserSite {
	t.Helper()
	b := &browserSite{fixture: f}
	h := webtest.Handler(f.pages.Routes())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		b.mu.Lock()
		b.set = append(b.set, w.Header().Values("Set-Cookie")...)
		b.mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	b.url = srv.URL
	return b
}

// signInTokenField finds the sign-in form's token.
var signInTokenField = regexp.MustCompile(`name="signin_token" value="([^"]+)"`)

// signIn opens the sign-in page with c and posts the form, and returns
// the answer to the post.
func (b *browserSite) signIn(t *testing.T, c *http.Client, email, password string) (*http.Response, string) {
	t.Helper()
	_, page := get(t, c, b.url+"/signin")
	m := signInTokenField.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no sign-in token on the sign-in page:\n%.1000s", page)
	}
	return postForm(t, c, b.url+"/signin", url.Values{"email": {email}, "password": {password}, "signin_token": {m[1]}})
}

// postForm posts a form with c.
func postForm(t *testing.T, c *http.Client, u string, form url.Values) (*http.Response, string) {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// cookieOf is the cookie a response sets under a name, or nil.
func cookieOf(resp *http.Response, name string) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

const anaPassword = "correct horse battery staple"

// addAna adds a member of the staff who signs in with a password.
func addAna(t *testing.T, f *fixture) {
	t.Helper()
	if _, err := f.Access.CreateUser(context.Background(), store.NewUser{Email: "ana@example.com", Name: "Ana", Role: store.RoleStaff, Platform: "Twitter, Inc."}, anaPassword); err != nil {
		t.Fatal(err)
	}
}

// TestCookiesOverHTTPS: when writ is reached over https, every cookie the
// pages set is Secure, named with the __Host- prefix, for Path=/ and no
// Domain (a sibling host can neither set nor shadow it); the pages read
// only the prefixed names then. Over plain http the names are plain and
// nothing is Secure, which browsers would drop.
func TestCookiesOverHTTPS(t *testing.T) {
	for _, secure := range []bool{true, false} {
		t.Run(map[bool]string{true: "HTTPS", false: "HTTP"}[secure], func(t *testing.T) {
			la, _ := time.LoadLocation("America/Los_Angeles")
			f, _ := demoFixture(t, time.Date(2022, 11, 8, 9, 0, 0, 0, la))
			f.pages.Secure = secure
			if secure {
				f.pages.PublicURL = "https://writ.example"
			}
			addAna(t, f)
			b := newBrowserSite(t, f)
			c := browserClient(t)

			resp, _ := b.signIn(t, c, "ana@example.com", anaPassword)
			if resp.StatusCode != http.StatusSeeOther {
				t.Fatalf("sign-in: %d", resp.StatusCode)
			}
			prefix := map[bool]string{true: "__Host-", false: ""}[secure]
			for _, name := range []string{"writ_session", "writ_device"} {
				if cookieOf(resp, prefix+name) == nil {
					t.Errorf("the sign-in sets no %s%s cookie", prefix, name)
				}
			}
			if resp, _ := get(t, c, b.url+"/"); resp.StatusCode != 200 {
				t.Errorf("home with the session cookie: %d", resp.StatusCode)
			}
			_, home := get(t, c, b.url+"/")
			m := csrfInput.FindStringSubmatch(home)
			if m == nil {
				t.Fatal("no CSRF token on the home page")
			}
			if resp, _ := postForm(t, c, b.url+"/signout", url.Values{access.CSRFField: {m[1]}}); resp.StatusCode != http.StatusSeeOther {
				t.Errorf("sign-out: %d", resp.StatusCode)
			}
			// The demo's way back in sets its session cookie the same way.
			_, page := get(t, c, b.url+"/signin")
			link := demoLinkRE.FindStringSubmatch(page)
			if link == nil {
				t.Fatal("the demo's sign-in page offers no link")
			}
			if resp, _ := get(t, c, b.url+strings.ReplaceAll(link[1], "&amp;", "&")); resp.StatusCode != http.StatusSeeOther || cookieOf(resp, prefix+"writ_session") == nil {
				t.Errorf("the demo's link: %d, no %swrit_session cookie", resp.StatusCode, prefix)
			}

			b.mu.Lock()
			set := append([]string(nil), b.set...)
			b.mu.Unlock()
			if len(set) < 4 {
				t.Fatalf("only %d cookies set: %q", len(set), set)
			}
			for _, h := range set {
				attrs := strings.Split(h, "; ")
				switch {
				case secure && (!strings.HasPrefix(h, "__Host-") || !contains(attrs, "Secure")):
					t.Errorf("over https, Set-Cookie %q is not a Secure __Host- cookie", h)
				case !secure && (strings.HasPrefix(h, "__Host-") || contains(attrs, "Secure")):
					t.Errorf("over plain http, Set-Cookie %q is Secure or __Host-, which browsers drop", h)
				}
				if !contains(attrs, "Path=/") || strings.Contains(h, "Domain=") || !contains(attrs, "HttpOnly") {
					t.Errorf("Set-Cookie %q: want Path=/, HttpOnly and no Domain", h)
				}
			}
		})
	}
	t.Run("OnlyThePrefixedNameOverHTTPS", func(t *testing.T) {
		f := newFixture(t, func(s *Pages) { s.Secure, s.PublicURL = true, "https://writ.example" })
		for _, tc := range []struct {
			name string
			want int
		}{
			{access.SecureCookieName, 200},
			// A plain-named cookie may come from a sibling host or plain
			// http: over https it is no session.
			{access.CookieName, 303},
		} {
			req, _ := http.NewRequest("GET", f.URL+"/", nil)
			req.AddCookie(&http.Cookie{Name: tc.name, Value: f.Tokens["staff"]})
			if resp, err := webtest.NoRedirect.Do(req); err != nil || resp.StatusCode != tc.want {
				t.Errorf("home with a %s cookie: %v %v, want %d", tc.name, resp.StatusCode, err, tc.want)
			}
		}
		// The sign-in form's token counts only under its prefixed name.
		req, _ := http.NewRequest("POST", f.URL+"/signin", strings.NewReader(url.Values{"email": {"x@example.com"}, "password": {"x"},
			"signin_token": {strings.Repeat("A", 43)}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(&http.Cookie{Name: signInCookie, Value: strings.Repeat("A", 43)})
		if resp, err := webtest.NoRedirect.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("a sign-in with a plain-named token cookie over https: %v %v, want 403", resp.StatusCode, err)
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSignInTrustedBrowser: a successful sign-in gives the browser a
// device token (HttpOnly, SameSite=Strict, for access.DeviceTTL); once
// guesses at the person's password from elsewhere have locked their
// address, that browser still signs in with the right password, while any
// other is answered 429 with Retry-After (issue 13, item 3).
func TestSignInTrustedBrowser(t *testing.T) {
	f := newFixture(t)
	addAna(t, f)
	b := newBrowserSite(t, f)
	known := browserClient(t)
	resp, _ := b.signIn(t, known, "ana@example.com", anaPassword)
	device := cookieOf(resp, "writ_device")
	if resp.StatusCode != http.StatusSeeOther || device == nil {
		t.Fatalf("sign-in: %d, device cookie %+v", resp.StatusCode, device)
	}
	if !device.HttpOnly || device.SameSite != http.SameSiteStrictMode || device.MaxAge != int(access.DeviceTTL.Seconds()) || device.Path != "/" {
		t.Errorf("device cookie %+v: want HttpOnly, SameSite=Strict, Path=/, Max-Age=%d", device, int(access.DeviceTTL.Seconds()))
	}

	guesser := browserClient(t)
	for range access.DefaultMaxFailures {
		b.signIn(t, guesser, "ana@example.com", "a wrong guess at it")
	}
	resp, body := b.signIn(t, guesser, "ana@example.com", anaPassword)
	secs, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if resp.StatusCode != http.StatusTooManyRequests || err != nil || secs < 1 || secs > int(access.DefaultFailureWindow.Seconds())+1 || !strings.Contains(body, "too many failed sign-ins") {
		t.Errorf("the guesser with the right password: %d, Retry-After %q; want 429 with the seconds to wait\n%.600s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	stranger := browserClient(t)
	if resp, _ := b.signIn(t, stranger, "ana@example.com", anaPassword); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("another browser while the address is locked: %d, want 429", resp.StatusCode)
	}
	// Her session has ended since; the browser keeps its device token.
	jar := known.Jar.(*testJar)
	for host := range jar.hosts {
		delete(jar.hosts[host], access.CookieName)
	}
	if resp, body := b.signIn(t, known, "ana@example.com", anaPassword); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("the browser Ana signed in from before: %d, want 303: the guesses locked her out\n%.600s", resp.StatusCode, body)
	}
}
